import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresForLink } from '../../src/components/calculator-data';

/** The calculator links in the long-context article, in the order the page gives them. */
const links = [
	...readFileSync('content/docs/guide/long-context-or-retrieval.mdx', 'utf8').matchAll(
		/\]\((\/guide\/cost-calculator\/\?[^)]+)\)/g,
	),
].map((match) => match[1] ?? '');

describe('the long-context article: its calculator links show the figures worked by hand on the page', () => {
	it('links the three states it discusses', () => {
		expect(links).toHaveLength(3);
	});

	// Each case: the hand-worked cost per call and per month stated on the page, at 20,000 calls a month.
	it.each([
		// No caching: 150,000 input × $2 + 250 output × $10 = $0.30 + $0.0025 = $0.3025; × 20,000 = $6,050.
		['long context, no caching', 0, 0.3025, 6050],
		// Prefix read from the cache on 95% of calls, written again at $2.50 on the other 5%:
		// 0.95 × 148,500 × $0.20 + 0.05 × 148,500 × $2.50 = $0.0467775; + 1,500 × $2 = $0.003; + $0.0025
		// = $0.0522775; × 20,000 = $1,045.55.
		['long context, prefix cached on 95% of calls', 1, 0.0522775, 1045.55],
		// Retrieval: (800 + 1,500 + 5 × 300) = 3,800 × $2 = $0.0076; + $0.0025 + 50 × $0.02 / 1M = $0.010101; × 20,000 = $202.02.
		['retrieval', 2, 0.010101, 202.02],
	])('%s', (_name, index, perCall, monthly) => {
		const { calculation } = figuresForLink(links[index] ?? '');
		expect(calculation.a.costPerCall).toBeCloseTo(perCall, 9);
		expect(calculation.a.monthlyCost).toBeCloseTo(monthly, 6);
	});
});
