/** The results in full: a row per option (rendered without JavaScript too) and the figures behind the answer. */
import type { OptionResult } from '../../lib/calculator/evaluate';
import { budgetHeading, OPTION_COLUMNS, optionCells, type OptionLabels } from '../../lib/calculator/view';
import {
	formatCompactVolume,
	formatDays,
	formatMoney,
	formatVolume,
	type MoneyOptions,
} from '../../lib/format';
import type { CalculatorState } from './use-calculator';

/** The per-option table and the training, payback and GPU figures. */
export function ResultsTable({
	state,
	labels,
	money,
}: {
	state: CalculatorState;
	labels: OptionLabels;
	money: MoneyOptions;
}) {
	const { calculation, inputs } = state;
	const results = calculation.results;
	const rows: [string, OptionResult | null][] = [
		[`A: ${labels.a}`, calculation.a],
		[`B: ${labels.b}`, results?.b ?? null],
	];
	if (calculation.c !== null && labels.c !== null) rows.push([`C: ${labels.c}`, calculation.c]);
	const gpu = results?.b.gpu ?? null;
	return (
		<>
			{/* Focusable so that keyboard users can scroll the table sideways on a narrow screen. */}
			<div class="table-scroll" tabIndex={0} role="region" aria-labelledby="calc-results-caption">
				<table class="results-table">
					<caption id="calc-results-caption">
						Cost and latency at {formatCompactVolume(inputs.volume)} calls a month
					</caption>
					<thead>
						<tr>
							<th scope="col">Option</th>
							{[...OPTION_COLUMNS, budgetHeading(inputs.latencyBudgetMs)].map((heading) => (
								<th scope="col" key={heading}>
									{heading}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{rows.map(([label, result]) => (
							<tr key={label}>
								<th scope="row">{label}</th>
								{optionCells(result, money, inputs.latencyBudgetMs).map((cell, index) => (
									<td key={index}>{cell}</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{results === null ? null : (
				<dl class="results-figures">
					<dt>One training run of B</dt>
					<dd>
						{formatMoney(results.trainingCost, money)}, spread over {results.trainingSpreadMonths} months
					</dd>
					<dt>Payback of one training run</dt>
					<dd data-result="payback">{formatDays(results.paybackDays)}</dd>
					{gpu === null ? null : (
						<>
							<dt>B's GPUs</dt>
							<dd data-result="gpus">
								{formatVolume(gpu.peakGpus)} at the peak; {formatVolume(gpu.billedHours)} GPU-hours billed,{' '}
								{formatMoney(gpu.monthlyCost, money)} a month
							</dd>
						</>
					)}
				</dl>
			)}
		</>
	);
}
