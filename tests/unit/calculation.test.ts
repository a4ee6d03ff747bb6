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
		expectRelative(calculation.a.monthlyCost, 8700);
		expectRelative(calculation.c?.monthlyCost ?? 0, 435);
		expect(
			calculation.curve.every((point) => point.b === null && point.markers.every((m) => m === 'reader')),
		).toBe(true);
	});

	it('costs a dedicated GPU from the fitted rates', () => {
		// 450 input ÷ 50,000/s = 0.009 s + 250 output ÷ 5,000/s = 0.05 s = 0.059 s a call; at 70 % and peak 2.5,
		// one GPU carries 2,628,000 × 0.7 ÷ (0.059 × 2.5) = 12,471,864 calls: 1 GPU × 730 h × $4 = $2,920.
		const calculation = calculate(dedicated);
		expect(calculation.results?.b.gpu).toEqual({ peakGpus: 1, billedHours: 730, monthlyCost: 2920 });
		expectRelative(calculation.results?.b.monthlyCost ?? 0, 2920 + 250.4);
	});
});
