import { DAYS_PER_MONTH } from './units';

/** Largest monthly call volume the calculator accepts: a trillion calls keeps every total finite and readable. */
export const MAX_VOLUME = 1e12;

/** Longest text read as a field value: anything longer is refused before any pattern runs. */
export const MAX_FIELD_TEXT = 64;

/** Smallest volume the log slider reaches (position 0). */
export const SLIDER_MIN_VOLUME = 1e2;

/** Largest volume the log slider reaches (its last position). */
export const SLIDER_MAX_VOLUME = 1e9;

/** Number of slider steps: positions run from 0 to this value. */
export const SLIDER_POSITIONS = 1000;

const SUFFIXES: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

// Digits with optional thousands separators in groups of three, or plain digits; then decimals and exponent.
// An optional period after the number: "/day", "per day", "a day" (or "/month"); months are the default.
// Runs of spaces are folded to one before matching, so every separator is a single optional space and no two
// quantifiers compete for the same characters: matching takes time linear in the text.
/** The volume syntax, matched against text whose runs of spaces are folded to one (see parseVolume). */
export const VOLUME_PATTERN =
	/^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))? ?(k|m|mn|b|bn)?(?: ?(?:\/|per |a ) ?(day|d|month|mo))?$/i;

/**
 * Read a monthly volume such as `250000`, `250,000`, `2.5e5`, `250k`, `1.5M`, `2bn` or `50k/day` (a daily figure
 * becomes whole calls per month); null for anything else, a negative volume, or more than 1e12 calls.
 * The field's message is the field table's (fields.ts), which names the range without echoing the text.
 */
export function parseVolume(text: string): number | null {
	const match = text.length > MAX_FIELD_TEXT ? null : VOLUME_PATTERN.exec(text.trim().replace(/\s+/g, ' '));
	if (match === null) return null;
	const [, sign = '', digits = '', exponent, suffix = '', period = ''] = match;
	const amount =
		Number(`${digits.replaceAll(',', '')}${exponent === undefined ? '' : `e${exponent}`}`) *
		(SUFFIXES[suffix.toLowerCase()] ?? 1);
	const value = /^d/i.test(period) ? Math.round(perDayToPerMonth(amount)) : amount;
	if (sign === '-' && value !== 0) return null;
	return Number.isFinite(value) && value <= MAX_VOLUME ? value : null;
}

/** Convert calls per day into calls per month (× 365 ÷ 12 = 30.41666…). */
export function perDayToPerMonth(perDay: number): number {
	return perDay * DAYS_PER_MONTH;
}

/** Convert calls per month into calls per day (÷ 30.41666…). */
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
