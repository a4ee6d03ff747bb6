/**
 * Display formatting. Every formatter uses the 'en-US' locale so that pages, tests and copied text read the
 * same everywhere; this is the only place where numbers are rounded.
 */

/** Currency to show money in, with the reader's exchange rate. */
export interface MoneyOptions {
	/**
	 * ISO 4217 code.
	 * @default 'USD'
	 */
	currency?: string;
	/**
	 * Units of `currency` one US dollar buys (for example 0.92 for EUR); ignored for USD.
	 * @default 1
	 */
	unitsPerUsd?: number;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

const formatters = new Map<string, Intl.NumberFormat>();

// Building an Intl.NumberFormat costs far more than using one, and the calculator formats dozens of figures on
// every keystroke: keep one per distinct set of options.
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = JSON.stringify(options);
	let formatter = formatters.get(key);
	if (formatter === undefined) {
		formatter = new Intl.NumberFormat('en-US', options);
		formatters.set(key, formatter);
	}
	return formatter;
}

/** Whether a string is a well-formed ISO 4217 code (three capital letters), which Intl can always format. */
export function isCurrencyCode(code: string): boolean {
	return CURRENCY_CODE.test(code);
}

/** Convert a US dollar amount into the display currency. */
export function convertFromUsd(usd: number, options: MoneyOptions = {}): number {
	const currency = options.currency ?? 'USD';
	return currency === 'USD' ? usd : usd * (options.unitsPerUsd ?? 1);
}

/**
 * Money in the reader's currency. Amounts of one unit or more get the currency's usual decimals ($8,700.00);
 * smaller ones keep three significant digits so per-call prices stay visible ($0.000412, $0.50).
 */
export function formatMoney(usd: number, options: MoneyOptions = {}): string {
	const currency = options.currency ?? 'USD';
	if (!CURRENCY_CODE.test(currency)) throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
	const amount = convertFromUsd(usd, options);
	const magnitude = Math.abs(amount);
	if (magnitude === 0 || magnitude >= 1 || !Number.isFinite(magnitude)) {
		return numberFormat({ style: 'currency', currency }).format(amount);
	}
	const decimals = Math.min(20, Math.max(2, 2 - Math.floor(Math.log10(magnitude))));
	return numberFormat({
		style: 'currency',
		currency,
		minimumFractionDigits: 2,
		maximumFractionDigits: decimals,
	}).format(amount);
}

/** A volume with thousands separators, no decimals: 250,000. */
export function formatVolume(volume: number): string {
	return numberFormat({ maximumFractionDigits: 0 }).format(volume);
}

/** A volume in compact form with two significant digits from a thousand up: 2.0M, 250K, 1.0T; 950 below. */
export function formatCompactVolume(volume: number): string {
	if (Math.abs(volume) < 1000) return formatVolume(volume);
	return numberFormat({
		notation: 'compact',
		minimumSignificantDigits: 2,
		maximumSignificantDigits: 2,
	}).format(volume);
}

/** A duration: milliseconds below a second (8.5 ms, 850 ms), seconds above (1.2 s, 1,234 s). */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms)) return '∞';
	const magnitude = Math.abs(ms);
	if (magnitude < 10) return `${numberFormat({ maximumFractionDigits: 1 }).format(ms)} ms`;
	if (magnitude < 999.5) return `${numberFormat({ maximumFractionDigits: 0 }).format(ms)} ms`;
	const seconds = ms / 1000;
	const digits = Math.abs(seconds) < 99.95 ? 1 : 0;
	return `${numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(seconds)} s`;
}

/** A number of days, whole: "12 days", "1 day", "less than a day"; "never" for null. */
export function formatDays(days: number | null): string {
	if (days === null || !Number.isFinite(days)) return 'never';
	if (days < 1) return 'less than a day';
	const whole = Math.round(days);
	return `${formatVolume(whole)} ${whole === 1 ? 'day' : 'days'}`;
}

/** A token count with separators: 3,100 tokens. */
export function formatTokens(tokens: number): string {
	return `${formatVolume(tokens)} ${tokens === 1 ? 'token' : 'tokens'}`;
}

/** A plain number with up to `maximumFractionDigits` decimals (default 2) and separators. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
	return numberFormat({ maximumFractionDigits }).format(value);
}
