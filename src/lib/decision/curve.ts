/** A point in SVG user units. */
export interface Point {
	x: number;
	y: number;
}

/** A path as the layout builds it: straight lines and cubic Bézier segments, each from the previous end. */
export type PathStep = { line: Point } | { cubic: [Point, Point, Point] };

/** Magic number of a cubic Bézier quarter circle: control points sit this fraction of the radius along the tangents. */
const KAPPA = 0.5523;

/** Turn a list of steps from `start` into a chain of cubic segments, straight lines included as cubics. */
export function toCubicChain(start: Point, steps: readonly PathStep[]): Point[] {
	const chain: Point[] = [start];
	let current = start;
	for (const step of steps) {
		if ('line' in step) {
			const end = step.line;
			const third = (t: number) => ({
				x: current.x + (end.x - current.x) * t,
				y: current.y + (end.y - current.y) * t,
			});
			chain.push(third(1 / 3), third(2 / 3), end);
			current = end;
		} else {
			chain.push(...step.cubic);
			current = step.cubic[2];
		}
	}
	return chain;
}

/**
 * The bend from going straight down at `from` to going across, a quarter circle of radius `radius` ending at
 * `to`. `down` false gives the other bend: from across to down, ending at `to`.
 */
export function quarterBend(from: Point, to: Point, down: boolean): PathStep {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	// Down then across: the first tangent is vertical, the second horizontal; across then down, the other way.
	const c1 = down ? { x: from.x, y: from.y + dy * KAPPA } : { x: from.x + dx * KAPPA, y: from.y };
	const c2 = down ? { x: to.x - dx * KAPPA, y: to.y } : { x: to.x, y: to.y - dy * KAPPA };
	return { cubic: [c1, c2, to] };
}

const format = (value: number) => String(Math.round(value * 100) / 100);

/** SVG path data of a cubic chain; straight segments are written as lines, so the markup stays short. */
export function curvePathData(chain: readonly Point[]): string {
	const [start] = chain;
	if (!start) return '';
	const parts = [`M${format(start.x)} ${format(start.y)}`];
	for (let index = 1; index + 2 < chain.length; index += 3) {
		const [from, c1, c2, to] = [
			chain[index - 1],
			chain[index],
			chain[index + 1],
			chain[index + 2],
		] as Point[];
		if (isStraight(from as Point, c1 as Point, c2 as Point, to as Point)) {
			parts.push(`L${format((to as Point).x)} ${format((to as Point).y)}`);
		} else {
			parts.push(
				`C${[c1, c2, to].map((point) => `${format((point as Point).x)} ${format((point as Point).y)}`).join(' ')}`,
			);
		}
	}
	return parts.join('');
}

function isStraight(from: Point, c1: Point, c2: Point, to: Point): boolean {
	const along = (point: Point) =>
		Math.abs((to.x - from.x) * (point.y - from.y) - (to.y - from.y) * (point.x - from.x)) < 1e-6;
	return along(c1) && along(c2);
}

/** Points along a cubic chain, at most `step` apart along each segment's parameter, ends included. */
export function sampleCurve(chain: readonly Point[], step: number): Point[] {
	const samples: Point[] = [];
	for (let index = 1; index + 2 < chain.length; index += 3) {
		const p0 = chain[index - 1] as Point;
		const p1 = chain[index] as Point;
		const p2 = chain[index + 1] as Point;
		const p3 = chain[index + 2] as Point;
		// The control polygon is never shorter than the curve, so its length bounds the spacing of the samples.
		const hull =
			Math.hypot(p1.x - p0.x, p1.y - p0.y) +
			Math.hypot(p2.x - p1.x, p2.y - p1.y) +
			Math.hypot(p3.x - p2.x, p3.y - p2.y);
		const count = Math.max(1, Math.ceil(hull / step));
		for (let i = index === 1 ? 0 : 1; i <= count; i++) {
			const t = i / count;
			const u = 1 - t;
			const a = u * u * u;
			const b = 3 * u * u * t;
			const c = 3 * u * t * t;
			const d = t * t * t;
			samples.push({
				x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
				y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
			});
		}
	}
	return samples;
}
