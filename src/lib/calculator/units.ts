/**
 * The calculator's units. One month everywhere: a twelfth of a 365-day year, which is the 730-hour month GPU
 * clouds bill by, so GPU hours, per-day volumes and payback days all count the same month.
 */

/** Days in a year: a billing year has no leap day. */
export const DAYS_PER_YEAR = 365;

/** Months in a year, for yearly totals. */
export const MONTHS_PER_YEAR = 12;

/** Hours in a day. */
export const HOURS_PER_DAY = 24;

/** Hours in a billing month: 365 × 24 ÷ 12 = 730. */
export const HOURS_PER_MONTH = (DAYS_PER_YEAR * HOURS_PER_DAY) / MONTHS_PER_YEAR;

/** Days in a billing month: 730 ÷ 24 = 30.41666… (= 365 ÷ 12). */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / HOURS_PER_DAY;

/** Seconds in a billing month: 730 × 3,600 = 2,628,000. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Tokens in the "per 1M tokens" unit that every price here is quoted in. */
export const TOKENS_PER_PRICE_UNIT = 1_000_000;
