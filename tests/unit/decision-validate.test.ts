import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import type { DecisionGraph, Outcome, Question } from '../../src/lib/decision/schema';
import { validateGraph } from '../../src/lib/decision/validate';

function outcome(id: string): Outcome {
	return {
		id,
		title: `Title of ${id}`,
		verdict: 'A verdict.',
		reasons: [{ text: 'A reason.', cites: ['lewis-2020'] }],
		caveats: [{ text: 'A caveat.' }],
		nextSteps: [{ label: 'Read on', href: '/guide/decision-guide/' }],
	};
}

/** A small valid graph: start → (rag | gate → (fine-tuning | prompt-first)). */
function fixture(): DecisionGraph {
	return {
		title: 'Fixture',
		version: '2026-11-28',
		changes: [
			{ version: '2026-11-28', summary: 'Second.' },
			{ version: '2026-11-27', summary: 'First.' },
		],
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
					{ slug: 'wait', label: 'Wait', reason: 'Wait.', next: 'prompt-first' },
				],
			},
		],
		outcomes: [outcome('rag'), outcome('fine-tuning'), outcome('prompt-first')],
	};
}

function questionOf(graph: DecisionGraph, id: string): Question {
	const question = graph.questions.find((candidate) => candidate.id === id);
	if (!question) throw new Error(`fixture has no question "${id}"`);
	return question;
}

function outcomeOf(graph: DecisionGraph, id: string): Outcome {
	const found = graph.outcomes.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`fixture has no outcome "${id}"`);
	return found;
}

it('accepts the fixture', () => {
	expect(validateGraph(fixture())).toEqual([]);
});

describe.each([
	{
		// Ids become URL segments and anchors.
		rule: 'ids are URL slugs',
		node: 'Gate',
		message: /question "Gate": id is not a lowercase URL slug/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').id = 'Gate';
			questionOf(graph, 'start').answers[1]!.next = 'Gate';
		},
	},
	{
		// One id per node across both kinds, or `next` would be ambiguous.
		rule: 'ids are unique across questions and outcomes',
		node: 'rag',
		message: /outcome "rag": id is already used by a question/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').id = 'rag';
		},
	},
	{
		// Two answers with one slug would share a permalink.
		rule: 'answer slugs are unique within their question',
		node: 'gate',
		message: /question "gate": answer slug "tune" is used twice/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').answers[1]!.slug = 'tune';
		},
	},
	{
		// A slug is one answer wherever it is asked, so its URL segment means one thing.
		rule: 'one slug keeps one label',
		node: 'gate',
		message: /question "gate": answer "facts" is labelled "Facts, again" but "Facts" at question "start"/,
		breakGraph: (graph: DecisionGraph) => {
			Object.assign(questionOf(graph, 'gate').answers[1]!, { slug: 'facts', label: 'Facts, again' });
		},
	},
	{
		// A typo in `next` would strand the reader.
		rule: "every answer's target exists",
		node: 'gate',
		message: /question "gate": answer "wait" leads to "promt-first", which is not a question or outcome/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').answers[1]!.next = 'promt-first';
		},
	},
	{
		// A node nobody can reach is dead content.
		rule: 'every node is reachable from the start',
		node: 'prompt-first',
		message: /outcome "prompt-first": cannot be reached from the start question "start"/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').answers[1]!.next = 'fine-tuning';
		},
	},
	{
		// A loop would make path enumeration and the permalink list infinite.
		rule: 'no cycle',
		node: 'start',
		message: /question "start": is part of a cycle \(start → gate → start\)/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').answers[0]!.next = 'start';
		},
	},
	{
		// A question without answers is a dead end.
		rule: 'every path ends in an outcome',
		node: 'gate',
		message: /question "gate": has no answers/,
		breakGraph: (graph: DecisionGraph) => {
			questionOf(graph, 'gate').answers = [];
		},
	},
	{
		// The reader has to start somewhere.
		rule: 'the start is a question',
		node: 'rag',
		message: /outcome "rag": is the start, but the start must be a question/,
		breakGraph: (graph: DecisionGraph) => {
			graph.start = 'rag';
		},
	},
	{
		// Pages and proposals cite the version, so it must be the newest one listed.
		rule: 'the version is the newest change',
		node: 'start',
		message: /version 2026-11-29 must be the newest entry of "changes" \(2026-11-28\)/,
		breakGraph: (graph: DecisionGraph) => {
			graph.version = '2026-11-29';
		},
	},
	{
		// The history reads newest first.
		rule: 'changes are newest first',
		node: 'start',
		message: /"changes" must be newest first with one entry per version \(2026-11-27\)/,
		breakGraph: (graph: DecisionGraph) => {
			graph.changes.reverse();
			graph.version = '2026-11-27';
		},
	},
	{
		// The rule: a condition naming an answer that does not exist fails, naming the node and sentence.
		rule: 'conditions name real answers',
		node: 'fine-tuning',
		message:
			/outcome "fine-tuning": reasons\[1\] \("Only when tuned\."\) names "tnue", which is not an answer of any question/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'fine-tuning').reasons.push({ text: 'Only when tuned.', when: { all: ['tnue'] } });
		},
	},
	{
		// A question-qualified answer must exist at that question.
		rule: 'qualified answers exist at their question',
		node: 'rag',
		message:
			/outcome "rag": caveats\[1\] \("Facts at the gate\."\) names "gate:facts", but question "gate" has no answer "facts"/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'rag').caveats.push({ text: 'Facts at the gate.', when: { any: ['gate:facts'] } });
		},
	},
	{
		// Asserted answers are checked the same way.
		rule: 'asserted answers are real answers',
		node: 'rag',
		message:
			/outcome "rag": reasons\[1\] \("Says so\."\) names "fact", which is not an answer of any question/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'rag').reasons.push({ text: 'Says so.', asserts: ['fact'] });
		},
	},
	{
		// A sentence no path can show is dead text, usually a condition pointing at the wrong branch.
		rule: 'every condition can be true on some path to its outcome',
		node: 'rag',
		message:
			/outcome "rag": reasons\[1\] \("Never\."\) is shown on no path that reaches it \(when: all of \[tune\]\)/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'rag').reasons.push({ text: 'Never.', when: { all: ['tune'] } });
		},
	},
	{
		// The heart of issue 10: no sentence may state an answer the path did not give.
		rule: 'no sentence asserts an answer its path did not give',
		node: 'fine-tuning',
		message:
			/outcome "fine-tuning": reasons\[1\] \("You chose to wait\."\) asserts wait but is shown on \/decide\/behaviour\/tune\/, which did not give it/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'fine-tuning').reasons.push({ text: 'You chose to wait.', asserts: ['wait'] });
		},
	},
	{
		// Every path needs at least one reason, so conditions must not leave a verdict unexplained.
		rule: 'every path shows a reason',
		node: 'rag',
		message: /outcome "rag": shows no reasons on \/decide\/facts\//,
		breakGraph: (graph: DecisionGraph) => {
			const rag = outcomeOf(graph, 'rag');
			rag.reasons = [{ text: 'Only on the other branch.', when: { none: ['facts'] } }];
		},
	},
	{
		// Money talk on a path owes that path a calculator link.
		rule: 'a path that mentions cost shows a calculator step',
		node: 'fine-tuning',
		message:
			/outcome "fine-tuning": talks about cost or latency on \/decide\/behaviour\/tune\/ but shows no next step/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'fine-tuning').caveats.push({ text: 'Training costs money.' });
		},
	},
	{
		// A repeated citation would be numbered twice.
		rule: 'a sentence cites a source once',
		node: 'rag',
		message: /outcome "rag": reasons\[0\] \("A reason\."\) cites "lewis-2020" twice/,
		breakGraph: (graph: DecisionGraph) => {
			outcomeOf(graph, 'rag').reasons[0]!.cites = ['lewis-2020', 'lewis-2020'];
		},
	},
])('$rule', ({ breakGraph, node, message }) => {
	it('reports a problem naming the node', () => {
		const broken = fixture();
		breakGraph(broken);
		const problems = validateGraph(broken);
		expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(message));
		expect(problems.find((problem) => message.test(problem.message))?.node).toBe(node);
	});
});

it('accepts a condition that holds on one of several paths, and an assertion its condition guarantees', () => {
	const graph = fixture();
	graph.questions[0]!.answers[0]!.next = 'gate';
	outcomeOf(graph, 'fine-tuning').reasons.push({
		text: 'You came for the facts.',
		when: { all: ['facts'] },
		asserts: ['start:facts'],
	});
	graph.outcomes = graph.outcomes.filter((candidate) => candidate.id !== 'rag');
	expect(validateGraph(graph)).toEqual([]);
});

it('checks citations against the reference list only when it is given', () => {
	const graph = fixture();
	outcomeOf(graph, 'rag').reasons[0]!.cites = ['nobody-2099'];
	expect(validateGraph(graph)).toEqual([]);
	expect(validateGraph(graph, { referenceIds: ['lewis-2020'] }).map((problem) => problem.message)).toEqual([
		'outcome "rag": reasons[0] ("A reason.") cites "nobody-2099", which is not in content/references.yaml',
	]);
});

describe('loadDecisionGraph', () => {
	it('fails the build with one error naming the node and the bad slug of a condition', () => {
		const graph = fixture();
		outcomeOf(graph, 'prompt-first').caveats.push({ text: 'When tuned.', when: { none: ['tuned'] } });
		expect(() => loadDecisionGraph(graph)).toThrow(
			[
				'content/decision-graph.yaml is invalid:',
				'  - outcome "prompt-first": caveats[1] ("When tuned.") names "tuned", which is not an answer of any question',
			].join('\n'),
		);
	});

	it('lists every broken rule at once', () => {
		const graph = fixture();
		questionOf(graph, 'gate').answers[1]!.next = 'nowhere';
		questionOf(graph, 'gate').answers[0]!.slug = 'wait';
		expect(() => loadDecisionGraph(graph)).toThrow(
			[
				'content/decision-graph.yaml is invalid:',
				'  - question "gate": answer slug "wait" is used twice',
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
			// More than five answers will not fit the drawing.
			problem: 'six answers',
			breakGraph: (raw: DecisionGraph) => {
				const answers = questionOf(raw, 'gate').answers;
				for (const slug of ['a', 'b', 'c', 'd']) answers.push({ ...answers[0]!, slug });
			},
			expected: 'question "gate", answers: a question has at most 5 answers',
		},
		{
			// Conditions name answers as slug or question:slug.
			problem: 'a malformed answer name in a condition',
			breakGraph: (raw: DecisionGraph) => {
				outcomeOf(raw, 'rag').reasons[0]!.when = { all: ['Start: facts'] };
			},
			expected:
				'outcome "rag", reasons.0.when.all.0: answers are named "answer-slug" or "question-id:answer-slug"',
		},
		{
			// Next steps point at guide pages, root-relative with a trailing slash.
			problem: 'an external next-step link',
			breakGraph: (raw: DecisionGraph) => {
				outcomeOf(raw, 'rag').nextSteps = [{ label: 'Elsewhere', href: 'https://example.com/' }];
			},
			expected: 'outcome "rag", nextSteps.0',
		},
		{
			// The version is a real date.
			problem: 'a version that is not a date',
			breakGraph: (raw: DecisionGraph) => {
				raw.version = '2026-13-01';
			},
			expected: 'version: that date does not exist',
		},
	])('rejects $problem', ({ breakGraph, expected }) => {
		it('with a message naming the node and field', () => {
			const raw = fixture();
			breakGraph(raw);
			expect(() => loadDecisionGraph(raw)).toThrow(expected);
		});
	});
});
