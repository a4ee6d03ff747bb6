import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, loadDecisionGraph, resolvePath } from '../../src/lib/decision-graph';
import {
	answerKey,
	currentNodeId,
	jumpTarget,
	pathDescription,
	pathHighlight,
	pathPrefixes,
	pathTitle,
	type ReachedPath,
} from '../../src/lib/decision-navigation';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));

function reach(...slugs: string[]): ReachedPath {
	const path = resolvePath(graph, slugs);
	if (!path) throw new Error(`no path ${slugs.join('/')}`);
	return path;
}

const FINE_TUNING = ['behaviour-gap', 'prompting-plateaued', 'enough-examples', 'no-new-knowledge'];

describe('pathPrefixes', () => {
	const prefixes = pathPrefixes(graph);
	const keys = prefixes.map((path) => path.slugs.join('/'));

	it('holds every complete path once', () => {
		const complete = prefixes.filter((path) => path.kind === 'complete').map((path) => path.permalink);
		expect(complete).toEqual(enumeratePaths(graph).map((path) => path.permalink));
	});

	it('holds each prefix once, starting with the start page', () => {
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys[0]).toBe('');
	});

	it.each([
		// The start, a first answer, and a gate deep in the fine-tuning branch all get pages.
		{ prefix: '' },
		{ prefix: 'not-sure' },
		{ prefix: 'cost-at-scale/narrow-task/enough-examples' },
	])('includes the partial path "$prefix"', ({ prefix }) => {
		expect(prefixes.find((path) => path.slugs.join('/') === prefix)?.kind).toBe('partial');
	});
});

describe('jumpTarget', () => {
	describe.each([
		{
			// A question on the path goes back to where it was asked.
			node: 'plateau',
			from: FINE_TUNING,
			expected: ['behaviour-gap'],
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
			expected: ['cost-at-scale'],
		},
		{
			// A verdict off the path opens the first complete path that ends there.
			node: 'rag',
			from: [],
			expected: ['behaviour-gap', 'prompting-plateaued', 'few-examples', 'knowledge-changes'],
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
		expect([...highlight.nodes]).toEqual(['behaviour', 'knowledge', 'rag']);
		expect([...highlight.answers]).toEqual([
			answerKey('behaviour', 'not-sure'),
			answerKey('knowledge', 'needs-citations'),
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
		id: 'plateau',
		title: 'Question 2: Has careful prompting stopped improving it?',
		description: /^1 answer given; next: Has careful prompting/,
	},
	// A complete path names the verdict.
	{
		slugs: FINE_TUNING,
		id: 'fine-tuning',
		title: 'Verdict: Fine-tuning',
		description: /^Fine-tune a model on your examples.* Reached in 4 answers/,
	},
])('a path of $slugs.length answers', ({ slugs, id, title, description }) => {
	const path = reach(...slugs);
	it('stands at its current node', () => expect(currentNodeId(path)).toBe(id));
	it('has its title', () => expect(pathTitle(path)).toBe(title));
	it('has its description', () => expect(pathDescription(graph, path)).toMatch(description));
});
