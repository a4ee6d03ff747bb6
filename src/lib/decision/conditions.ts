import type { DecisionStep } from './paths';
import type { Condition } from './schema';

/** An answer named in a condition, split into its optional question id and its slug. */
export interface AnswerRef {
	/** The question it must be given at, or null for any question. */
	questionId: string | null;
	slug: string;
}

/** Split `question-id:slug` or `slug` into its parts. */
export function parseAnswerRef(ref: string): AnswerRef {
	const colon = ref.indexOf(':');
	return colon === -1
		? { questionId: null, slug: ref }
		: { questionId: ref.slice(0, colon), slug: ref.slice(colon + 1) };
}

/** Whether a path's steps include the answer a reference names. */
export function answerGiven(ref: string, steps: readonly DecisionStep[]): boolean {
	const { questionId, slug } = parseAnswerRef(ref);
	return steps.some(
		(step) => step.answer.slug === slug && (questionId === null || step.question.id === questionId),
	);
}

/** Whether a condition holds on a path; no condition always holds. */
export function conditionHolds(condition: Condition | undefined, steps: readonly DecisionStep[]): boolean {
	if (!condition) return true;
	const { all = [], any, none = [] } = condition;
	return (
		all.every((ref) => answerGiven(ref, steps)) &&
		(any === undefined || any.some((ref) => answerGiven(ref, steps))) &&
		!none.some((ref) => answerGiven(ref, steps))
	);
}

/** Every answer reference a condition names, in the order written. */
export function conditionRefs(condition: Condition | undefined): string[] {
	if (!condition) return [];
	return [...(condition.all ?? []), ...(condition.any ?? []), ...(condition.none ?? [])];
}

/** A condition as words, for error messages: `all of [a], any of [b], none of [c]`. */
export function describeCondition(condition: Condition | undefined): string {
	if (!condition) return 'always';
	const parts: string[] = [];
	if (condition.all) parts.push(`all of [${condition.all.join(', ')}]`);
	if (condition.any) parts.push(`any of [${condition.any.join(', ')}]`);
	if (condition.none) parts.push(`none of [${condition.none.join(', ')}]`);
	return parts.length === 0 ? 'always' : parts.join(', ');
}
