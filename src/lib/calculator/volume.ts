/** Largest monthly call volume the calculator accepts: a trillion calls keeps every total finite and readable. */
export const MAX_VOLUME = 1e12;

/**
 * Average days in a month, 365.25 ÷ 12.
 * Per-day figures are converted with the calendar average (leap years included) so that a year of months
 * equals a year of days; GPU billing keeps its own 730-hour month (see `HOURS_PER_MONTH` in cost-model.ts).
 */
export const DAYS_PER_MONTH = 30.4375;

/** Smallest volume the log slider reaches (position 0). */
export const SLIDER_MIN_VOLUME = 1e2;

/** Largest volume the log slider reaches (its last position). */
export const SLIDER_MAX_VOLUME = 1e9;

/** Number of slider steps: positions run from 0 to this value. */
export const SLIDER_POSITIONS = 1000;

/** Outcome of reading a volume typed by the reader. */
export type VolumeParse = { ok: true; volume: number } | { ok: false; message: string };

const SUFFIXES: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

// Digits with optional thousands separators in groups of three, or plain digits; then decimals and exponent.
// An optional period after the number: "/day", "per day", "a day" (or "/month"); months are the default.
const VOLUME_PATTERN =
	/^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*(k|m|mn|b|bn)?(?:\s*(?:\/|per\s|a\s)\s*(day|d|month|mo))?$/i;

/** Read a monthly volume such as `250000`, `250,000`, `2.5e5`, `250k`, `1.5M` or `2bn`. */
export function parseVolume(text: string): VolumeParse {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: false, message: 'Enter a volume, for example 250000, 250k or 1.5M.' };
	const match = VOLUME_PATTERN.exec(trimmed);
	if (!match) {
		return {
			ok: false,
			message: `"${trimmed}" is not a volume: write a number such as 250000, 250k or 1.5M.`,
		};
	}
	const [, sign = '', digits = '', exponent, suffix = '', period = ''] = match;
	const multiplier = SUFFIXES[suffix.toLowerCase()] ?? 1;
	const amount =
		Number(`${digits.replaceAll(',', '')}${exponent === undefined ? '' : `e${exponent}`}`) * multiplier;
	// A daily figure becomes whole calls per month, the unit every cost is computed in.
	const value = /^d/i.test(period) ? Math.round(perDayToPerMonth(amount)) : amount;
	if (sign === '-' && value !== 0) return { ok: false, message: 'A volume cannot be negative.' };
	if (!Number.isFinite(value) || value > MAX_VOLUME) {
		return {
			ok: false,
			message: 'That volume is too large: the calculator accepts at most 1,000,000,000,000 calls per month.',
		};
	}
	return { ok: true, volume: value };
}

/** Convert calls per day into calls per month (× 30.4375). */
export function perDayToPerMonth(perDay: number): number {
	return perDay * DAYS_PER_MONTH;
}

/** Convert calls per month into calls per day (÷ 30.4375). */
export function perMonthToPerDay(perMonth: number): number {
	return perMonth / DAYS_PER_MONTH;
}

const SLIDER_DECADES = Math.log10(SLIDER_MAX_VOLUME / SLIDER_MIN_VOLUME);

/**
 * Volume at a log-slider position (0 … 1000 ↦ 1e2 … 1e9), rounded to three significant digits.
 * One step is about 1.6 %, so three significant digits lose nothing the slider could show and keep URLs short.
 */
export function sliderPositionToVolume(position: number): number {
	const clamped = Math.min(SLIDER_POSITIONS, Math.max(0, position));
	const exact = SLIDER_MIN_VOLUME * 10 ** ((SLIDER_DECADES * clamped) / SLIDER_POSITIONS);
	return Number(exact.toPrecision(3));
}

/** Nearest log-slider position for a volume, clamped to the slider's ends. */
export function volumeToSliderPosition(volume: number): number {
	if (!(volume > SLIDER_MIN_VOLUME)) return 0;
	if (volume >= SLIDER_MAX_VOLUME) return SLIDER_POSITIONS;
	return Math.round((Math.log10(volume / SLIDER_MIN_VOLUME) / SLIDER_DECADES) * SLIDER_POSITIONS);
}
