import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { enumeratePaths, resolvePath, type DecisionPath } from '../../src/lib/decision/paths';
import { validateGraph } from '../../src/lib/decision/validate';
import { pathVerdict } from '../../src/lib/decision/verdict';
import { parseReferences } from '../../src/lib/references';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const paths = enumeratePaths(graph);
const REFERENCE_IDS = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8'))).map(
	(reference) => reference.id,
);

/** Guide pages an outcome may link to: the articles that exist today. */
const GUIDE_PAGES = [
	'/guide/knowledge-or-skills/',
	'/guide/how-rag-works/',
	'/guide/how-fine-tuning-works/',
	'/guide/when-to-use-rag/',
	'/guide/when-to-fine-tune/',
	'/guide/using-both/',
	'/guide/prompt-first/',
	'/guide/decision-guide/',
	'/guide/fine-tuning-in-2026/',
	'/guide/how-to-measure/',
	'/guide/security-and-privacy/',
	'/guide/long-context-or-retrieval/',
	'/guide/training-data/',
	'/guide/structured-outputs/',
];

const FACT_ANSWERS = ['knowledge-changes', 'needs-citations', 'permissioned'];

function outcomeOf(...slugs: string[]): string | undefined {
	const path = resolvePath(graph, slugs);
	return path?.kind === 'complete' ? path.outcome.id : path?.kind;
}

const having = (slug: string) => (path: DecisionPath) => path.slugs.includes(slug);

describe('the committed graph', () => {
	it('passes every graph rule, with citations checked against content/references.yaml', () => {
		expect(validateGraph(graph, { referenceIds: REFERENCE_IDS })).toEqual([]);
	});

	it('has eight verdicts, each reached by some path', () => {
		expect(graph.outcomes.map((outcome) => outcome.id).sort()).toEqual([
			'both',
			'cheaper-calls',
			'fine-tuning',
			'long-context',
			'prompt-first',
			'rag',
			'smaller-model',
			'structured-output',
		]);
		for (const outcome of graph.outcomes)
			expect(paths.some((path) => path.outcome.id === outcome.id)).toBe(true);
	});

	describe.each(paths.map((path) => ({ permalink: path.permalink, path })))('$permalink', ({ path }) => {
		const verdict = pathVerdict(path);
		it('links only to guide pages that exist, and to at least one', () => {
			const guideLinks = verdict.nextSteps.flatMap(({ step }) => ('href' in step ? [step.href] : []));
			expect(guideLinks.length).toBeGreaterThan(0);
			for (const href of guideLinks) expect(GUIDE_PAGES).toContain(href);
		});
	});
});

describe('the seed article’s quick rules', () => {
	it.each([
		// Knowledge that changes, needs citations, or is permissioned → retrieval.
		{ answers: ['behaviour-fine', 'knowledge-changes'], expected: 'rag' },
		{ answers: ['behaviour-fine', 'needs-citations'], expected: 'rag' },
		{ answers: ['behaviour-fine', 'permissioned'], expected: 'rag' },
		// A behaviour the base model won't follow, once prompting has plateaued → fine-tuning.
		{
			answers: [
				'behaviour-gap',
				'beyond-schema',
				'prompting-plateaued',
				'enough-examples',
				'no-new-knowledge',
			],
			expected: 'fine-tuning',
		},
		// Cost at scale, once a smaller prompted model falls short, on a narrow task → fine-tuning.
		{
			answers: ['cost-at-scale', 'smaller-falls-short', 'narrow-task', 'enough-examples', 'no-new-knowledge'],
			expected: 'fine-tuning',
		},
		// Both → a fine-tuned task model plus retrieval.
		{
			answers: [
				'behaviour-gap',
				'beyond-schema',
				'prompting-plateaued',
				'enough-examples',
				'knowledge-changes',
			],
			expected: 'both',
		},
		// Not sure yet → prompt first, then measure, whatever is known about the facts.
		{ answers: ['not-sure', 'knowledge-changes'], expected: 'prompt-first' },
		{ answers: ['not-sure', 'no-new-knowledge'], expected: 'prompt-first' },
	])('$answers → $expected', ({ answers, expected }) => {
		expect(outcomeOf(...answers)).toBe(expected);
	});
});

describe('2026’s alternatives', () => {
	it.each([
		// A format a schema can describe, strict mode untried → the provider's structured-output mode.
		{ answers: ['behaviour-gap', 'schema-untried'], expected: 'structured-output' },
		// A small, stable body of facts that fits → long context with caching, not an index.
		{ answers: ['behaviour-fine', 'stable-facts', 'fits-in-prompt'], expected: 'long-context' },
		// The same facts too large for the prompt → retrieval.
		{ answers: ['behaviour-fine', 'stable-facts', 'too-large'], expected: 'rag' },
		// A small fixed set stays in a tuned model's prompt; a large one needs retrieval beside it.
		{
			answers: [
				'behaviour-gap',
				'beyond-schema',
				'prompting-plateaued',
				'distil-examples',
				'stable-facts',
				'fits-in-prompt',
			],
			expected: 'fine-tuning',
		},
		{
			answers: [
				'cost-at-scale',
				'smaller-falls-short',
				'narrow-task',
				'enough-examples',
				'stable-facts',
				'too-large',
			],
			expected: 'both',
		},
		// A smaller prompted model that passes, or has not been tried, is the cost answer.
		{ answers: ['cost-at-scale', 'smaller-passes'], expected: 'smaller-model' },
		{ answers: ['cost-at-scale', 'smaller-untested'], expected: 'smaller-model' },
		// Open-ended or without examples, cost is cut without training.
		{ answers: ['cost-at-scale', 'smaller-falls-short', 'open-ended'], expected: 'cheaper-calls' },
		{
			answers: ['cost-at-scale', 'smaller-falls-short', 'narrow-task', 'few-examples'],
			expected: 'cheaper-calls',
		},
		// Distilled examples proceed like examples you have.
		{
			answers: ['cost-at-scale', 'smaller-falls-short', 'narrow-task', 'distil-examples', 'no-new-knowledge'],
			expected: 'fine-tuning',
		},
	])('$answers → $expected', ({ answers, expected }) => {
		expect(outcomeOf(...answers)).toBe(expected);
	});
});

describe('rules that hold on every path', () => {
	it('ends every “Not sure yet” path in prompting first', () => {
		const unsure = paths.filter(having('not-sure'));
		expect(unsure).toHaveLength(5);
		for (const path of unsure) expect(path.outcome.id, path.permalink).toBe('prompt-first');
	});

	it('never sends the cost branch to retrieval or to facts in the prompt for cost reasons', () => {
		for (const path of paths.filter(having('cost-at-scale'))) {
			expect(['smaller-model', 'cheaper-calls', 'fine-tuning', 'both'], path.permalink).toContain(
				path.outcome.id,
			);
			// Retrieval appears on the cost branch only beside a tuned model, and only for facts it needs.
			if (path.outcome.id === 'both') {
				expect(
					path.slugs.some((slug) => [...FACT_ANSWERS, 'too-large'].includes(slug)),
					path.permalink,
				).toBe(true);
			}
		}
	});

	it('sends facts that change, must be cited or are permissioned to retrieval, unless the reader is not sure yet', () => {
		for (const path of paths.filter((candidate) =>
			candidate.slugs.some((slug) => FACT_ANSWERS.includes(slug)),
		)) {
			const expected = path.slugs.includes('not-sure') ? ['prompt-first'] : ['rag', 'both'];
			expect(expected, path.permalink).toContain(path.outcome.id);
		}
	});

	it('never fine-tunes without examples and a gate: prompting plateaued, or a smaller model short on a narrow task', () => {
		for (const path of paths.filter((candidate) => ['fine-tuning', 'both'].includes(candidate.outcome.id))) {
			expect(
				path.slugs.includes('enough-examples') || path.slugs.includes('distil-examples'),
				path.permalink,
			).toBe(true);
			const gated =
				path.slugs.includes('prompting-plateaued') ||
				['cost-at-scale', 'smaller-falls-short', 'narrow-task'].every((slug) => path.slugs.includes(slug));
			expect(gated, path.permalink).toBe(true);
		}
	});

	it('never sends a behaviour gap to training before asking about a schema-constrained output mode', () => {
		for (const path of paths.filter(having('behaviour-gap'))) {
			expect(path.steps[1]?.question.id, path.permalink).toBe('format');
		}
	});
});
