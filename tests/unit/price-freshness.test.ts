import { describe, expect, it } from 'vitest';
import { staleFigureWarnings, STALE_AFTER_DAYS } from '../../src/lib/calculator/price-freshness';

describe('staleFigureWarnings', () => {
	const figures = [
		{ name: 'fresh', accessed: '2026-11-27' },
		// Exactly 180 days before 2026-11-27: still fresh.
		{ name: 'edge', accessed: '2026-05-31' },
		// 181 days before: stale.
		{ name: 'old', accessed: '2026-05-30' },
	];

	it('warns once per figure older than 180 days, naming it and its date', () => {
		expect(STALE_AFTER_DAYS).toBe(180);
		expect(staleFigureWarnings(figures, '2026-11-27')).toEqual([
			'old was read on 2026-05-30, over 180 days ago: recheck it',
		]);
	});

	it('takes another limit', () => {
		expect(staleFigureWarnings(figures, '2026-11-27', 0)).toHaveLength(2);
	});
});
