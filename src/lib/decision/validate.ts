import { answerGiven, conditionHolds, conditionRefs, describeCondition, parseAnswerRef } from './conditions';
import { enumeratePaths, indexNodes, type DecisionPath, type GraphNode } from './paths';
import type { Condition, DecisionGraph, Outcome, Statement } from './schema';
import { SLUG_PATTERN } from './slugs';
import { pathVerdict } from './verdict';

/** A graph rule that is broken, naming the node where it happens. */
export interface GraphProblem {
	/** Id of the node the problem is on, or the start id for graph-wide problems. */
	node: string;
	/** Readable description that starts with the node's kind and id. */
	message: string;
}

/** Options for {@link validateGraph}. */
export interface ValidateOptions {
	/** Ids of `content/references.yaml`; when given, every citation must be one of them. */
	referenceIds?: Iterable<string>;
}

type Report = (kind: GraphNode['kind'] | 'graph', id: string, message: string) => void;

// Words that make a verdict's prose about money or speed, so the path owes the reader a calculator step.
const COST_WORDS =
	/\b(cost|costs|costly|cheap|cheaper|cheapest|expensive|price|prices|pricing|spend|latency)\b/i;

function findCycles(graph: DecisionGraph, nodes: Map<string, GraphNode>): string[][] {
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (id: string) => {
		state.set(id, 'visiting');
		stack.push(id);
		const entry = nodes.get(id);
		if (entry?.kind === 'question') {
			for (const answer of entry.node.answers) {
				const seen = state.get(answer.next);
				if (seen === 'visiting') cycles.push([...stack.slice(stack.indexOf(answer.next)), answer.next]);
				else if (seen === undefined && nodes.has(answer.next)) visit(answer.next);
			}
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const question of graph.questions) {
		if (!state.has(question.id)) visit(question.id);
	}
	return cycles;
}

function checkIds(graph: DecisionGraph, report: Report): void {
	const kinds = new Map<string, GraphNode['kind']>();
	const all = [
		...graph.questions.map((question) => ({ kind: 'question' as const, id: question.id })),
		...graph.outcomes.map((outcome) => ({ kind: 'outcome' as const, id: outcome.id })),
	];
	for (const { kind, id } of all) {
		if (!SLUG_PATTERN.test(id))
			report(kind, id, 'id is not a lowercase URL slug such as "knowledge-changes"');
		const earlier = kinds.get(id);
		if (earlier) {
			report(
				kind,
				id,
				`id is already used by a ${earlier}; ids must be unique across questions and outcomes`,
			);
		} else {
			kinds.set(id, kind);
		}
	}
}

function checkAnswers(graph: DecisionGraph, nodes: Map<string, GraphNode>, report: Report): void {
	// One slug is one answer wherever it is asked, so a permalink segment means the same thing on every branch.
	const labels = new Map<string, { label: string; question: string }>();
	for (const question of graph.questions) {
		const slugs = new Set<string>();
		for (const answer of question.answers) {
			if (!SLUG_PATTERN.test(answer.slug)) {
				report('question', question.id, `answer slug "${answer.slug}" is not a lowercase URL slug`);
			}
			if (slugs.has(answer.slug))
				report('question', question.id, `answer slug "${answer.slug}" is used twice`);
			slugs.add(answer.slug);
			if (!nodes.has(answer.next)) {
				report(
					'question',
					question.id,
					`answer "${answer.slug}" leads to "${answer.next}", which is not a question or outcome`,
				);
			}
			const earlier = labels.get(answer.slug);
			if (earlier && earlier.question !== question.id && earlier.label !== answer.label) {
				report(
					'question',
					question.id,
					`answer "${answer.slug}" is labelled "${answer.label}" but "${earlier.label}" at question "${earlier.question}"; one slug must mean one answer`,
				);
			} else if (!earlier) {
				labels.set(answer.slug, { label: answer.label, question: question.id });
			}
		}
	}
}

function checkReachable(graph: DecisionGraph, nodes: Map<string, GraphNode>, report: Report): void {
	const start = nodes.get(graph.start);
	if (!start) {
		report('graph', graph.start, `start "${graph.start}" is not a question in the graph`);
		return;
	}
	if (start.kind !== 'question') {
		report('outcome', graph.start, 'is the start, but the start must be a question');
		return;
	}
	const reached = new Set<string>([graph.start]);
	const queue = [graph.start];
	for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
		const entry = nodes.get(id);
		if (entry?.kind !== 'question') continue;
		for (const answer of entry.node.answers) {
			if (nodes.has(answer.next) && !reached.has(answer.next)) {
				reached.add(answer.next);
				queue.push(answer.next);
			}
		}
	}
	for (const [id, entry] of nodes) {
		if (!reached.has(id))
			report(entry.kind, id, `cannot be reached from the start question "${graph.start}"`);
	}
}

function checkVersions(graph: DecisionGraph, report: Report): void {
	const [newest] = graph.changes;
	if (newest && newest.version !== graph.version) {
		report(
			'graph',
			graph.start,
			`version ${graph.version} must be the newest entry of "changes" (${newest.version})`,
		);
	}
	graph.changes.forEach((change, index) => {
		const older = graph.changes[index + 1];
		if (older && older.version >= change.version) {
			report(
				'graph',
				graph.start,
				`"changes" must be newest first with one entry per version (${change.version})`,
			);
		}
	});
}

/** Every answer slug with the questions that offer it, for checking references to answers. */
function answerIndex(graph: DecisionGraph): Map<string, Set<string>> {
	const index = new Map<string, Set<string>>();
	for (const question of graph.questions) {
		for (const answer of question.answers) {
			index.set(answer.slug, (index.get(answer.slug) ?? new Set()).add(question.id));
		}
	}
	return index;
}

function unknownRef(ref: string, answers: Map<string, Set<string>>): string | null {
	const { questionId, slug } = parseAnswerRef(ref);
	const askedAt = answers.get(slug);
	if (!askedAt) return `"${ref}", which is not an answer of any question`;
	if (questionId !== null && !askedAt.has(questionId)) {
		return `"${ref}", but question "${questionId}" has no answer "${slug}"`;
	}
	return null;
}

function label(list: 'reasons' | 'caveats' | 'nextSteps', index: number, text: string): string {
	const start = text.length > 40 ? `${text.slice(0, 40)}…` : text;
	return `${list}[${index}] ("${start}")`;
}

interface Conditional {
	where: string;
	when: Condition | undefined;
	statement?: Statement;
}

function conditionalsOf(outcome: Outcome): Conditional[] {
	const statements = (list: 'reasons' | 'caveats') =>
		outcome[list].map((statement, index) => ({
			where: label(list, index, statement.text),
			when: statement.when,
			statement,
		}));
	return [
		...statements('reasons'),
		...statements('caveats'),
		...outcome.nextSteps.map((step, index) => ({
			where: label('nextSteps', index, step.label),
			when: step.when,
		})),
	];
}

function checkConditionals(
	outcome: Outcome,
	paths: readonly DecisionPath[],
	answers: Map<string, Set<string>>,
	known: Set<string> | undefined,
	report: Report,
): void {
	for (const { where, when, statement } of conditionalsOf(outcome)) {
		const refs = [...conditionRefs(when), ...(statement?.asserts ?? [])];
		const unknown = refs.map((ref) => unknownRef(ref, answers)).filter((text) => text !== null);
		for (const problem of unknown) report('outcome', outcome.id, `${where} names ${problem}`);
		if (unknown.length > 0) continue;
		const shownOn = paths.filter((path) => conditionHolds(when, path.steps));
		if (paths.length > 0 && shownOn.length === 0) {
			report(
				'outcome',
				outcome.id,
				`${where} is shown on no path that reaches it (when: ${describeCondition(when)})`,
			);
		}
		for (const path of shownOn) {
			const missing = (statement?.asserts ?? []).filter((ref) => !answerGiven(ref, path.steps));
			if (missing.length > 0) {
				report(
					'outcome',
					outcome.id,
					`${where} asserts ${missing.join(', ')} but is shown on ${path.permalink}, which did not give it`,
				);
			}
		}
		const cites = statement?.cites ?? [];
		cites.forEach((id, index) => {
			if (cites.indexOf(id) !== index) report('outcome', outcome.id, `${where} cites "${id}" twice`);
			if (known && !known.has(id)) {
				report('outcome', outcome.id, `${where} cites "${id}", which is not in content/references.yaml`);
			}
		});
	}
}

function checkEveryPath(outcome: Outcome, paths: readonly DecisionPath[], report: Report): void {
	for (const path of paths) {
		const verdict = pathVerdict(path);
		const empty = (
			[
				['reasons', verdict.reasons.length],
				['caveats', verdict.caveats.length],
				['next steps', verdict.nextSteps.length],
				['sources', verdict.sources.length],
			] as const
		).filter(([, count]) => count === 0);
		for (const [what] of empty) report('outcome', outcome.id, `shows no ${what} on ${path.permalink}`);
		const prose = [outcome.verdict, ...verdict.reasons, ...verdict.caveats]
			.map((item) => (typeof item === 'string' ? item : item.text))
			.join(' ');
		if (COST_WORDS.test(prose) && !verdict.nextSteps.some(({ step }) => 'calculator' in step)) {
			report(
				'outcome',
				outcome.id,
				`talks about cost or latency on ${path.permalink} but shows no next step with \`calculator: true\` there`,
			);
		}
	}
}

/**
 * Check the graph rules the schema cannot see, returning one problem per broken rule: node ids, answer targets,
 * reachability, cycles, versions, and for every verdict sentence that its condition names real answers, can be
 * true on some path to it, and never asserts an answer a path showing it did not give.
 */
export function validateGraph(graph: DecisionGraph, options: ValidateOptions = {}): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const report: Report = (kind, id, message) =>
		problems.push({ node: id, message: kind === 'graph' ? message : `${kind} "${id}": ${message}` });
	const nodes = indexNodes(graph);
	checkIds(graph, report);
	checkVersions(graph, report);
	for (const question of graph.questions) {
		if (question.answers.length === 0) {
			report('question', question.id, 'has no answers, so paths through it never reach an outcome');
		}
	}
	checkAnswers(graph, nodes, report);
	checkReachable(graph, nodes, report);
	for (const cycle of findCycles(graph, nodes)) {
		report(
			'question',
			cycle[0] ?? '',
			`is part of a cycle (${cycle.join(' → ')}), so a path could go on forever`,
		);
	}
	// Path-level checks need a sound graph: a cycle or a dangling target would make their messages misleading.
	if (problems.length > 0) return problems;

	const answers = answerIndex(graph);
	const known = options.referenceIds ? new Set(options.referenceIds) : undefined;
	const paths = enumeratePaths(graph);
	for (const outcome of graph.outcomes) {
		const reaching = paths.filter((path) => path.outcome.id === outcome.id);
		checkConditionals(outcome, reaching, answers, known, report);
		checkEveryPath(outcome, reaching, report);
	}
	return problems;
}
