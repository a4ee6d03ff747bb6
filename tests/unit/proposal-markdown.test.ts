import { describe, expect, it } from 'vitest';
import { resolvePreset, toCostModelInputs, type CalculatorInputs } from '../../src/lib/calculator/fields';
import { evaluateCostModel } from '../../src/lib/calculator/cost-model';
import { escapeTableCell, proposalMarkdown, type ProposalInput } from '../../src/lib/proposal-markdown';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const perToken = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase);

function proposal(changes: Partial<CalculatorInputs> = {}, extra: Partial<ProposalInput> = {}): string {
	const inputs = { ...perToken.defaults, ...changes };
	return proposalMarkdown({
		inputs,
		results: evaluateCostModel(toCostModelInputs(inputs)),
		labels: perToken.labels,
		sources: perToken.sources,
		permalink: 'https://example.org/calculator/?v=1M',
		generatedOn: '2026-11-27',
		presetName: perToken.name,
		...extra,
	});
}

describe('proposalMarkdown', () => {
	const text = proposal();

	it('opens with the date, volume and preset', () => {
		expect(text).toMatch(/^## Cost estimate/);
		expect(text).toContain(
			'Estimated on 2026-11-27 for 1,000,000 calls per month. Starting point: Frontier API vs 8B + LoRA, per token.',
		);
	});

	it('tabulates each option’s results', () => {
		// A: $0.0087 a call, $8,700 a month, $104,400 a year, 3,725 ms (over the 2,000 ms budget).
		expect(text).toContain('| A: GPT-6 Sol | $0.0087 | $0.0087 | $8,700.00 | $104,400.00 | 3.7 s | no |');
		// B: $0.00014 a call; $390.40 a month ÷ 1M = $0.00039 on average; 1,867 ms.
		expect(text).toContain(
			'| B: Llama 3.1 8B + LoRA | $0.00014 | $0.00039 | $390.40 | $4,684.80 | 1.9 s | yes |',
		);
		expect(text).toContain('| C: GPT-6 Luna | $0.000435 | $0.000435 | $435.00 | $5,220.00 | 2.0 s | yes |');
		expect(text).toContain(
			'| Option | Cost per call | Average per call | Per month | Per year | Latency | Within 2.0 s |',
		);
	});

	it('states break-even, savings and payback', () => {
		// 250.40 ÷ 0.00856 = 29,252 calls; against C 250.40 ÷ 0.000295 = 848,814.
		expect(text).toContain('- **Break-even:** B becomes cheaper than A from 29,252 calls per month.');
		expect(text).toContain('- **Against C:** B becomes cheaper than C from 848,814 calls per month.');
		// $8,700 − $390.40 = $8,309.60 a month; × 12 = $99,715.20.
		expect(text).toContain(
			'- **At your volume:** B saves $8,309.60 a month ($99,715.20 a year) compared with A.',
		);
		// $1,502.40 ÷ $8,309.60 × 30.4375 = 5.5 days → 6 days.
		expect(text).toContain('- **Training:** $1,502.40 per run; paid back in 6 days.');
	});

	it('lists the relevant inputs with units', () => {
		expect(text).toContain('| Monthly volume | 1,000,000 | calls per month |');
		expect(text).toContain('| Large base model (A): input price | 2 | $ per 1M tokens |');
		expect(text).toContain('| Fine-tuned model (B): serving | per-token |  |');
		expect(text).toContain('| Compare a small base model (C) | yes |  |');
		// Dedicated-only inputs and the exchange rate are left out for per-token serving in dollars.
		expect(text).not.toContain('GPU price');
		expect(text).not.toContain('Exchange rate');
	});

	it('cites every source with its link and date, then the permalink', () => {
		expect(text).toContain(
			'- [Option A, GPT-6 Sol (openai/gpt-6-sol): input $2, cached input $0.2, output $10 per 1M tokens]' +
				'(https://www.npmjs.com/package/@pydantic/genai-prices/v/0.1.8), read 2026-09-23',
		);
		expect(text).toContain(
			'- [Host, Up to 16B: training $0.5 per 1M tokens](https://example.com/pricing), read 2026-11-27',
		);
		expect(
			text.trimEnd().endsWith('Recalculate or change the inputs: <https://example.org/calculator/?v=1M>'),
		).toBe(true);
	});

	describe.each<[string, Partial<CalculatorInputs>, string[], string[]]>([
		[
			'B dearer per call',
			{ bInputPrice: 20, bOutputPrice: 20 },
			// (450 × 20 + 250 × 20) ÷ 1M = $0.014 a call: B costs $14,250.40 − $8,700 = $5,550.40 more.
			[
				'B never becomes cheaper than A per month at these prices.',
				'B costs an extra $5,550.40 a month',
				'paid back in never',
			],
			[],
		],
		['trained once, no fixed cost', { retrainEveryMonths: 0 }, ['B costs no more than A at any volume.'], []],
		[
			'C left out, no latency budget',
			{ includeC: false, latencyBudgetMs: 0 },
			['| Within budget |', '| A: GPT-6 Sol | $0.0087 | $0.0087 | $8,700.00 | $104,400.00 | 3.7 s | – |'],
			['C: GPT-6 Luna', 'Against C', 'Small base model (C): input price'],
		],
		['zero volume', { volume: 0 }, ['| A: GPT-6 Sol | $0.0087 | – | $0.00 |'], []],
		[
			'euros',
			{ currency: 'EUR', usdRate: 0.9 },
			// $8,700 × 0.9 = €7,830.00.
			['€7,830.00', '| Exchange rate | 0.9 | units per US dollar |'],
			['$8,700.00'],
		],
	])('%s', (_name, changes, present, absent) => {
		it('says so', () => {
			const changed = proposal(changes);
			for (const fragment of present) expect(changed).toContain(fragment);
			for (const fragment of absent) expect(changed).not.toContain(fragment);
		});
	});

	it('mentions the GPUs when B runs on dedicated GPUs', () => {
		const dedicated = resolvePreset(DEDICATED_PRESET, PRICES, lookupBase);
		const text = proposalMarkdown({
			inputs: dedicated.defaults,
			results: evaluateCostModel(toCostModelInputs(dedicated.defaults)),
			labels: dedicated.labels,
			sources: dedicated.sources,
			permalink: 'https://example.org/c',
			generatedOn: '2026-11-27',
		});
		expect(text).toContain('B runs on 1 dedicated GPU(s) at this volume');
		expect(text).toContain('| GPU price | 3.89 | $ per GPU-hour |');
		expect(text).not.toContain('Fine-tuned model (B): input price');
		expect(text).not.toContain('Starting point');
	});

	it('says when every price was entered by hand', () => {
		expect(proposal({}, { sources: [] })).toContain('- All prices were entered by hand.');
	});

	it('escapes labels that would break the table or a link', () => {
		const text = proposal(
			{},
			{
				labels: { a: 'Model | with pipe', b: 'B\nsecond line', c: null },
				sources: [{ label: 'Price [beta]', url: 'https://example.com', accessed: '2026-11-27' }],
			},
		);
		expect(text).toContain('| A: Model \\| with pipe |');
		expect(text).toContain('| B: B second line |');
		expect(text).toContain('- [Price \\[beta\\]](https://example.com), read 2026-11-27');
		expect(text).not.toContain('C: ');
	});
});

describe('escapeTableCell', () => {
	describe.each([
		['plain', 'plain'],
		['a|b', 'a\\|b'],
		['back\\slash', 'back\\\\slash'],
		['two\r\nlines', 'two lines'],
	])('%j', (raw, escaped) => {
		it(`becomes ${escaped}`, () => {
			expect(escapeTableCell(raw)).toBe(escaped);
		});
	});
});
