/** Which dated figures are old enough to re-read, worded as build warnings. */
import { stalePrices, type Dated } from './price-schema';

/** Days after which a price is worth re-reading on its source page. */
export const STALE_AFTER_DAYS = 180;

/** A dated figure with a name a maintainer can find it by. */
export interface NamedFigure extends Dated {
	/** e.g. 'content/prices/prices.yaml "fireworks-a100-80gb"'. */
	name: string;
}

/** One warning per figure read more than `maxAgeDays` before `today` (YYYY-MM-DD). */
export function staleFigureWarnings(
	figures: readonly NamedFigure[],
	today: string,
	maxAgeDays = STALE_AFTER_DAYS,
): string[] {
	return stalePrices(figures, today, maxAgeDays).map(
		(figure) => `${figure.name} was read on ${figure.accessed}, over ${maxAgeDays} days ago: recheck it`,
	);
}
