import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { enumeratePaths, resolvePath, type DecisionPath } from '../../src/lib/decision/paths';
import type { Statement } from '../../src/lib/decision/schema';
import { pathVerdict } from '../../src/lib/decision/verdict';

// Issue 10, item 1: every sentence on a path page follows from the answers on that path. Tested two ways on
// every path: each shown sentence's declared assertions were answered, and no shown text uses a phrase that
// states an answer (the table below) unless the path gave that answer.

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const paths = enumeratePaths(graph);

/** Whether the path gave an answer named `slug` or `question:slug`; written here apart from the library's own. */
function gave(path: DecisionPath, ref: string): boolean {
	const [question, slug] = ref.includes(':') ? ref.split(':') : [undefined, ref];
	return path.steps.some(
		(step) => step.answer.slug === slug && (question === undefined || step.question.id === question),
	);
}

/** Phrases that state an answer about the reader's system, and the answers that make each one true. */
const TELLTALES: { phrase: RegExp; answers: string[] }[] = [
	// “when/whether …” introduce a condition rather than state a fact, so they are not telltales.
	{
		phrase: /(?<!when |whether )prompting has (stopped improving|plateaued)/i,
		answers: ['prompting-plateaued'],
	},
	{ phrase: /prompting is still improving|keep improving the prompt/i, answers: ['still-improving'] },
	{ phrase: /your facts change/i, answers: ['knowledge-changes'] },
	{ phrase: /answers must cite/i, answers: ['needs-citations'] },
	{ phrase: /access varies by user/i, answers: ['permissioned'] },
	{ phrase: /your facts rarely change|your fixed facts/i, answers: ['stable-facts'] },
	{ phrase: /room to spare|fit in the tuned model's prompt/i, answers: ['fits-in-prompt'] },
	{ phrase: /too large for the/i, answers: ['too-large'] },
	{ phrase: /already passes/i, answers: ['smaller-passes'] },
	{ phrase: /nobody has scored/i, answers: ['smaller-untested'] },
	{ phrase: /(?<!if it )falls short|fell short/i, answers: ['smaller-falls-short'] },
	{ phrase: /(?<!when |whether )the task is narrow/i, answers: ['narrow-task'] },
	{ phrase: /requests vary/i, answers: ['open-ended'] },
	{ phrase: /no examples|without examples/i, answers: ['few-examples'] },
	{ phrase: /distil/i, answers: ['distil-examples'] },
	{ phrase: /no behaviour gap|behaves as needed/i, answers: ['behaviour-fine', 'cost-at-scale'] },
	{ phrase: /the behaviour gap/i, answers: ['behaviour-gap'] },
	{ phrase: /not been tried yet/i, answers: ['schema-untried'] },
	{ phrase: /not sure yet where/i, answers: ['not-sure'] },
	{ phrase: /no facts are missing/i, answers: ['no-new-knowledge'] },
];

/** Every piece of text a path's page shows, named by where it comes from. */
function textsOf(path: DecisionPath): { where: string; text: string }[] {
	const verdict = pathVerdict(path);
	return [
		...path.steps.flatMap((step) => [
			{ where: `why of ${step.question.id}`, text: step.question.why },
			{ where: `reason of ${step.question.id}:${step.answer.slug}`, text: step.answer.reason },
		]),
		{ where: 'verdict', text: path.outcome.verdict },
		...verdict.reasons.map((item) => ({ where: `reasons[${item.index}]`, text: item.text })),
		...verdict.caveats.map((item) => ({ where: `caveats[${item.index}]`, text: item.text })),
		...verdict.nextSteps.map(({ index, step }) => ({ where: `nextSteps[${index}]`, text: step.label })),
	];
}

function shownStatements(path: DecisionPath): Statement[] {
	const verdict = pathVerdict(path);
	return [
		...verdict.reasons.map((item) => path.outcome.reasons[item.index]),
		...verdict.caveats.map((item) => path.outcome.caveats[item.index]),
	].filter((statement): statement is Statement => statement !== undefined);
}

describe.each(paths.map((path) => ({ permalink: path.permalink, path })))('$permalink', ({ path }) => {
	it('shows at least one reason, one caveat and one source', () => {
		const verdict = pathVerdict(path);
		expect(verdict.reasons.length).toBeGreaterThan(0);
		expect(verdict.caveats.length).toBeGreaterThan(0);
		expect(verdict.sources.length).toBeGreaterThan(0);
	});

	it('shows a sentence only when its condition holds, and only with the answers it asserts', () => {
		for (const statement of shownStatements(path)) {
			const { all = [], any, none = [] } = statement.when ?? {};
			expect(
				all.every((ref) => gave(path, ref)),
				statement.text,
			).toBe(true);
			expect(any === undefined || any.some((ref) => gave(path, ref)), statement.text).toBe(true);
			expect(
				none.some((ref) => gave(path, ref)),
				statement.text,
			).toBe(false);
			for (const ref of statement.asserts ?? [])
				expect(gave(path, ref), `${statement.text} asserts ${ref}`).toBe(true);
		}
	});

	it('hides every sentence whose condition fails', () => {
		const shown = new Set(shownStatements(path));
		for (const statement of [...path.outcome.reasons, ...path.outcome.caveats]) {
			if (shown.has(statement)) continue;
			const { all = [], any, none = [] } = statement.when ?? {};
			const holds =
				all.every((ref) => gave(path, ref)) &&
				(any === undefined || any.some((ref) => gave(path, ref))) &&
				!none.some((ref) => gave(path, ref));
			expect(holds, statement.text).toBe(false);
		}
	});

	it('states no answer the path did not give', () => {
		for (const { where, text } of textsOf(path)) {
			for (const { phrase, answers } of TELLTALES) {
				if (phrase.test(text)) {
					expect(
						answers.some((slug) => gave(path, slug)),
						`${where}: “${text}” matches ${phrase}`,
					).toBe(true);
				}
			}
		}
	});
});

describe('the sentences the issue found wrong', () => {
	it('no longer tells a reader whose model behaves that prompting has stopped improving a behaviour', () => {
		const path = resolvePath(graph, [
			'cost-at-scale',
			'smaller-falls-short',
			'narrow-task',
			'enough-examples',
			'no-new-knowledge',
		]);
		if (path?.kind !== 'complete') throw new Error('expected a verdict');
		const texts = textsOf(path).map(({ text }) => text);
		expect(texts.join(' ')).not.toMatch(/prompting has stopped improving|behaviour rather than a fact/i);
		expect(texts).toContain(
			'A smaller prompted model falls short and the task is narrow, the case where a small tuned model can match a large one for far less per call.',
		);
	});

	it.each(['knowledge-changes', 'needs-citations', 'permissioned'])(
		'names retrieval as the likely next step of “Not sure yet” with %s, and what to measure',
		(slug) => {
			const path = resolvePath(graph, ['not-sure', slug]);
			if (path?.kind !== 'complete') throw new Error('expected a verdict');
			expect(path.outcome.id).toBe('prompt-first');
			const reasons = pathVerdict(path).reasons.map((item) => item.text);
			const nextStep = reasons.find((text) => /likely next step/.test(text));
			expect(nextStep).toMatch(/retrieval/);
			expect(nextStep).toMatch(/To confirm it, (measure|tag|paste)/);
		},
	);
});
