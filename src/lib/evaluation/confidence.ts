/**
 * Confidence intervals for a pass rate measured on a fixed test set, and the table the guide's measuring article
 * shows. The Wilson score interval is used because, unlike the textbook p ± z·√(p(1−p)/n), it keeps sensible
 * coverage for small sets and for rates near 0% or 100% (Brown, Cai and DasGupta, 2001).
 */

/** The z value for a two-sided 95% interval, as conventionally rounded (the guide's hand-worked figures use it). */
export const Z_95 = 1.96;

/** A closed interval of proportions, each end between 0 and 1. */
export interface ProportionInterval {
	/** Lower end, 0 … 1. */
	low: number;
	/** Upper end, 0 … 1. */
	high: number;
}

/** One row of a pass-rate interval table: a test-set size, its passes at the stated rate, and the interval. */
export interface PassRateRow {
	/** Items in the test set. */
	total: number;
	/** Items that passed. */
	passes: number;
	/** The Wilson interval for the pass rate. */
	interval: ProportionInterval;
}

function assertCounts(passes: number, total: number): void {
	if (!Number.isInteger(total) || total < 1)
		throw new RangeError(`test-set size must be a whole number ≥ 1, got ${total}`);
	if (!Number.isInteger(passes) || passes < 0 || passes > total) {
		throw new RangeError(`passes must be a whole number from 0 to ${total}, got ${passes}`);
	}
}

/**
 * Wilson score interval for `passes` out of `total`:
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) ÷ (1 + z²/n), clamped to [0, 1] against rounding.
 */
export function wilsonInterval(passes: number, total: number, z: number = Z_95): ProportionInterval {
	assertCounts(passes, total);
	const p = passes / total;
	const z2 = z * z;
	const denominator = 1 + z2 / total;
	const centre = (p + z2 / (2 * total)) / denominator;
	const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
	return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}

/**
 * Interval rows for one pass rate at several test-set sizes. The rate times each size must be a whole number of
 * passes (0.8 at 50 items is 40), so that every row describes a result someone could actually observe.
 */
export function passRateRows(rate: number, sizes: readonly number[]): PassRateRow[] {
	if (!(rate >= 0 && rate <= 1)) throw new RangeError(`the pass rate must be between 0 and 1, got ${rate}`);
	return sizes.map((total) => {
		const passes = Math.round(rate * total);
		if (Math.abs(passes - rate * total) > 1e-9) {
			throw new RangeError(`a rate of ${rate} on ${total} items is not a whole number of passes`);
		}
		return { total, passes, interval: wilsonInterval(passes, total) };
	});
}

/**
 * Read a table's rate and sizes from the strings an MDX component receives (`rate="0.8" sizes="50,100"`),
 * throwing a message that names the bad value so the build fails instead of printing a wrong table.
 */
export function parsePassRateTable(rate: string, sizes: string): PassRateRow[] {
	const parsedRate = Number(rate);
	if (rate.trim() === '' || !Number.isFinite(parsedRate))
		throw new RangeError(`rate "${rate}" is not a number`);
	const parsedSizes = sizes.split(',').map((size) => Number(size.trim()));
	if (sizes.trim() === '' || parsedSizes.some((size) => !Number.isInteger(size))) {
		throw new RangeError(`sizes "${sizes}" must be whole numbers separated by commas`);
	}
	return passRateRows(parsedRate, parsedSizes);
}

/** A proportion as a percentage with one decimal: 0.71117 → "71.1%". */
export function formatPercent(proportion: number): string {
	return `${(proportion * 100).toFixed(1)}%`;
}

/** Width of an interval in percentage points with one decimal: 0.15547 → "15.5 points". */
export function formatWidth(interval: ProportionInterval): string {
	return `${((interval.high - interval.low) * 100).toFixed(1)} points`;
}

/** The table's cells as display strings, in column order: items, passed, 95% interval, width. */
export function passRateCells(row: PassRateRow): [string, string, string, string] {
	return [
		String(row.total),
		String(row.passes),
		`${formatPercent(row.interval.low)} to ${formatPercent(row.interval.high)}`,
		formatWidth(row.interval),
	];
}

/** Column headings of the pass-rate table, shared by the page and its Markdown copy. */
export const PASS_RATE_HEADINGS = ['Items in the set', 'Passed', '95% interval (Wilson)', 'Width'] as const;

/** The table as Markdown, with its caption in bold above it, for the plain-Markdown copy of the page. */
export function passRateMarkdown(rows: readonly PassRateRow[], caption: string): string {
	const lines = [
		`| ${PASS_RATE_HEADINGS.join(' | ')} |`,
		`| ${PASS_RATE_HEADINGS.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${passRateCells(row).join(' | ')} |`),
	];
	return `**${caption}**\n\n${lines.join('\n')}`;
}
