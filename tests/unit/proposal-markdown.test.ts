import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/calculator/calculation';
import type { CalculatorInputs } from '../../src/lib/calculator/fields';
import { resolvePreset } from '../../src/lib/calculator/presets';
import { sensitivity } from '../../src/lib/calculator/sensitivity';
import { escapeTableCell, proposalMarkdown, type ProposalInput } from '../../src/lib/proposal-markdown';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const perToken = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase);

function proposal(changes: Partial<CalculatorInputs> = {}, extra: Partial<ProposalInput> = {}): string {
	const inputs = { ...perToken.defaults, ...changes };
	return proposalMarkdown({
		inputs,
		calculation: calculate(inputs),
		swings: sensitivity(inputs),
		labels: perToken.labels,
		sources: perToken.sources,
		permalink: 'https://example.org/calculator/?s=2026-11-28&p=per-token',
		generatedOn: '2026-11-28',
		snapshotId: '2026-11-28',
		presetName: perToken.name,
		...extra,
	});
}

describe('proposalMarkdown', () => {
	const text = proposal();

	it('opens with the date, volume, horizon, snapshot and preset', () => {
		expect(text).toMatch(/^## Cost estimate/);
		expect(text).toContain(
			'Estimated on 2026-11-28 for 1,000,000 calls per month, over 12 months, with prices as read on 2026-11-28 (preset: Frontier API vs 9B + LoRA, per token).',
		);
	});

	it('tabulates each option’s results', () => {
		expect(text).toContain('| Option | Per call | Per month | Per year | Latency per call | Within 2.0 s |');
		// A: $0.0087 a call, $8,700 a month, $104,400 a year, 3,725 ms (over the 2,000 ms budget).
		expect(text).toContain('| A: GPT-6 Sol | $0.0087 | $8,700.00 | $104,400.00 | 3.7 s | no |');
		// B: $390.40 a month ÷ 1M = $0.00039 on average; 1,867 ms.
		expect(text).toContain('| B: Qwen 9B + LoRA | $0.00039 | $390.40 | $4,684.80 | 1.9 s | yes |');
		expect(text).toContain('| C: GPT-6 Luna | $0.000435 | $435.00 | $5,220.00 | 2.0 s | yes |');
	});

	it('states break-even, savings, training spread and payback', () => {
		// 250.40 ÷ 0.00856 = 29,252.3 → from 29,253 calls; against C 250.40 ÷ 0.000295 = 848,813.6 → 848,814.
		expect(text).toContain('- **Break-even:** B costs no more than A from 29,253 calls a month.');
		expect(text).toContain('- **Against C:** B costs no more than C from 848,814 calls a month.');
		expect(text).toContain(
			'- **At your volume:** B saves $8,309.60 a month ($99,715.20 a year) compared with A.',
		);
		// $1,502.40 ÷ ($8,700 − $140) × 30.4167 = 5.3 days → 5 days.
		expect(text).toContain(
			'- **Training:** $1,502.40 per run, spread over 6 months (the retraining interval); one run is paid back in 5 days.',
		);
	});

	it('names the inputs that matter most, with both ends', () => {
		expect(text).toContain('### Inputs that matter most (each moved by half, one at a time)');
		expect(text).toContain(
			'| Monthly volume | 500,000 calls per month: saves $4,029.60 a month, breaks even from 29,253 calls a month |',
		);
	});

	it('lists the relevant inputs, then every source with its provider page, dataset and date', () => {
		expect(text).toContain('| Large base model (A): input price ($ per 1M tokens) | 2 |');
		expect(text).not.toContain('GPU price');
		expect(text).toContain(
			'- [Option A, GPT-6 Sol (openai/gpt-6-sol): input $2, cached input $0.2, cache writes $2.5, output $10 per 1M tokens; above 272,000 input tokens: input $4, output $15](https://developers.openai.com/api/docs/pricing), read 2026-09-23 via @pydantic/genai-prices 0.1.8',
		);
		expect(
			text
				.trimEnd()
				.endsWith(
					'Recalculate or change the inputs: <https://example.org/calculator/?s=2026-11-28&p=per-token>',
				),
		).toBe(true);
	});

	it.each<[string, Partial<CalculatorInputs>, string[], string[]]>([
		[
			'B dearer per call',
			{ bInputPrice: 20, bOutputPrice: 20 },
			// (450 × 20 + 250 × 20) ÷ 1M = $0.014 a call: B costs $14,250.40 − $8,700 = $5,550.40 more.
			[
				'- **Break-even:** B never costs less than A at these prices.',
				'B costs an extra $5,550.40 a month',
				'paid back in never',
			],
			[],
		],
		[
			'trained once',
			{ retrainEveryMonths: 0 },
			['spread over 12 months (the evaluation horizon (trained once))'],
			[],
		],
		[
			'euros at a dated rate',
			{ currency: 'EUR', usdRate: 0.9, rateDate: '2026-11-28' },
			// $8,700 × 0.9 = €7,830.00.
			['€7,830.00', 'Amounts in EUR at 0.9 per US dollar (rate of 2026-11-28).'],
			['$8,700.00'],
		],
		[
			'B lacking a figure',
			{ bInputPrice: null },
			[
				'| B: Qwen 9B + LoRA | no sourced figure — enter yours |',
				'B needs figures no source gave',
				'None: B lacks a figure.',
			],
			['Break-even'],
		],
	])('%s', (_name, changes, present, absent) => {
		const changed = proposal(changes);
		for (const fragment of present) expect(changed).toContain(fragment);
		for (const fragment of absent) expect(changed).not.toContain(fragment);
	});

	it('mentions the GPUs when B runs on dedicated GPUs', () => {
		const dedicated = resolvePreset(DEDICATED_PRESET, PRICES, lookupBase);
		const text = proposal(dedicated.defaults, { sources: dedicated.sources });
		expect(text).toContain('- **GPUs:** B needs 1 GPU(s) at the peak and is billed 730 GPU-hours a month.');
		expect(text).toContain('| Fine-tuned model (B): GPU price ($ per GPU-hour) | 4 |');
	});

	it('escapes labels that would break the table or a link', () => {
		const text = proposal(
			{ includeC: false },
			{
				labels: { a: 'Model | with pipe', b: 'B\nsecond line', c: null },
				sources: [
					{
						label: 'Price [beta]',
						url: 'https://example.com',
						accessed: '2026-11-27',
						via: null,
						fields: [],
					},
				],
			},
		);
		expect(text).toContain('| A: Model \\| with pipe |');
		expect(text).toContain('| B: B second line |');
		expect(text).toContain('- [Price \\[beta\\]](https://example.com), read 2026-11-27');
	});
});

describe('escapeTableCell', () => {
	it.each([
		['plain', 'plain'],
		['a|b', 'a\\|b'],
		['back\\slash', 'back\\\\slash'],
		['two\r\nlines', 'two lines'],
	])('%j becomes %j', (raw, escaped) => {
		expect(escapeTableCell(raw)).toBe(escaped);
	});
});
