import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figuresForLink, todaysDefaultLink } from '../../src/components/calculator-data';
import {
	calculatorFigures,
	figuresMarkdown,
	figuresRows,
	figuresSummary,
} from '../../src/lib/calculator/worked-example';
import { NO_FIGURE } from '../../src/lib/calculator/view';
import { testSnapshot } from './fixtures/calculator';

const snapshots = [testSnapshot('2026-11-27')];
const figures = (link: string) => calculatorFigures(link, snapshots);

describe('calculatorFigures', () => {
	it('applies the link to its snapshot’s preset and evaluates the cost model', () => {
		const result = figures('/guide/cost-calculator/?s=2026-11-27&p=per-token&v=5M&ra=1');
		expect(result.preset.id).toBe('per-token');
		expect(result.snapshot.id).toBe('2026-11-27');
		expect(result.inputs.volume).toBe(5_000_000);
		// A: (800 + 2000 + 300 + 5 × 300) input at $2 and 250 output at $10 per 1M, plus the query embedding.
		expect(result.calculation.a?.costPerCall).toBeCloseTo((4600 * 2 + 250 * 10 + 50 * 0.02) / 1e6, 12);
	});

	it.each([
		// Not the calculator.
		['/guide/decision-guide/?s=2026-11-27&p=per-token', /is not a link/],
		// A worked example must pin its snapshot and preset.
		['/guide/cost-calculator/?p=per-token', /must name its price snapshot \(s\) and preset \(p\)/],
		// No such snapshot or preset.
		['/guide/cost-calculator/?s=1999-01-01&p=per-token', /snapshot this calculator does not have/],
		['/guide/cost-calculator/?s=2026-11-27&p=nope', /preset this calculator does not have/],
		// A value the calculator would reject and replace.
		['/guide/cost-calculator/?s=2026-11-27&p=per-token&v=lots', /Monthly volume must be/],
	])('refuses %s', (link, message) => {
		expect(() => figures(link)).toThrow(message);
	});
});

describe('figuresRows and figuresSummary', () => {
	const result = figures('/guide/cost-calculator/?s=2026-11-27&p=per-token&rb=1');

	it('lists A, B and C in order, marking retrieval and the latency verdict', () => {
		const rows = figuresRows(result);
		expect(rows.map((row) => row.option)).toEqual([
			'A. GPT-6 Sol, prompted',
			'B. Qwen 9B + LoRA, fine-tuned, with retrieval',
			'C. GPT-6 Luna, prompted',
		]);
		expect(rows[0]?.latency).toMatch(/\((within|over) budget\)$/);
		expect(rows[0]?.monthly).toMatch(/^\$[\d,]+\.\d\d$/);
	});

	it('states training cost, break-even volume and payback, with the snapshot’s date', () => {
		expect(figuresSummary(result)).toMatch(
			/^At 1,000,000 calls a month \(prices as read on 2026-11-27\), one training run of B costs \$[\d,.]+; B costs no more than A from [\d,]+ calls a month, and its savings repay one training run in .+\.$/,
		);
	});

	it('says so when B never pays off, or lacks a figure', () => {
		const tiny = figures('/guide/cost-calculator/?s=2026-11-27&p=per-token&v=1&aip=0&aop=0');
		expect(figuresSummary(tiny)).toMatch(/never becomes cheaper than A.*never repay training/);
		const missing = figures('/guide/cost-calculator/?s=2026-11-27&p=per-token&bs=dedicated');
		expect(figuresRows(missing)[1]?.monthly).toBe(NO_FIGURE);
		expect(figuresSummary(missing)).toContain(NO_FIGURE);
	});

	it('renders a Markdown table with the link', () => {
		const link = '/guide/cost-calculator/?s=2026-11-27&p=per-token&rb=1';
		const markdown = figuresMarkdown(result, link);
		expect(markdown).toMatch(/^\| Option \| Per month \| Per call \| Latency \|\n\| --- \|/);
		expect(markdown).toContain(`](${link}).`);
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

describe('the worked examples, with the committed snapshots', () => {
	it('render at least one calculator link each, every one pinned to a snapshot', () => {
		expect(new Set(exampleLinks.map((example) => example.file)).size).toBe(4);
		for (const { link } of exampleLinks) expect(link).toMatch(/\?s=\d{4}-\d{2}-\d{2}&p=/);
	});

	// The prose of each example compares the options in words; these checks keep the words true.
	const byFile = (file: string) =>
		exampleLinks
			.filter((example) => example.file === file)
			.map((example) => figuresForLink(example.link).calculation.results);

	it('support assistant: C is cheapest by a wide margin; B, on its rented GPU, dearest at this volume', () => {
		for (const results of byFile('support-assistant.mdx')) {
			const c = results?.c?.monthlyCost ?? Infinity;
			expect(c).toBeLessThan((results?.a.monthlyCost ?? 0) / 10);
			expect(results?.a.monthlyCost ?? Infinity).toBeLessThan(results?.b.monthlyCost ?? 0);
		}
	});

	it('field extraction: B is a small fraction of A and repays training within a day; C costs a little less than B', () => {
		for (const results of byFile('field-extraction.mdx')) {
			expect(results?.b.monthlyCost ?? Infinity).toBeLessThan((results?.a.monthlyCost ?? 0) / 10);
			expect(results?.paybackDays ?? Infinity).toBeLessThan(1);
			const c = results?.c?.monthlyCost ?? Infinity;
			expect(c).toBeLessThan(results?.b.monthlyCost ?? 0);
			expect(c).toBeGreaterThan((results?.b.monthlyCost ?? 0) * 0.75);
		}
	});

	it('regulated assistant: B a little below A, repaying training in about two and a half months; C cheaper still', () => {
		for (const results of byFile('regulated-assistant.mdx')) {
			const a = results?.a.monthlyCost ?? 0;
			const b = results?.b.monthlyCost ?? Infinity;
			expect(b).toBeLessThan(a);
			expect(b).toBeGreaterThan(a * 0.85);
			expect(results?.paybackDays ?? Infinity).toBeGreaterThan(65);
			expect(results?.paybackDays ?? 0).toBeLessThan(85);
			expect(results?.c?.monthlyCost ?? Infinity).toBeLessThan(b);
		}
	});

	it('ticket triage: C a twentieth of A with and without caching, B dearer than C below seven million calls, caching takes 69% off A', () => {
		const [plain, cached] = byFile('ticket-triage.mdx');
		for (const results of [plain, cached]) {
			const ratio = (results?.c?.monthlyCost ?? Infinity) / (results?.a.monthlyCost ?? 0);
			expect(ratio).toBeCloseTo(1 / 20, 3);
			expect(results?.c?.monthlyCost ?? Infinity).toBeLessThan(results?.b.monthlyCost ?? 0);
		}
		// $3,163.10 of GPU and spread training ÷ C's $0.000455 a call = 6,951,868 calls a month.
		expect(plain?.breakEvenVolumeVsC ?? 0).toBeCloseTo(6_951_868, 0);
		expect(1 - (cached?.a.monthlyCost ?? 0) / (plain?.a.monthlyCost ?? Infinity)).toBeCloseTo(0.69, 2);
	});

	it('the page’s own default link reads today’s default preset', () => {
		expect(todaysDefaultLink()).toBe('/guide/cost-calculator/?s=2026-11-28&p=lora-dedicated');
		expect(figuresForLink(todaysDefaultLink()).calculation.results).not.toBeNull();
	});
});
