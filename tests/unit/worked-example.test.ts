import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresForLink } from '../../src/components/calculator-data';
import {
	calculatorFigures,
	figuresMarkdown,
	figuresRows,
	figuresSummary,
} from '../../src/lib/calculator/worked-example';
import { DEDICATED_PRESET, PER_TOKEN_PRESET, PRICES, lookupBase } from './fixtures/calculator';

const presets = [PER_TOKEN_PRESET, DEDICATED_PRESET];
const figures = (link: string) => calculatorFigures(link, presets, PRICES, lookupBase);

describe('calculatorFigures', () => {
	it('applies the link to its preset and evaluates the cost model', () => {
		const result = figures('/guide/cost-calculator/?p=per-token&v=5M&ra=1');
		expect(result.preset.id).toBe('per-token');
		expect(result.inputs.volume).toBe(5_000_000);
		expect(result.inputs.ragA).toBe(true);
		expect(result.inputs.ragB).toBe(false);
		expect(result.results.monthlyVolume).toBe(5_000_000);
		// A: (800 + 2000 + 300 + 5 × 300) input at $2 and 250 output at $10 per 1M, plus the query embedding.
		expect(result.results.a.costPerCall).toBeCloseTo((4600 * 2 + 250 * 10 + 50 * 0.02) / 1e6, 12);
	});

	it.each([
		// Not the calculator.
		['/guide/decision-guide/?p=per-token', /is not a link/],
		// No such preset.
		['/guide/cost-calculator/?p=nope', /names no preset/],
		// A value the calculator would reject and replace by its default.
		['/guide/cost-calculator/?p=per-token&v=lots', /rejects/],
	])('refuses %s', (link, message) => {
		expect(() => figures(link)).toThrow(message);
	});
});

describe('figuresRows and figuresSummary', () => {
	const result = figures('/guide/cost-calculator/?p=per-token&rb=1');

	it('lists A, B and C in order, marking retrieval and the latency verdict', () => {
		const rows = figuresRows(result);
		expect(rows.map((row) => row.option)).toEqual([
			'A. GPT-6 Sol, prompted',
			'B. Llama 3.1 8B + LoRA, fine-tuned, with retrieval',
			'C. GPT-6 Luna, prompted',
		]);
		expect(rows[0]?.latency).toMatch(/\((within|over) budget\)$/);
		expect(rows[0]?.monthly).toMatch(/^\$[\d,]+\.\d\d$/);
	});

	it('leaves C out when the link switches it off', () => {
		expect(figuresRows(figures('/guide/cost-calculator/?p=per-token&c=0'))).toHaveLength(2);
	});

	it('states training cost, break-even volume and payback in one sentence', () => {
		expect(figuresSummary(result)).toMatch(
			/^At 1,000,000 calls a month, one training run of B costs \$[\d,.]+; B costs no more than A from [\d,]+ calls a month, and the savings repay one training run in .+\.$/,
		);
	});

	it('says so when B never pays off', () => {
		const tiny = figures('/guide/cost-calculator/?p=per-token&v=1&aip=0&aop=0');
		expect(figuresSummary(tiny)).toMatch(/never becomes cheaper than A.*never repay training/);
	});

	it('renders a Markdown table with the link', () => {
		const markdown = figuresMarkdown(result, '/guide/cost-calculator/?p=per-token&rb=1');
		expect(markdown).toMatch(/^\| Option \| Per month \| Per call \| Latency \|\n\| --- \|/);
		expect(
			markdown
				.split('\n')
				.filter((line) => line.startsWith('| A.') || line.startsWith('| B.') || line.startsWith('| C.')),
		).toHaveLength(3);
		expect(markdown).toContain('](/guide/cost-calculator/?p=per-token&rb=1).');
	});
});

/** Every calculator link a worked example renders, with the page it is on. */
const exampleLinks = readdirSync('content/docs/examples')
	.filter((file) => file.endsWith('.mdx'))
	.flatMap((file) => {
		const text = readFileSync(`content/docs/examples/${file}`, 'utf8');
		return [...text.matchAll(/<CalculatorFigures\s+link="([^"]+)"/g)].map((match) => ({
			file,
			link: match[1] ?? '',
		}));
	});

describe('the worked examples, with the committed price data', () => {
	it('render at least one calculator link each', () => {
		expect(new Set(exampleLinks.map((example) => example.file)).size).toBe(3);
	});

	// The prose of each example compares the options in words; these checks keep the words true.
	const byFile = (file: string) =>
		exampleLinks.filter((example) => example.file === file).map((example) => figuresForLink(example.link));

	it('support assistant: C is cheapest, A dearest', () => {
		for (const { results } of byFile('support-assistant.mdx')) {
			const c = results.c?.monthlyCost ?? Infinity;
			expect(c).toBeLessThan(results.b.monthlyCost);
			expect(results.b.monthlyCost).toBeLessThan(results.a.monthlyCost);
		}
	});

	it('field extraction: B is a small fraction of A, repays training within days, and costs about as much as C', () => {
		for (const { results } of byFile('field-extraction.mdx')) {
			expect(results.b.monthlyCost).toBeLessThan(results.a.monthlyCost / 10);
			expect(results.paybackDays ?? Infinity).toBeLessThan(7);
			const c = results.c?.monthlyCost ?? 0;
			expect(Math.abs(c - results.b.monthlyCost) / c).toBeLessThan(0.5);
		}
	});

	it('regulated assistant: B far below A, paid back within weeks; C cheaper still', () => {
		for (const { results } of byFile('regulated-assistant.mdx')) {
			expect(results.b.monthlyCost).toBeLessThan(results.a.monthlyCost / 4);
			expect(results.paybackDays ?? Infinity).toBeLessThan(60);
			expect(results.c?.monthlyCost ?? Infinity).toBeLessThan(results.b.monthlyCost);
		}
	});
});
