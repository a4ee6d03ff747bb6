import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/calculator/calculation';
import { resolvePreset } from '../../src/lib/calculator/presets';
import { missingFigures, toCostModelInputs } from '../../src/lib/calculator/to-model';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';
import { expectRelative } from './fixtures/cost-model';

const perToken = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase).defaults;
const dedicated = resolvePreset(DEDICATED_PRESET, PRICES, lookupBase).defaults;

describe('missingFigures', () => {
	it.each([
		// Per token: its two prices; dedicated: GPU price and both rates. The other mode's figures do not matter.
		[{ ...perToken, gpuHourPrice: null }, []],
		[{ ...perToken, bOutputPrice: null }, ['bOutputPrice']],
		[
			{ ...perToken, bServing: 'dedicated' as const },
			['gpuHourPrice', 'gpuThroughput', 'gpuPrefillThroughput'],
		],
		[{ ...dedicated, gpuPrefillThroughput: null }, ['gpuPrefillThroughput']],
	])('lists the sourced figures B lacks', (inputs, missing) => {
		expect(missingFigures(inputs)).toEqual(missing);
	});

	it.each([
		// A model with no output price: A's output is empty; its long-context output counts only with a tier.
		[{ ...perToken, aOutputPrice: null, aLongInputThreshold: 0, aLongOutputPrice: null }, ['aOutputPrice']],
		[{ ...perToken, aOutputPrice: null, aLongOutputPrice: null }, ['aOutputPrice', 'aLongOutputPrice']],
		// C's figures count only while C is compared; A's come first, then B's, then C's.
		[{ ...perToken, cOutputPrice: null, includeC: false }, []],
		[
			{ ...perToken, cOutputPrice: null, bInputPrice: null, aOutputPrice: null },
			['aOutputPrice', 'bInputPrice', 'cOutputPrice'],
		],
	])('lists the output prices A and C lack', (inputs, missing) => {
		expect(missingFigures(inputs)).toEqual(missing);
	});

	it('stops the model being built with a stand-in number', () => {
		expect(() => toCostModelInputs({ ...dedicated, gpuHourPrice: null })).toThrow(/gpuHourPrice/);
	});
});

describe('calculate', () => {
	it('computes everything when B has its figures', () => {
		const calculation = calculate(perToken);
		expect(calculation.missing).toEqual([]);
		expectRelative(calculation.results?.b.monthlyCost ?? 0, 390.4);
		expect(calculation.curve.every((point) => point.b !== null)).toBe(true);
	});

	it('keeps A and C but leaves B, savings and break-even out while B lacks a figure', () => {
		const calculation = calculate({ ...perToken, bServing: 'dedicated' });
		expect(calculation.results).toBeNull();
		// A and C do not depend on B: $8,700 and $435 a month as before.
		expectRelative(calculation.a?.monthlyCost ?? 0, 8700);
		expectRelative(calculation.c?.monthlyCost ?? 0, 435);
		expect(
			calculation.curve.every((point) => point.b === null && point.markers.every((m) => m === 'reader')),
		).toBe(true);
	});

	it('keeps B and C but leaves A, savings and break-even out while A lacks its output price', () => {
		const calculation = calculate({ ...perToken, aOutputPrice: null });
		expect(calculation.results).toBeNull();
		expect(calculation.a).toBeNull();
		// B per token: (450 × 0.2 + 250 × 0.2) ÷ 1M × 1M calls = $140 + training $250.40 = $390.40, as with A.
		expectRelative(calculation.b?.monthlyCost ?? 0, 390.4);
		expectRelative(calculation.c?.monthlyCost ?? 0, 435);
		expect(
			calculation.curve.every(
				(point) => point.a === null && point.b !== null && !point.markers.includes('break-even'),
			),
		).toBe(true);
	});

	it('computes A against B without C while C lacks its output price', () => {
		const calculation = calculate({ ...perToken, cOutputPrice: null });
		expect(calculation.c).toBeNull();
		expect(calculation.results?.c).toBeNull();
		expect(calculation.results?.monthlySavingsVsC).toBeNull();
		// A $8,700 − B $390.40 = $8,309.60.
		expectRelative(calculation.results?.monthlySavings ?? 0, 8309.6);
		expect(calculation.curve.every((point) => point.c === null)).toBe(true);
	});

	it('costs a dedicated GPU from the fitted rates', () => {
		// 450 input ÷ 50,000/s = 0.009 s + 250 output ÷ 5,000/s = 0.05 s = 0.059 s a call; at 70 % and peak 2.5,
		// one GPU carries 2,628,000 × 0.7 ÷ (0.059 × 2.5) = 12,471,864 calls: 1 GPU × 730 h × $4 = $2,920.
		const calculation = calculate(dedicated);
		expect(calculation.results?.b.gpu).toEqual({ peakGpus: 1, billedHours: 730, monthlyCost: 2920 });
		expectRelative(calculation.results?.b.monthlyCost ?? 0, 2920 + 250.4);
	});
});
