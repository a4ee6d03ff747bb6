import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	enumeratePaths,
	loadDecisionGraph,
	permalinkFor,
	resolvePath,
	slugsFromPermalink,
	validateGraph,
	type DecisionGraph,
	type Outcome,
} from '../../src/lib/decision-graph';
import { parseReferences } from '../../src/lib/references';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));

/** Ids of the calculator's presets, which calculator steps may start from. */
const PRESET_IDS: unknown[] = (
	parseYaml(readFileSync('content/prices/presets.yaml', 'utf8')) as { id: unknown }[]
).map((preset) => preset.id);

/** Ids of the site's single reference list; outcomes may cite only these. */
const REFERENCE_IDS = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8'))).map(
	(reference) => reference.id,
);

/** Guide pages an outcome may link to. */
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
];

function outcome(id: Outcome['id']): Outcome {
	return {
		id,
		title: `Title of ${id}`,
		verdict: 'A verdict.',
		reasons: ['A reason.'],
		caveats: ['A caveat.'],
		nextSteps: [{ label: 'Read on', href: '/guide/decision-guide/' }],
		sources: ['lewis-2020'],
	};
}

/** A small valid graph: start → (rag | gate → (fine-tuning | both | prompt-first)). */
function fixture(): DecisionGraph {
	return {
		title: 'Fixture',
		start: 'start',
		questions: [
			{
				id: 'start',
				question: 'First?',
				why: 'Because.',
				answers: [
					{ slug: 'facts', label: 'Facts', reason: 'Facts.', next: 'rag' },
					{ slug: 'behaviour', label: 'Behaviour', reason: 'Behaviour.', next: 'gate' },
				],
			},
			{
				id: 'gate',
				question: 'Second?',
				why: 'Because.',
				answers: [
					{ slug: 'tune', label: 'Tune', reason: 'Tune.', next: 'fine-tuning' },
					{ slug: 'combine', label: 'Combine', reason: 'Combine.', next: 'both' },
					{ slug: 'wait', label: 'Wait', reason: 'Wait.', next: 'prompt-first' },
				],
			},
		],
		outcomes: [outcome('rag'), outcome('fine-tuning'), outcome('both'), outcome('prompt-first')],
	};
}

function questionOf(broken: DecisionGraph, id: string) {
	const question = broken.questions.find((candidate) => candidate.id === id);
	if (!question) throw new Error(`fixture has no question "${id}"`);
	return question;
}

describe('the committed graph', () => {
	it('passes every graph rule, with sources checked against content/references.yaml', () => {
		expect(validateGraph(graph, { referenceIds: REFERENCE_IDS })).toEqual([]);
	});

	it('has a drawable number of questions and exactly the four verdicts', () => {
		expect(graph.questions.length).toBeGreaterThanOrEqual(5);
		expect(graph.questions.length).toBeLessThanOrEqual(8);
		expect(graph.outcomes.map((node) => node.id).sort()).toEqual([
			'both',
			'fine-tuning',
			'prompt-first',
			'rag',
		]);
	});

	describe.each(graph.outcomes.map((node) => ({ id: node.id, node })))('outcome $id', ({ node }) => {
		it('links only to guide pages that exist', () => {
			for (const step of node.nextSteps) {
				if ('href' in step) expect(GUIDE_PAGES).toContain(step.href);
			}
		});

		it('starts the calculator only from presets it has', () => {
			for (const step of node.nextSteps) {
				if ('calculator' in step && step.preset !== undefined) expect(PRESET_IDS).toContain(step.preset);
			}
		});

		it('links to the guide at least once', () => {
			expect(node.nextSteps.some((step) => 'href' in step)).toBe(true);
		});
	});
});

describe('validateGraph', () => {
	it('accepts the fixture', () => {
		expect(validateGraph(fixture())).toEqual([]);
	});

	describe.each([
		{
			// Ids become URL segments and anchors.
			rule: 'ids are URL slugs',
			node: 'Gate',
			message: /question "Gate": id is not a lowercase URL slug/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'gate').id = 'Gate';
				questionOf(broken, 'start').answers[1]!.next = 'Gate';
			},
		},
		{
			// One id per node across both kinds, or `next` would be ambiguous.
			rule: 'ids are unique across questions and outcomes',
			node: 'rag',
			message:
				/question "rag": id is already used by a question|outcome "rag": id is already used by a question/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'gate').id = 'rag';
			},
		},
		{
			// Two answers with one slug would share a permalink.
			rule: 'answer slugs are unique within their question',
			node: 'gate',
			message: /question "gate": answer slug "tune" is used twice/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'gate').answers[1]!.slug = 'tune';
			},
		},
		{
			// Answer slugs are URL segments too.
			rule: 'answer slugs are URL slugs',
			node: 'start',
			message: /question "start": answer slug "Facts!" is not a lowercase URL slug/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'start').answers[0]!.slug = 'Facts!';
			},
		},
		{
			// A typo in `next` would strand the reader.
			rule: "every answer's target exists",
			node: 'gate',
			message: /question "gate": answer "wait" leads to "promt-first", which is not a question or outcome/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'gate').answers[2]!.next = 'promt-first';
			},
		},
		{
			// A node nobody can reach is dead content.
			rule: 'every node is reachable from the start',
			node: 'prompt-first',
			message: /outcome "prompt-first": cannot be reached from the start question "start"/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'gate').answers.pop();
			},
		},
		{
			// A loop would make path enumeration and the permalink list infinite.
			rule: 'no cycle',
			node: 'start',
			message: /question "start": is part of a cycle \(start → gate → start\)/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'start').answers[0]!.next = 'gate';
				questionOf(broken, 'gate').answers[0]!.next = 'start';
			},
		},
		{
			// A question without answers is a dead end, so its paths never reach a verdict.
			rule: 'every path ends in an outcome',
			node: 'gate',
			message: /question "gate": has no answers, so paths through it never reach an outcome/,
			breakGraph: (broken: DecisionGraph) => {
				questionOf(broken, 'gate').answers = [];
			},
		},
		{
			// The flowchart promises four verdicts; the calculator and the island key off them.
			rule: 'all four outcomes exist',
			node: 'both',
			message: /outcome "both": is missing/,
			breakGraph: (broken: DecisionGraph) => {
				broken.outcomes = broken.outcomes.filter((node) => node.id !== 'both');
				questionOf(broken, 'gate').answers.splice(1, 1);
			},
		},
		{
			// The reader has to start somewhere.
			rule: 'the start is a question',
			node: 'rag',
			message: /outcome "rag": is the start, but the start must be a question/,
			breakGraph: (broken: DecisionGraph) => {
				broken.start = 'rag';
			},
		},
		{
			// A misspelt start would leave the page blank.
			rule: 'the start exists',
			node: 'begin',
			message: /start "begin" is not a question in the graph/,
			breakGraph: (broken: DecisionGraph) => {
				broken.start = 'begin';
			},
		},
		{
			// Talking money without the calculator leaves the reader guessing.
			rule: 'an outcome that mentions cost links the calculator',
			node: 'fine-tuning',
			message:
				/outcome "fine-tuning": talks about cost or latency but has no next step with `calculator: true`/,
			breakGraph: (broken: DecisionGraph) => {
				broken.outcomes[1]!.caveats.push('Training costs money.');
			},
		},
		{
			// A repeated source would be numbered twice in the copied Markdown.
			rule: 'sources are listed once',
			node: 'rag',
			message: /outcome "rag": lists source "lewis-2020" twice/,
			breakGraph: (broken: DecisionGraph) => {
				broken.outcomes[0]!.sources.push('lewis-2020');
			},
		},
	])('$rule', ({ breakGraph, node, message }) => {
		it('reports one problem naming the node', () => {
			const broken = fixture();
			breakGraph(broken);
			const problems = validateGraph(broken);
			expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
			expect(problems.find((problem) => message.test(problem.message))?.node).toBe(node);
		});
	});

	it('reports a source missing from the reference list only when reference ids are given', () => {
		const broken = fixture();
		broken.outcomes[2]!.sources = ['nobody-2099'];
		expect(validateGraph(broken)).toEqual([]);
		expect(validateGraph(broken, { referenceIds: REFERENCE_IDS })).toEqual([
			{
				node: 'both',
				message: 'outcome "both": cites "nobody-2099", which is not in content/references.yaml',
			},
		]);
	});
});

describe('loadDecisionGraph', () => {
	it('throws one error listing every broken rule by node', () => {
		const broken = fixture();
		questionOf(broken, 'gate').answers[2]!.next = 'nowhere';
		questionOf(broken, 'gate').answers[1]!.slug = 'tune';
		expect(() => loadDecisionGraph(broken)).toThrow(
			[
				'content/decision-graph.yaml is invalid:',
				'  - question "gate": answer slug "tune" is used twice',
				'  - question "gate": answer "wait" leads to "nowhere", which is not a question or outcome',
				'  - outcome "prompt-first": cannot be reached from the start question "start"',
			].join('\n'),
		);
	});

	describe.each([
		{
			// Shape errors name the question by id, then the field.
			problem: 'an answer slug with capitals',
			breakGraph: (raw: DecisionGraph) => {
				questionOf(raw, 'start').answers[0]!.slug = 'Facts';
			},
			expected: 'question "start", answers.0.slug: an answer slug must be a lowercase URL slug',
		},
		{
			// More than four answers will not fit the drawing.
			problem: 'five answers',
			breakGraph: (raw: DecisionGraph) => {
				const answers = questionOf(raw, 'gate').answers;
				answers.push({ ...answers[0]!, slug: 'a' }, { ...answers[0]!, slug: 'b' });
			},
			expected: 'question "gate", answers: a question has at most 4 answers',
		},
		{
			// Only the four verdicts exist.
			problem: 'an unknown outcome id',
			breakGraph: (raw: DecisionGraph) => {
				Object.assign(raw.outcomes[3]!, { id: 'distillation' });
			},
			expected: 'outcome "distillation", id: outcome ids are "rag", "fine-tuning", "both", "prompt-first"',
		},
		{
			// Next steps point at guide pages, root-relative with a trailing slash.
			problem: 'an external next-step link',
			breakGraph: (raw: DecisionGraph) => {
				raw.outcomes[0]!.nextSteps = [{ label: 'Elsewhere', href: 'https://example.com/' }];
			},
			expected: 'outcome "rag", nextSteps.0',
		},
	])('rejects $problem', ({ breakGraph, expected }) => {
		it('with a message naming the node and field', () => {
			const raw = fixture();
			breakGraph(raw);
			expect(() => loadDecisionGraph(raw)).toThrow(expected);
		});
	});

	it('checks sources against reference ids when given', () => {
		expect(() => loadDecisionGraph(fixture(), { referenceIds: ['ovadia-2023'] })).toThrow(
			'outcome "rag": cites "lewis-2020", which is not in content/references.yaml',
		);
	});
});

describe('enumeratePaths', () => {
	it('lists every path of the fixture in answer order', () => {
		expect(enumeratePaths(fixture()).map((path) => [path.permalink, path.outcome.id])).toEqual([
			['/decide/facts/', 'rag'],
			['/decide/behaviour/tune/', 'fine-tuning'],
			['/decide/behaviour/combine/', 'both'],
			['/decide/behaviour/wait/', 'prompt-first'],
		]);
	});

	it('records the question and answer of every step', () => {
		const [, tune] = enumeratePaths(fixture());
		expect(tune?.steps.map((step) => [step.question.id, step.answer.slug])).toEqual([
			['start', 'behaviour'],
			['gate', 'tune'],
		]);
		expect(tune?.slugs).toEqual(['behaviour', 'tune']);
	});

	it('stops instead of looping on a graph with a cycle', () => {
		const broken = fixture();
		questionOf(broken, 'gate').answers[0]!.next = 'start';
		expect(enumeratePaths(broken).map((path) => path.permalink)).toEqual([
			'/decide/facts/',
			'/decide/behaviour/combine/',
			'/decide/behaviour/wait/',
		]);
	});

	it('gives every path of the committed graph its own permalink', () => {
		const permalinks = enumeratePaths(graph).map((path) => path.permalink);
		expect(new Set(permalinks).size).toBe(permalinks.length);
	});
});

// Published URLs are pasted into design documents: renaming a slug or moving a verdict must fail here first.
// To change the graph on purpose, update this list and add redirects in content/decision-permalinks.json.
const PUBLISHED_PATHS: [permalink: string, outcome: Outcome['id']][] = [
	['/decide/behaviour-gap/prompting-plateaued/enough-examples/knowledge-changes/', 'both'],
	['/decide/behaviour-gap/prompting-plateaued/enough-examples/needs-citations/', 'both'],
	['/decide/behaviour-gap/prompting-plateaued/enough-examples/permissioned/', 'both'],
	['/decide/behaviour-gap/prompting-plateaued/enough-examples/no-new-knowledge/', 'fine-tuning'],
	['/decide/behaviour-gap/prompting-plateaued/few-examples/knowledge-changes/', 'rag'],
	['/decide/behaviour-gap/prompting-plateaued/few-examples/needs-citations/', 'rag'],
	['/decide/behaviour-gap/prompting-plateaued/few-examples/permissioned/', 'rag'],
	['/decide/behaviour-gap/prompting-plateaued/few-examples/no-new-knowledge/', 'prompt-first'],
	['/decide/behaviour-gap/still-improving/knowledge-changes/', 'rag'],
	['/decide/behaviour-gap/still-improving/needs-citations/', 'rag'],
	['/decide/behaviour-gap/still-improving/permissioned/', 'rag'],
	['/decide/behaviour-gap/still-improving/no-new-knowledge/', 'prompt-first'],
	['/decide/cost-at-scale/narrow-task/enough-examples/knowledge-changes/', 'both'],
	['/decide/cost-at-scale/narrow-task/enough-examples/needs-citations/', 'both'],
	['/decide/cost-at-scale/narrow-task/enough-examples/permissioned/', 'both'],
	['/decide/cost-at-scale/narrow-task/enough-examples/no-new-knowledge/', 'fine-tuning'],
	['/decide/cost-at-scale/narrow-task/few-examples/knowledge-changes/', 'rag'],
	['/decide/cost-at-scale/narrow-task/few-examples/needs-citations/', 'rag'],
	['/decide/cost-at-scale/narrow-task/few-examples/permissioned/', 'rag'],
	['/decide/cost-at-scale/narrow-task/few-examples/no-new-knowledge/', 'prompt-first'],
	['/decide/cost-at-scale/open-ended/knowledge-changes/', 'rag'],
	['/decide/cost-at-scale/open-ended/needs-citations/', 'rag'],
	['/decide/cost-at-scale/open-ended/permissioned/', 'rag'],
	['/decide/cost-at-scale/open-ended/no-new-knowledge/', 'prompt-first'],
	['/decide/behaviour-fine/knowledge-changes/', 'rag'],
	['/decide/behaviour-fine/needs-citations/', 'rag'],
	['/decide/behaviour-fine/permissioned/', 'rag'],
	['/decide/behaviour-fine/no-new-knowledge/', 'prompt-first'],
	['/decide/not-sure/knowledge-changes/', 'rag'],
	['/decide/not-sure/needs-citations/', 'rag'],
	['/decide/not-sure/permissioned/', 'rag'],
	['/decide/not-sure/no-new-knowledge/', 'prompt-first'],
];

describe('slug stability', () => {
	it('publishes exactly the known paths, each with its verdict', () => {
		expect(enumeratePaths(graph).map((path) => [path.permalink, path.outcome.id])).toEqual(PUBLISHED_PATHS);
	});
});

describe('seed rules', () => {
	describe.each([
		// Knowledge that changes goes to retrieval.
		{ answers: ['behaviour-fine', 'knowledge-changes'], expected: 'rag' },
		// Answers that must cite sources go to retrieval.
		{ answers: ['behaviour-fine', 'needs-citations'], expected: 'rag' },
		// Permissioned knowledge goes to retrieval.
		{ answers: ['behaviour-fine', 'permissioned'], expected: 'rag' },
		// Knowing the facts change is enough, even when the rest is unclear.
		{ answers: ['not-sure', 'knowledge-changes'], expected: 'rag' },
		// A behaviour the base model won't keep, once prompting has plateaued, goes to fine-tuning.
		{
			answers: ['behaviour-gap', 'prompting-plateaued', 'enough-examples', 'no-new-knowledge'],
			expected: 'fine-tuning',
		},
		// Cost or latency at scale on a narrow task goes to fine-tuning.
		{
			answers: ['cost-at-scale', 'narrow-task', 'enough-examples', 'no-new-knowledge'],
			expected: 'fine-tuning',
		},
		// Both needs: a tuned task model plus retrieval for the facts.
		{
			answers: ['behaviour-gap', 'prompting-plateaued', 'enough-examples', 'knowledge-changes'],
			expected: 'both',
		},
		// Cost at scale with permissioned facts also needs both.
		{ answers: ['cost-at-scale', 'narrow-task', 'enough-examples', 'permissioned'], expected: 'both' },
		// Not sure yet: prompt first, then measure.
		{ answers: ['not-sure', 'no-new-knowledge'], expected: 'prompt-first' },
		// The plateau gate: no fine-tuning while prompting still improves.
		{ answers: ['behaviour-gap', 'still-improving', 'no-new-knowledge'], expected: 'prompt-first' },
		// The plateau gate still lets retrieval through for facts.
		{ answers: ['behaviour-gap', 'still-improving', 'needs-citations'], expected: 'rag' },
		// Too few examples: keep prompting and collect them.
		{
			answers: ['behaviour-gap', 'prompting-plateaued', 'few-examples', 'no-new-knowledge'],
			expected: 'prompt-first',
		},
		// Open-ended work does not suit a small tuned model, whatever the volume.
		{ answers: ['cost-at-scale', 'open-ended', 'no-new-knowledge'], expected: 'prompt-first' },
	])('$answers', ({ answers, expected }) => {
		it(`leads to ${expected}`, () => {
			const path = resolvePath(graph, answers);
			expect(path?.kind === 'complete' ? path.outcome.id : path?.kind).toBe(expected);
		});
	});

	const paths = enumeratePaths(graph);
	const factAnswers = ['knowledge-changes', 'needs-citations', 'permissioned'];

	it('sends every path that needs facts to retrieval, alone or with a tuned model', () => {
		for (const path of paths.filter((candidate) =>
			candidate.slugs.some((slug) => factAnswers.includes(slug)),
		)) {
			expect(['rag', 'both'], path.permalink).toContain(path.outcome.id);
		}
	});

	it('never fine-tunes without enough examples and either a plateau or cost at scale on a narrow task', () => {
		for (const path of paths.filter((candidate) => ['fine-tuning', 'both'].includes(candidate.outcome.id))) {
			expect(path.slugs, path.permalink).toContain('enough-examples');
			const gated =
				path.slugs.includes('prompting-plateaued') ||
				(path.slugs.includes('cost-at-scale') && path.slugs.includes('narrow-task'));
			expect(gated, path.permalink).toBe(true);
		}
	});
});

describe('resolvePath', () => {
	describe.each([
		// No answers yet: waiting at the first question.
		{ slugs: [], kind: 'partial', at: 'behaviour', permalink: '/decide/' },
		// One answer in: waiting at the plateau gate.
		{ slugs: ['behaviour-gap'], kind: 'partial', at: 'plateau', permalink: '/decide/behaviour-gap/' },
		// Two answers in, on another branch.
		{
			slugs: ['cost-at-scale', 'narrow-task'],
			kind: 'partial',
			at: 'examples',
			permalink: '/decide/cost-at-scale/narrow-task/',
		},
		// A full path reaches its verdict.
		{
			slugs: ['behaviour-fine', 'permissioned'],
			kind: 'complete',
			at: 'rag',
			permalink: '/decide/behaviour-fine/permissioned/',
		},
	])('$slugs', ({ slugs, kind, at, permalink }) => {
		it(`is ${kind} at ${at}`, () => {
			const path = resolvePath(graph, slugs);
			expect(path?.kind).toBe(kind);
			expect(path?.kind === 'complete' ? path.outcome.id : path?.question.id).toBe(at);
			expect(path?.permalink).toBe(permalink);
			expect(path?.steps.map((step) => step.answer.slug)).toEqual(slugs);
		});
	});

	describe.each([
		// An answer the first question does not have.
		{ slugs: ['knowledge-changes'] },
		// A misspelt answer mid-path.
		{ slugs: ['behaviour-gap', 'prompting-plateau'] },
		// Answers past the verdict.
		{ slugs: ['behaviour-fine', 'permissioned', 'extra'] },
		// An empty segment.
		{ slugs: [''] },
	])('$slugs', ({ slugs }) => {
		it('is null', () => {
			expect(resolvePath(graph, slugs)).toBeNull();
		});
	});

	it('resolves every prefix of every path to the question asked next', () => {
		for (const path of enumeratePaths(graph)) {
			path.steps.forEach((step, index) => {
				const prefix = resolvePath(graph, path.slugs.slice(0, index));
				expect(prefix?.kind === 'partial' ? prefix.question.id : prefix?.kind).toBe(step.question.id);
			});
		}
	});

	it('never throws, and any path it returns matches the slugs it was given', () => {
		const slugs = [
			...new Set(graph.questions.flatMap((question) => question.answers.map((answer) => answer.slug))),
		];
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(...slugs), fc.string()), { maxLength: 6 }), (input) => {
				const path = resolvePath(graph, input);
				if (path) expect(path.permalink).toBe(permalinkFor(input));
			}),
		);
	});
});

describe('permalinks', () => {
	describe.each([
		// The flowchart's own page.
		{ pathname: '/decide/', slugs: [] },
		// Without the trailing slash, as typed by hand.
		{ pathname: '/decide', slugs: [] },
		{ pathname: '/decide/behaviour-fine/permissioned/', slugs: ['behaviour-fine', 'permissioned'] },
		{ pathname: '/decide/behaviour-fine/permissioned', slugs: ['behaviour-fine', 'permissioned'] },
		// Outside the flowchart.
		{ pathname: '/guide/using-both/', slugs: null },
		// A look-alike prefix.
		{ pathname: '/decider/x/', slugs: null },
		// Not a slug.
		{ pathname: '/decide/Behaviour/', slugs: null },
	])('$pathname', ({ pathname, slugs }) => {
		it('parses to its answer slugs', () => {
			expect(slugsFromPermalink(pathname)).toEqual(slugs);
		});
	});

	it('round-trips every published path: permalink → slugs → the same path', () => {
		for (const path of enumeratePaths(graph)) {
			const slugs = slugsFromPermalink(path.permalink);
			expect(slugs).toEqual(path.slugs);
			expect(resolvePath(graph, slugs ?? [])).toEqual(path);
		}
	});
});
