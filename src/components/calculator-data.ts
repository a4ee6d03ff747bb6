import { CALCULATOR_PATH } from '../lib/calculator/link';
import { sensitivity } from '../lib/calculator/sensitivity';
import { modelListSnapshotIds, readSnapshots } from '../lib/calculator/snapshot-files';
import { defaultPresetOf, newestSnapshot } from '../lib/calculator/snapshots';
import { calculatorFigures, type CalculatorFigures } from '../lib/calculator/worked-example';
import type { CostCalculatorProps } from './calculator/CostCalculator';

/** The committed price snapshots, read once per build. */
const snapshots = readSnapshots();

/**
 * Everything the calculator island takes, read at build time: the snapshots, the snapshots that have a model list,
 * and the ranking of today's default state (worked out here, so a first visit does not run it while hydrating).
 * Any page that shows the island passes these.
 */
export function calculatorIslandProps(): CostCalculatorProps {
	return {
		snapshots,
		initialSwings: sensitivity(defaultPresetOf(newestSnapshot(snapshots)).defaults),
		modelLists: modelListSnapshotIds(),
	};
}

/** The figures a calculator link produces with the committed snapshots, as the calculator computes them. */
export function figuresForLink(link: string): CalculatorFigures {
	return calculatorFigures(link, snapshots);
}

/** The link to the calculator's default inputs at today's prices: what the page shows before any change. */
export function todaysDefaultLink(): string {
	const newest = newestSnapshot(snapshots);
	return `${CALCULATOR_PATH}?s=${newest.id}&p=${newest.defaultPreset}`;
}
