import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH } from '../../src/lib/calculator/units';
import {
	MAX_VOLUME,
	parseVolume,
	perDayToPerMonth,
	perMonthToPerDay,
	SLIDER_MAX_VOLUME,
	SLIDER_MIN_VOLUME,
	SLIDER_POSITIONS,
	sliderPositionToVolume,
	VOLUME_PATTERN,
	volumeToSliderPosition,
} from '../../src/lib/calculator/volume';
import { fasterOfTwo } from './fixtures/timing';

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
		// A daily figure, converted to whole calls per month: 50,000 × 365 ÷ 12 = 1,520,833.3 → 1,520,833.
		['50k/day', 1_520_833],
		['50k per day', 1_520_833],
		['50,000 a day', 1_520_833],
		// Runs of spaces read as one.
		['50k   per    day', 1_520_833],
		// 1,000 × 30.41666… = 30,416.7, rounded to whole calls.
		['1000/d', 30_417],
		// Saying "per month" changes nothing.
		['2M/month', 2_000_000],
		['2M per mo', 2_000_000],
	])('accepts %j', (text, expected) => {
		it(`as ${expected}`, () => {
			expect(parseVolume(text)).toBe(expected);
		});
	});

	describe.each([
		// Negative volumes.
		'-5',
		'-1.5M',
		// Not numbers at all.
		'abc',
		'NaN',
		'<script>alert(1)</script>',
		// Only days and months are periods.
		'50k/week',
		// A daily figure is checked once converted: 40bn a day is over 1e12 a month.
		'40bn/day',
		// Malformed separators and suffixes.
		'1,5',
		'12,34,567',
		'5x',
		// Empty input.
		'',
		'   ',
		// Overflows to Infinity, or finite but above the cap.
		'1e400',
		'1.000001e12',
		'2000B',
		// Longer than any field value may be.
		`1${' '.repeat(64)}`,
	])('rejects %j', (text) => {
		it('as no volume', () => {
			expect(parseVolume(text)).toBeNull();
		});
	});

	it('matches in linear time: a 100,000-character run of spaces takes milliseconds', () => {
		// The old pattern let two \s* compete for the same spaces and backtracked quadratically; the folded text
		// has single spaces and the pattern no overlapping quantifiers.
		const hostile = `1${' '.repeat(99_998)}x`.replace(/\s+/g, ' ');
		expect(VOLUME_PATTERN.test(hostile)).toBe(false);
		const digits = `${'1'.repeat(100_000)}x`;
		expect(fasterOfTwo(() => VOLUME_PATTERN.test(digits))).toBeLessThan(20);
		expect(fasterOfTwo(() => parseVolume(`1${' '.repeat(99_998)}x`))).toBeLessThan(5);
	});

	it('reads back any volume it could have written', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: MAX_VOLUME, noNaN: true }), (volume) => {
				expect(parseVolume(String(volume))).toBe(volume);
			}),
		);
	});
});

describe('per-day and per-month volumes', () => {
	it('uses the billing month of 365 ÷ 12 days, the same month GPUs are billed by', () => {
		expect(DAYS_PER_MONTH).toBe(365 / 12);
	});

	describe.each([
		// 1,200 calls a day × 365 ÷ 12 = 36,500 calls a month.
		[1200, 36_500],
		// 0 stays 0.
		[0, 0],
		// 12,000 × 365 ÷ 12 = 365,000.
		[12_000, 365_000],
	])('%d calls a day', (perDay, perMonth) => {
		it(`is ${perMonth} a month and back`, () => {
			expect(perDayToPerMonth(perDay)).toBeCloseTo(perMonth, 9);
			expect(perMonthToPerDay(perMonth)).toBeCloseTo(perDay, 9);
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
