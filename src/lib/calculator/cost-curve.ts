/** The chart's curve: each option's monthly total at log-spaced volumes, and its CSV download. */
import { breakEvenVolume } from './break-even';
import type { FineTunedOption, PromptedOption, Workload } from './model-types';
import { fineTunedMonthlyCost, promptedMonthlyCost } from './monthly';

/** Why a point is on the curve besides the log grid. */
export type CurveMarker = 'break-even' | 'reader';

/** One point of the chart: the monthly total of each option at a volume. */
export interface CurvePoint {
	/** Calls per month. */
	volume: number;
	/** Option A's monthly total, $; null when A lacks a figure. */
	a: number | null;
	/** Option B's monthly total, $; null when B lacks a figure. */
	b: number | null;
	/** Option C's monthly total, $; null when left out or lacking a figure. */
	c: number | null;
	/** Special points: the break-even volume (B vs A) and the reader's volume. */
	markers: CurveMarker[];
}

/** Range and density of the chart curve. */
export interface CurveOptions {
	/** Lowest volume, default 1e2. */
	from?: number;
	/** Highest volume, default 1e9. */
	to?: number;
	/** Log-spaced points per decade, default 8. */
	pointsPerDecade?: number;
}

/** The options the curve draws: each null when it lacks a figure (C also when left out). */
export type CurveModel = Workload & {
	a: PromptedOption | null;
	b: FineTunedOption | null;
	c: PromptedOption | null;
};

/**
 * Monthly totals at log-spaced volumes from 1e2 to 1e9 (8 a decade by default), plus the exact break-even and
 * reader's volumes when they fall inside the range, in ascending order. An option that lacks a figure has no
 * line, and the break-even point needs both A and B.
 */
export function costCurve(model: CurveModel, options: CurveOptions = {}): CurvePoint[] {
	const from = options.from ?? 1e2;
	const to = options.to ?? 1e9;
	const { a, b, c } = model;
	const withB = b === null ? null : { ...model, b };
	const decades = Math.log10(to / from);
	const steps = Math.round(decades * (options.pointsPerDecade ?? 8));
	const volumes = new Map<number, CurveMarker[]>();
	for (let i = 0; i <= steps; i++) volumes.set(from * 10 ** ((i / steps) * decades), []);
	const addMarker = (volume: number | null, marker: CurveMarker): void => {
		if (volume === null || volume < from || volume > to) return;
		volumes.set(volume, [...(volumes.get(volume) ?? []), marker]);
	};
	if (a !== null && withB !== null) addMarker(breakEvenVolume({ ...withB, a }, a), 'break-even');
	addMarker(model.monthlyVolume, 'reader');
	return [...volumes]
		.sort(([x], [y]) => x - y)
		.map(([volume, markers]) => ({
			volume,
			a: a === null ? null : promptedMonthlyCost(model, a, volume),
			b: withB === null ? null : fineTunedMonthlyCost(withB, volume),
			c: c === null ? null : promptedMonthlyCost(model, c, volume),
			markers,
		}));
}
