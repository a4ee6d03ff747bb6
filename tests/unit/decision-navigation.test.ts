import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import {
	answerKey,
	currentNodeId,
	jumpTarget,
	pathDescription,
	pathHighlight,
	pathTitle,
} from '../../src/lib/decision/navigation';
import { resolvePath, type ReachedPath } from '../../src/lib/decision/paths';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));

function reach(...slugs: string[]): ReachedPath {
	const path = resolvePath(graph, slugs);
	if (!path) throw new Error(`no path ${slugs.join('/')}`);
	return path;
}

const FINE_TUNING = [
	'behaviour-gap',
	'beyond-schema',
	'prompting-plateaued',
	'enough-examples',
	'no-new-knowledge',
];

describe('jumpTarget', () => {
	describe.each([
		{
			// A question on the path goes back to where it was asked.
			node: 'plateau',
			from: FINE_TUNING,
			expected: ['behaviour-gap', 'beyond-schema'],
		},
		{
			// The start question goes back to the beginning.
			node: 'behaviour',
			from: FINE_TUNING,
			expected: [],
		},
		{
			// The node the reader stands on stays put.
			node: 'fine-tuning',
			from: FINE_TUNING,
			expected: FINE_TUNING,
		},
		{
			// A question off the path is reached by the first path through it, in answer order.
			node: 'narrow-task',
			from: ['behaviour-fine'],
			expected: ['cost-at-scale', 'smaller-falls-short'],
		},
		{
			// A verdict off the path opens the first complete path that ends there.
			node: 'rag',
			from: [],
			expected: [
				'behaviour-gap',
				'beyond-schema',
				'prompting-plateaued',
				'few-examples',
				'knowledge-changes',
			],
		},
		{
			// Unknown ids have nowhere to go.
			node: 'nowhere',
			from: [],
			expected: null,
		},
	])('$node from /$from', ({ node, from, expected }) => {
		it(`leads to ${JSON.stringify(expected)}`, () => {
			expect(jumpTarget(graph, reach(...from), node)).toEqual(expected);
		});
	});
});

describe('pathHighlight', () => {
	it('marks the questions asked, the node reached and the answers taken', () => {
		const highlight = pathHighlight(reach('not-sure', 'needs-citations'));
		expect([...highlight.nodes]).toEqual(['behaviour', 'unsure-knowledge', 'prompt-first']);
		expect([...highlight.answers]).toEqual([
			answerKey('behaviour', 'not-sure'),
			answerKey('unsure-knowledge', 'needs-citations'),
		]);
	});

	it('marks only the start question before any answer', () => {
		expect([...pathHighlight(reach()).nodes]).toEqual(['behaviour']);
	});
});

describe.each([
	// The start page.
	{ slugs: [], id: 'behaviour', title: 'Decision flowchart', description: /^Answer a few questions/ },
	// A partial path names the question waiting and counts the answers so far.
	{
		slugs: ['behaviour-gap'],
		id: 'format',
		title:
			'Question 2: Is the gap an output format a schema can describe, such as JSON fields or fixed labels?',
		description: /^1 answer given; next: Is the gap an output format/,
	},
	// A complete path names the verdict.
	{
		slugs: FINE_TUNING,
		id: 'fine-tuning',
		title: 'Verdict: Fine-tuning',
		description: /^Fine-tune a model on your examples.* Reached in 5 answers/,
	},
])('a path of $slugs.length answers', ({ slugs, id, title, description }) => {
	const path = reach(...slugs);
	it('stands at its current node', () => expect(currentNodeId(path)).toBe(id));
	it('has its title', () => expect(pathTitle(path)).toBe(title));
	it('has its description', () => expect(pathDescription(graph, path)).toMatch(description));
});
