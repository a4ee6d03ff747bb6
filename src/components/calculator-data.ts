import { CALCULATOR_PATH } from '../lib/calculator/link';
import { readSnapshots } from '../lib/calculator/snapshot-files';
import { newestSnapshot } from '../lib/calculator/snapshots';
import { calculatorFigures, type CalculatorFigures } from '../lib/calculator/worked-example';

/** The committed price snapshots, read once per build. */
const snapshots = readSnapshots();

/** The figures a calculator link produces with the committed snapshots, as the calculator computes them. */
export function figuresForLink(link: string): CalculatorFigures {
	return calculatorFigures(link, snapshots);
}

/** The link to the calculator's default inputs at today's prices: what the page shows before any change. */
export function todaysDefaultLink(): string {
	const newest = newestSnapshot(snapshots);
	return `${CALCULATOR_PATH}?s=${newest.id}&p=${newest.defaultPreset}`;
}
