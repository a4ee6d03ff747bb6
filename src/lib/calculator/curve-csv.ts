/** The cost curve as CSV, for "Download CSV" (loaded only when a reader downloads it, with the proposal text). */
import type { CurvePoint } from './cost-curve';

/** CSV of a curve for download: one row per point, full precision, markers joined by ";". */
export function curveToCsv(points: readonly CurvePoint[]): string {
	const columns = (['a', 'b', 'c'] as const).filter((id) => points.some((point) => point[id] !== null));
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
