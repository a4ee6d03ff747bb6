/** The cost and latency calculator island: the form with its answer beside it, then results, chart and exports. */
import { useMemo } from 'preact/hooks';
import type { Swing } from '../../lib/calculator/sensitivity';
import type { Snapshot } from '../../lib/calculator/snapshots';
import { chartSeries, type OptionLabels } from '../../lib/calculator/view';
import type { MoneyOptions } from '../../lib/format';
import { AnswerSummary } from './AnswerSummary';
import { CalculatorExports } from './CalculatorExports';
import { CalculatorForm } from './CalculatorForm';
import { CostChart } from './CostChart';
import { ResultsTable } from './ResultsTable';
import { SensitivityTable } from './SensitivityTable';
import { useCalculator } from './use-calculator';

/** Props, all plain data read at build time. */
export interface CostCalculatorProps {
	/** Every published price snapshot, oldest first. */
	snapshots: Snapshot[];
	/** Which inputs matter for the newest snapshot's default state, worked out at build time. */
	initialSwings: Swing[] | null;
	/** Ids of the snapshots that have a model list, served at `modelListPath(id)`. */
	modelLists: string[];
}

/** The calculator island. */
export default function CostCalculator({ snapshots, initialSwings, modelLists }: CostCalculatorProps) {
	const state = useCalculator(snapshots, initialSwings, modelLists);
	const { inputs, preset, calculation } = state;
	const labels: OptionLabels = { ...preset.labels, c: inputs.includeC ? preset.labels.c : null };
	const money: MoneyOptions = { currency: inputs.currency, unitsPerUsd: inputs.usdRate };
	const series = useMemo(
		() => chartSeries(calculation.curve, labels, money),
		[calculation, labels.a, labels.b, labels.c, money.currency, money.unitsPerUsd],
	);
	return (
		// data-query: the inputs on screen as a link's query, for the embed's link back and the Embed offer, which
		// must not wait for the URL, rewritten only after a pause in typing.
		<div class="calculator" data-query={state.mounted ? state.query : undefined}>
			<div class="calculator-workspace">
				<AnswerSummary state={state} labels={labels} money={money} />
				<CalculatorForm state={state} />
			</div>
			<section class="calculator-results" aria-labelledby="calc-results-heading">
				<h2 id="calc-results-heading">Results</h2>
				<ResultsTable state={state} labels={labels} money={money} />
				<CostChart series={series} currency={inputs.currency} volume={inputs.volume} />
				<SensitivityTable swings={state.swings} money={money} />
				<CalculatorExports state={state} labels={labels} />
			</section>
		</div>
	);
}
