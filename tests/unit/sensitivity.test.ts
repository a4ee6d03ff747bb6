import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../src/lib/calculator/presets';
import { sensitivity } from '../../src/lib/calculator/sensitivity';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';
import { expectRelative } from './fixtures/cost-model';

// The worked example: A $0.0087 a call, B $0.00014 a call + $250.40 training a month, 1,000,000 calls:
// B saves 8,700 − 390.40 = $8,309.60 a month and breaks even at 250.40 ÷ 0.00856 = 29,252 calls.
const inputs = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase).defaults;

describe('sensitivity', () => {
	const swings = sensitivity(inputs) ?? [];

	it('ranks the five inputs that move the savings most when halved or raised by half', () => {
		// Volume ±500k × 0.00856 = ±$4,280; A's input price ±$1 × 3,100 tokens = ±$3,100; few-shot ±1,000 tokens × $2
		// = ±$2,000; A's output price ±$5 × 250 = ±$1,250; output ±125 tokens × ($10 − $0.20) = ±$1,225.
		expect(swings.map((swing) => swing.field)).toEqual([
			'volume',
			'aInputPrice',
			'aFewShotTokens',
			'aOutputPrice',
			'outputTokens',
		]);
		expect(swings.map((swing) => Math.round(swing.savingsImpact))).toEqual([4280, 3100, 2000, 1250, 1225]);
	});

	it('gives the savings and break-even at each end', () => {
		const price = swings[1];
		// A's input price at $1: A costs (3,100 + 2,500) ÷ 1M = $0.0056, B saves 5,600 − 140 − 250.40 = $5,209.60 and
		// breaks even at 250.40 ÷ 0.00546 = 45,861 calls; at $3: 11,800 − 390.40 = $11,409.60, 250.40 ÷ 0.01166.
		expect(price?.low.value).toBe(1);
		expectRelative(price?.low.monthlySavings ?? 0, 5209.6, 1e-12);
		expectRelative(price?.low.breakEvenVolume ?? 0, 250.4 / 0.00546, 1e-9);
		expect(price?.high.value).toBe(3);
		expectRelative(price?.high.monthlySavings ?? 0, 11_409.6, 1e-12);
		expectRelative(price?.high.breakEvenVolume ?? 0, 250.4 / 0.01166, 1e-9);
		// Volume does not move the break-even volume.
		expectRelative(swings[0]?.low.breakEvenVolume ?? 0, 250.4 / 0.00856, 1e-9);
		expect(swings[0]?.breakEvenImpact).toBeCloseTo(0, 12);
	});

	it('keeps a moved input inside its accepted range', () => {
		const all = sensitivity({ ...inputs, aCacheHitPercent: 80 }, 100) ?? [];
		// 80 % × 1.5 = 120 %, clamped to 100 %.
		expect(all.find((swing) => swing.field === 'aCacheHitPercent')?.high.value).toBe(100);
	});

	it('leaves out inputs that move nothing, and answers nothing while B lacks a figure', () => {
		const all = sensitivity(inputs, 100) ?? [];
		// Latency and display settings, C's prices and the unused GPU figures do not change B's savings against A.
		for (const field of ['aTtftMs', 'usdRate', 'cInputPrice', 'latencyBudgetMs'])
			expect(all.some((swing) => swing.field === field)).toBe(false);
		expect(sensitivity({ ...inputs, bInputPrice: null })).toBeNull();
	});

	it('ranks GPU figures for dedicated serving', () => {
		const dedicated = resolvePreset(DEDICATED_PRESET, PRICES, lookupBase).defaults;
		const fields = (sensitivity(dedicated, 100) ?? []).map((swing) => swing.field);
		expect(fields).toContain('gpuHourPrice');
	});
});
