import { describe, expect, it } from 'vitest';
import {
	formatPercent,
	formatWidth,
	parsePassRateTable,
	passRateCells,
	passRateMarkdown,
	passRateRows,
	wilsonInterval,
} from '../../src/lib/evaluation/confidence';

describe('wilsonInterval', () => {
	it('matches the hand-worked interval for 80 passes out of 100', () => {
		// z² = 1.96² = 3.8416; z²/n = 0.038416; denominator = 1.038416.
		// centre = (0.8 + 3.8416/200) / 1.038416 = 0.819208 / 1.038416 = 0.788898.
		// half-width = 1.96 × √(0.16/100 + 3.8416/40000) / 1.038416 = 1.96 × √0.00169604 / 1.038416
		//            = 1.96 × 0.0411830 / 1.038416 = 0.0777325.
		const { low, high } = wilsonInterval(80, 100);
		expect(low).toBeCloseTo(0.711166, 5);
		expect(high).toBeCloseTo(0.866631, 5);
	});

	it.each([
		// n = 50, 40 passes: centre 0.838416 / 1.076832 = 0.778596; half-width 1.96 × √0.00358416 / 1.076832 = 0.108969.
		[40, 50, 0.669627, 0.887565],
		// n = 200, 160 passes: centre 0.809604 / 1.019208 = 0.794346; half-width 1.96 × √0.00082401 / 1.019208 = 0.0552033.
		[160, 200, 0.739143, 0.849549],
		// n = 400, 320 passes: centre 0.804802 / 1.009604 = 0.797146; half-width 1.96 × √0.000406002 / 1.009604 = 0.0391163.
		[320, 400, 0.75803, 0.836262],
	])('matches the hand-worked interval for %i of %i', (passes, total, low, high) => {
		const interval = wilsonInterval(passes, total);
		expect(interval.low).toBeCloseTo(low, 5);
		expect(interval.high).toBeCloseTo(high, 5);
	});

	it('stays inside 0 … 1 and is not empty when every item passes or fails', () => {
		// 30 of 30: centre (1 + 0.064027) / 1.128053 = 0.943245; half-width 1.96 × √0.00106711 / 1.128053 = 0.0567583.
		const all = wilsonInterval(30, 30);
		expect(all.high).toBe(1);
		expect(all.low).toBeCloseTo(0.886487, 5);
		const none = wilsonInterval(0, 30);
		expect(none.low).toBe(0);
		expect(none.high).toBeCloseTo(1 - 0.886487, 5);
	});

	it.each([
		[1, 0],
		[-1, 10],
		[11, 10],
		[2.5, 10],
		[5, 7.5],
	])('refuses %s passes out of %s', (passes, total) => {
		expect(() => wilsonInterval(passes, total)).toThrow(RangeError);
	});
});

describe('the pass-rate table', () => {
	const rows = passRateRows(0.8, [50, 100, 200, 400]);

	it('turns the rate into whole passes per size', () => {
		expect(rows.map((row) => row.passes)).toEqual([40, 80, 160, 320]);
	});

	it('shows the cells the article states: quadrupling the set halves the width', () => {
		expect(rows.map(passRateCells)).toEqual([
			['50', '40', '67.0% to 88.8%', '21.8 points'],
			['100', '80', '71.1% to 86.7%', '15.5 points'],
			['200', '160', '73.9% to 85.0%', '11.0 points'],
			['400', '320', '75.8% to 83.6%', '7.8 points'],
		]);
	});

	it('refuses a rate that is no whole number of passes', () => {
		// 0.8 × 33 = 26.4 passes cannot be observed.
		expect(() => passRateRows(0.8, [33])).toThrow(/not a whole number of passes/);
		expect(() => passRateRows(1.2, [10])).toThrow(/between 0 and 1/);
	});

	it.each([
		['x', '50', /rate "x"/],
		['', '50', /rate ""/],
		['0.8', '50,abc', /sizes/],
		['0.8', '', /sizes/],
	])('parses component attributes and names bad ones (rate %j, sizes %j)', (rate, sizes, message) => {
		expect(() => parsePassRateTable(rate, sizes)).toThrow(message);
	});

	it('parses the attributes the article uses', () => {
		expect(parsePassRateTable('0.8', '50, 100,200,400')).toEqual(rows);
	});

	it('renders the same cells as Markdown under a bold caption', () => {
		const markdown = passRateMarkdown(rows.slice(0, 1), 'Pass rate 80%');
		expect(markdown).toBe(
			[
				'**Pass rate 80%**',
				'',
				'| Items in the set | Passed | 95% interval (Wilson) | Width |',
				'| --- | --- | --- | --- |',
				'| 50 | 40 | 67.0% to 88.8% | 21.8 points |',
			].join('\n'),
		);
	});

	it('formats proportions and widths to one decimal', () => {
		expect(formatPercent(0.71117)).toBe('71.1%');
		expect(formatWidth({ low: 0.71117, high: 0.86663 })).toBe('15.5 points');
	});
});
