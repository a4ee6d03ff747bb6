import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { enumeratePaths, pathPrefixes, resolvePath } from '../../src/lib/decision/paths';
import { markdownPermalinkFor, permalinkFor, slugsFromPermalink } from '../../src/lib/decision/slugs';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));

describe('resolvePath', () => {
	describe.each([
		// No answers yet: waiting at the first question.
		{ slugs: [], kind: 'partial', at: 'behaviour', permalink: '/decide/' },
		// One answer in: the format question comes before any training gate.
		{ slugs: ['behaviour-gap'], kind: 'partial', at: 'format', permalink: '/decide/behaviour-gap/' },
		// The cost branch asks about a smaller prompted model first.
		{ slugs: ['cost-at-scale'], kind: 'partial', at: 'try-smaller', permalink: '/decide/cost-at-scale/' },
		// Two answers in, on another branch.
		{
			slugs: ['cost-at-scale', 'smaller-falls-short', 'narrow-task'],
			kind: 'partial',
			at: 'cost-examples',
			permalink: '/decide/cost-at-scale/smaller-falls-short/narrow-task/',
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
		// A retired sequence: the format question now sits between these two answers.
		{ slugs: ['behaviour-gap', 'prompting-plateaued'] },
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
			fc.property(fc.array(fc.oneof(fc.constantFrom(...slugs), fc.string()), { maxLength: 8 }), (input) => {
				const path = resolvePath(graph, input);
				if (path) expect(path.permalink).toBe(permalinkFor(input));
			}),
		);
	});
});

describe('pathPrefixes', () => {
	const prefixes = pathPrefixes(graph);
	const keys = prefixes.map((path) => path.slugs.join('/'));

	it('holds every complete path once, in enumeration order', () => {
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
		{ prefix: 'cost-at-scale/smaller-falls-short/narrow-task/enough-examples' },
	])('includes the unfinished path "$prefix"', ({ prefix }) => {
		expect(prefixes.find((path) => path.slugs.join('/') === prefix)?.kind).toBe('partial');
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

	it.each([
		// A path page's copy sits beside it, as articles' copies do.
		{ slugs: ['behaviour-fine', 'permissioned'], expected: '/decide/behaviour-fine/permissioned.md' },
		// The start page's copy.
		{ slugs: [], expected: '/decide.md' },
	])('puts the Markdown copy of /$slugs at $expected', ({ slugs, expected }) => {
		expect(markdownPermalinkFor(slugs)).toBe(expected);
	});

	it('round-trips every published path: permalink → slugs → the same path', () => {
		for (const path of enumeratePaths(graph)) {
			const slugs = slugsFromPermalink(path.permalink);
			expect(slugs).toEqual(path.slugs);
			expect(resolvePath(graph, slugs ?? [])).toEqual(path);
		}
	});
});
