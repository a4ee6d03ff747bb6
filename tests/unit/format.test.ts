import { describe, expect, it } from 'vitest';
import {
	convertFromUsd,
	formatCompactVolume,
	formatDays,
	formatDuration,
	formatMoney,
	formatNumber,
	formatTokens,
	formatVolume,
	isCurrencyCode,
	type MoneyOptions,
} from '../../src/lib/format';

describe('formatMoney', () => {
	describe.each<[number, MoneyOptions, string]>([
		// Large amounts: the currency's usual two decimals and separators.
		[8700, {}, '$8,700.00'],
		[8_700_000_000, {}, '$8,700,000,000.00'],
		[1, {}, '$1.00'],
		// Small per-call amounts keep three significant digits.
		[0.000412, {}, '$0.000412'],
		[0.0087, {}, '$0.0087'],
		[0.00014, {}, '$0.00014'],
		[0.0004125, {}, '$0.000413'],
		// …but never fewer than two decimals.
		[0.5, {}, '$0.50'],
		[0.25, {}, '$0.25'],
		// Zero and negatives (negative savings).
		[0, {}, '$0.00'],
		[-1234.5, {}, '-$1,234.50'],
		[-0.000412, {}, '-$0.000412'],
		// Another currency at the reader's rate: $100 × 0.92 = €92.00.
		[100, { currency: 'EUR', unitsPerUsd: 0.92 }, '€92.00'],
		// $0.0087 × 0.79 = £0.006873 → three significant digits.
		[0.0087, { currency: 'GBP', unitsPerUsd: 0.79 }, '£0.00687'],
		// Yen has no minor unit: $8,700 × 150 = ¥1,305,000.
		[8700, { currency: 'JPY', unitsPerUsd: 150 }, '¥1,305,000'],
		// The rate is ignored for USD.
		[10, { currency: 'USD', unitsPerUsd: 2 }, '$10.00'],
		// Infinity still formats.
		[Number.POSITIVE_INFINITY, {}, '$∞'],
	])('%d with %o', (usd, options, expected) => {
		it(`is ${expected}`, () => {
			expect(formatMoney(usd, options)).toBe(expected);
		});
	});

	it('rejects a malformed currency code', () => {
		expect(() => formatMoney(1, { currency: 'euro' })).toThrow(RangeError);
	});

	it('converts with the rate, defaulting to 1', () => {
		expect(convertFromUsd(10, { currency: 'EUR', unitsPerUsd: 0.5 })).toBe(5);
		expect(convertFromUsd(10, { currency: 'EUR' })).toBe(10);
		expect(convertFromUsd(10)).toBe(10);
	});
});

describe('isCurrencyCode', () => {
	describe.each([
		['USD', true],
		['EUR', true],
		['JPY', true],
		['usd', false],
		['EURO', false],
		['', false],
		['<s>', false],
	])('%j', (code, expected) => {
		it(`is ${expected}`, () => {
			expect(isCurrencyCode(code)).toBe(expected);
		});
	});
});

describe('volumes', () => {
	describe.each([
		// Below a thousand: the plain number.
		[0, '0', '0'],
		[950, '950', '950'],
		// Compact with two significant digits.
		[2_000_000, '2,000,000', '2.0M'],
		[250_000, '250,000', '250K'],
		[1_234_567, '1,234,567', '1.2M'],
		[12_345, '12,345', '12K'],
		[1e12, '1,000,000,000,000', '1.0T'],
		// Fractional volumes lose their decimals only on display.
		[29_252.336, '29,252', '29K'],
	])('%d', (volume, full, compact) => {
		it(`reads ${full} and ${compact}`, () => {
			expect(formatVolume(volume)).toBe(full);
			expect(formatCompactVolume(volume)).toBe(compact);
		});
	});
});

describe('formatDuration', () => {
	describe.each([
		// Under 10 ms: one decimal.
		[8.46, '8.5 ms'],
		[0, '0 ms'],
		// Under a second: whole milliseconds.
		[850.4, '850 ms'],
		[999.4, '999 ms'],
		// From a second: seconds with one decimal, whole seconds from 100 s.
		[999.6, '1.0 s'],
		[1866.67, '1.9 s'],
		[3725, '3.7 s'],
		[123_456, '123 s'],
		[1_234_567, '1,235 s'],
		// A stream that never finishes.
		[Number.POSITIVE_INFINITY, '∞'],
	])('%d ms', (ms, expected) => {
		it(`is ${expected}`, () => {
			expect(formatDuration(ms)).toBe(expected);
		});
	});
});

describe('formatDays', () => {
	describe.each<[number | null, string]>([
		[null, 'never'],
		[Number.POSITIVE_INFINITY, 'never'],
		[0, 'less than a day'],
		[0.4, 'less than a day'],
		[1, '1 day'],
		[1.4, '1 day'],
		// 5.5033 days rounds to 6.
		[5.5033, '6 days'],
		[1234.2, '1,234 days'],
	])('%s', (days, expected) => {
		it(`is ${expected}`, () => {
			expect(formatDays(days)).toBe(expected);
		});
	});
});

describe('numbers and tokens', () => {
	it('formats token counts and plain numbers', () => {
		expect(formatTokens(3100)).toBe('3,100 tokens');
		expect(formatTokens(1)).toBe('1 token');
		expect(formatNumber(1234.5678)).toBe('1,234.57');
		expect(formatNumber(0.000001, 6)).toBe('0.000001');
	});
});
