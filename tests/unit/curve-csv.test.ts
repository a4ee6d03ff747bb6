import { describe, expect, it } from 'vitest';
import type { CurvePoint } from '../../src/lib/calculator/cost-curve';
import { curveToCsv } from '../../src/lib/calculator/curve-csv';

describe('curveToCsv', () => {
	it('writes one row per point at full precision, leaves out an option no point has, joins markers by ";"', () => {
		const points: CurvePoint[] = [
			{ volume: 100, a: 0.87, b: 3163.1, c: null, markers: [] },
			{ volume: 363_506.6, a: 3162.507, b: 3163.1, c: null, markers: ['break-even', 'reader'] },
		];
		expect(curveToCsv(points)).toBe(
			'monthly_calls,option_a_usd_per_month,option_b_usd_per_month,marker\n' +
				'100,0.87,3163.1,\n' +
				'363506.6,3162.507,3163.1,break-even;reader\n',
		);
	});

	it('leaves a cell empty where an option lacks a figure at some points but not all', () => {
		const points: CurvePoint[] = [
			{ volume: 1, a: null, b: 2, c: 3, markers: [] },
			{ volume: 10, a: 4, b: 5, c: 6, markers: [] },
		];
		expect(curveToCsv(points).split('\n')[1]).toBe('1,,2,3,');
	});
});
