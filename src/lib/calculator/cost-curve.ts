/** The chart's curve: each option's monthly total at log-spaced volumes, and its CSV download. */
import { breakEvenVolume } from './break-even';
import type { CostModelInputs, SharedModelInputs } from './model-types';
import { fineTunedMonthlyCost, promptedMonthlyCost } from './monthly';

/** Why a point is on the curve besides the log grid. */
export type CurveMarker = 'break-even' | 'reader';

/** One point of the chart: the monthly total of each option at a volume. */
export interface CurvePoint {
	/** Calls per month. */
	volume: number;
	/** Option A's monthly total, $. */
	a: number;
	/** Option B's monthly total, $; null when B lacks a figure. */
	b: number | null;
	/** Option C's monthly total, $; null when left out. */
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

/**
 * Monthly totals at log-spaced volumes from 1e2 to 1e9 (8 a decade by default), plus the exact break-even and
 * reader's volumes when they fall inside the range, in ascending order. Without B (`model.b` absent, when one of
 * its figures is missing) the curve has A and C only and no break-even point.
 */
export function costCurve(
	model: SharedModelInputs & { b?: CostModelInputs['b'] },
	options: CurveOptions = {},
): CurvePoint[] {
	const from = options.from ?? 1e2;
	const to = options.to ?? 1e9;
	const full: CostModelInputs | null = model.b === undefined ? null : { ...model, b: model.b };
	const decades = Math.log10(to / from);
	const steps = Math.round(decades * (options.pointsPerDecade ?? 8));
	const volumes = new Map<number, CurveMarker[]>();
	for (let i = 0; i <= steps; i++) volumes.set(from * 10 ** ((i / steps) * decades), []);
	const addMarker = (volume: number | null, marker: CurveMarker): void => {
		if (volume === null || volume < from || volume > to) return;
		volumes.set(volume, [...(volumes.get(volume) ?? []), marker]);
	};
	if (full !== null) addMarker(breakEvenVolume(full, full.a), 'break-even');
	addMarker(model.monthlyVolume, 'reader');
	return [...volumes]
		.sort(([x], [y]) => x - y)
		.map(([volume, markers]) => ({
			volume,
			a: promptedMonthlyCost(model, model.a, volume),
			b: full === null ? null : fineTunedMonthlyCost(full, volume),
			c: model.c === null ? null : promptedMonthlyCost(model, model.c, volume),
			markers,
		}));
}

/** CSV of a curve for download: one row per point, full precision, markers joined by ";". */
export function curveToCsv(points: readonly CurvePoint[]): string {
	const columns: ('a' | 'b' | 'c')[] = ['a'];
	if (points.some((point) => point.b !== null)) columns.push('b');
	if (points.some((point) => point.c !== null)) columns.push('c');
	const header = ['monthly_calls', ...columns.map((id) => `option_${id}_usd_per_month`), 'marker'];
	const rows = points.map((point) =>
		[
			String(point.volume),
			...columns.map((id) => (point[id] === null ? '' : String(point[id]))),
			point.markers.join(';'),
		].join(','),
	);
	return [header.join(','), ...rows].join('\n') + '\n';
}
