import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DAYS_PER_MONTH,
	MAX_VOLUME,
	parseVolume,
	perDayToPerMonth,
	perMonthToPerDay,
	SLIDER_MAX_VOLUME,
	SLIDER_MIN_VOLUME,
	SLIDER_POSITIONS,
	sliderPositionToVolume,
	volumeToSliderPosition,
} from '../../src/lib/calculator/volume';

describe('parseVolume', () => {
	describe.each([
		// Plain digits.
		['250000', 250_000],
		// Thousands separators.
		['250,000', 250_000],
		['1,234,567', 1_234_567],
		// Exponent notation.
		['2.5e5', 250_000],
		['1E6', 1_000_000],
		// Suffixes, either case, with or without a space.
		['250k', 250_000],
		['250 K', 250_000],
		['1.5M', 1_500_000],
		['3mn', 3_000_000],
		['2B', 2_000_000_000],
		['2bn', 2_000_000_000],
		// Surrounding spaces.
		['  42  ', 42],
		// Leading decimal point and explicit plus sign.
		['.5k', 500],
		['+7', 7],
		// Zero, including a negative zero, is a volume.
		['0', 0],
		['-0', 0],
		// The largest accepted volume.
		['1e12', 1e12],
		['1000B', 1e12],
		// A daily figure, converted to whole calls per month: 50,000 × 30.4375 = 1,521,875.
		['50k/day', 1_521_875],
		['50k per day', 1_521_875],
		['50,000 a day', 1_521_875],
		// 1,000 × 30.4375 = 30,437.5, rounded to whole calls.
		['1000/d', 30_438],
		// Saying "per month" changes nothing.
		['2M/month', 2_000_000],
		['2M per mo', 2_000_000],
	])('accepts %j', (text, expected) => {
		it(`as ${expected}`, () => {
			expect(parseVolume(text)).toEqual({ ok: true, volume: expected });
		});
	});

	describe.each([
		// Negative volumes.
		['-5', /negative/],
		['-1.5M', /negative/],
		// Not numbers at all.
		['abc', /not a volume/],
		// Only days and months are periods.
		['50k/week', /not a volume/],
		// A daily figure is checked once converted: 40bn a day is over 1e12 a month.
		['40bn/day', /at most 1,000,000,000,000/],
		['NaN', /not a volume/],
		['<script>alert(1)</script>', /not a volume/],
		// Malformed separators and suffixes.
		['1,5', /not a volume/],
		['12,34,567', /not a volume/],
		['5x', /not a volume/],
		// Empty input.
		['', /Enter a volume/],
		['   ', /Enter a volume/],
		// Overflows to Infinity.
		['1e400', /at most 1,000,000,000,000/],
		// Finite but above the cap.
		['1.000001e12', /at most 1,000,000,000,000/],
		['2000B', /at most 1,000,000,000,000/],
	])('rejects %j', (text, message) => {
		it('with a specific message', () => {
			const result = parseVolume(text);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.message).toMatch(message);
		});
	});

	it('reads back any volume it could have written', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: MAX_VOLUME, noNaN: true }), (volume) => {
				expect(parseVolume(String(volume))).toEqual({ ok: true, volume });
			}),
		);
	});
});

describe('per-day and per-month volumes', () => {
	it('uses the calendar month of 365.25 ÷ 12 days', () => {
		expect(DAYS_PER_MONTH).toBe(365.25 / 12);
	});

	describe.each([
		// 1,000 calls a day × 30.4375 = 30,437.5 calls a month.
		[1000, 30_437.5],
		// 0 stays 0.
		[0, 0],
		// 40,000 × 30.4375 = 1,217,500.
		[40_000, 1_217_500],
	])('%d calls a day', (perDay, perMonth) => {
		it(`is ${perMonth} a month and back`, () => {
			expect(perDayToPerMonth(perDay)).toBe(perMonth);
			expect(perMonthToPerDay(perMonth)).toBe(perDay);
		});
	});
});

describe('log slider', () => {
	describe.each([
		// Ends of the slider.
		[0, SLIDER_MIN_VOLUME],
		[SLIDER_POSITIONS, SLIDER_MAX_VOLUME],
		// Halfway through 7 decades is 10^(2 + 3.5) = 316,227.77 → 316,000 at three significant digits.
		[500, 316_000],
		// Each decade is 1000 ÷ 7 ≈ 142.86 positions: 10^(2 + 7 × 857 ÷ 1000) = 10^7.999 ≈ 99,770,006 → 99,800,000.
		[857, 99_800_000],
		// Out-of-range positions are clamped.
		[-10, SLIDER_MIN_VOLUME],
		[2000, SLIDER_MAX_VOLUME],
	])('position %d', (position, volume) => {
		it(`is volume ${volume}`, () => {
			expect(sliderPositionToVolume(position)).toBe(volume);
		});
	});

	describe.each([
		// Below and at the lower end.
		[0, 0],
		[50, 0],
		[SLIDER_MIN_VOLUME, 0],
		// At and above the upper end.
		[SLIDER_MAX_VOLUME, SLIDER_POSITIONS],
		[1e12, SLIDER_POSITIONS],
		// 1e5 is 3 of 7 decades: 3 ÷ 7 × 1000 = 428.57 → 429.
		[1e5, 429],
		// NaN never moves the slider.
		[Number.NaN, 0],
	])('volume %d', (volume, position) => {
		it(`sits at position ${position}`, () => {
			expect(volumeToSliderPosition(volume)).toBe(position);
		});
	});

	it('returns to the same position after rounding the volume', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: SLIDER_POSITIONS }), (position) => {
				expect(volumeToSliderPosition(sliderPositionToVolume(position))).toBe(position);
			}),
		);
	});

	it('is monotone', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: SLIDER_POSITIONS - 1 }), (position) => {
				expect(sliderPositionToVolume(position + 1)).toBeGreaterThan(sliderPositionToVolume(position));
			}),
		);
	});
});
