import { describe, expect, it } from 'vitest';
import {
	budgetProblems,
	classifyResource,
	isSearchAsset,
	summariseWeights,
	weigh,
	type ResourceWeight,
} from '../../src/lib/page-weight';

describe('classifyResource', () => {
	it.each([
		// The browser's own resource type wins.
		['https://x.test/guide/a/', 'document', 'html'],
		['https://x.test/_astro/a.css', 'stylesheet', 'css'],
		['https://x.test/_astro/a.js', 'script', 'js'],
		['https://x.test/og.png', 'image', 'image'],
		['https://x.test/f.woff2', 'font', 'font'],
		// Dynamic imports and fetches fall back to the extension.
		['https://x.test/_astro/chart.js', 'fetch', 'js'],
		['https://x.test/favicon.svg', 'other', 'image'],
		['https://x.test/data.json', 'fetch', 'other'],
	])('%s (%s) is %s', (url, type, kind) => {
		expect(classifyResource(url, type)).toBe(kind);
	});
});

describe('isSearchAsset', () => {
	it.each([
		['https://x.test/pagefind/pagefind.js', true],
		['https://x.test/pagefind/index/en_1.pf_index', true],
		// Pagefind's UI bundle, preloaded by Starlight at idle.
		['https://x.test/_astro/ui-core.DdZDRPcq.js', true],
		['https://x.test/_astro/page.cNngjUgL.js', false],
		['https://x.test/guide/ui-core/', false],
	])('%s → %s', (url, expected) => {
		expect(isSearchAsset(url)).toBe(expected);
	});
});

describe('weigh and summariseWeights', () => {
	it('compresses repetitive text and adds up per kind and in total', () => {
		const body = new TextEncoder().encode('a'.repeat(10_000));
		const js = weigh('https://x.test/a.js', 'js', body);
		expect(js.raw).toBe(10_000);
		expect(js.gzip).toBeLessThan(100);
		expect(js.brotli).toBeLessThan(100);
		const html: ResourceWeight = { url: 'https://x.test/', kind: 'html', raw: 5, gzip: 3, brotli: 2 };
		const summary = summariseWeights([js, html]);
		expect(summary.js.raw).toBe(10_000);
		expect(summary.total.raw).toBe(10_005);
		expect(summary.total.gzip).toBe(js.gzip + 3);
		expect(summary.css.raw).toBe(0);
	});
});

describe('budgetProblems', () => {
	const summary = summariseWeights([
		{ url: 'https://x.test/', kind: 'html', raw: 30_000, gzip: 10_000, brotli: 9_000 },
		{ url: 'https://x.test/a.js', kind: 'js', raw: 90_000, gzip: 30_000, brotli: 27_000 },
	]);

	it.each([
		// Within both budgets.
		[{ totalGzip: 40_000, jsGzip: 30_000 }, []],
		// Over the total budget: the message names the page, the figure and the budget.
		[{ totalGzip: 39_000 }, ['/calc/: first load is 40.0 KB gzip, over its budget of 39.0 KB']],
		[{ jsGzip: 25_000 }, ['/calc/: JavaScript is 30.0 KB gzip, over its budget of 25.0 KB']],
	])('checks %j', (budget, expected) => {
		expect(budgetProblems('/calc/', summary, budget)).toEqual(expected);
	});
});
