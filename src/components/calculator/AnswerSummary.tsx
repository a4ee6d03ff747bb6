/**
 * The answer beside the form (above it on a phone, where it stays in view): each option's monthly cost, B's
 * savings and break-even; beside them the same inputs at today's prices when the link reads an older snapshot.
 */
import type { Calculation } from '../../lib/calculator/calculation';
import { answerSentence, breakEvenText, NO_FIGURE, type OptionLabels } from '../../lib/calculator/view';
import { formatCompactVolume, formatMoney, type MoneyOptions } from '../../lib/format';
import type { CalculatorState } from './use-calculator';

interface Row {
	label: string;
	value: (calculation: Calculation) => string;
}

function rows(labels: OptionLabels, money: MoneyOptions): Row[] {
	const perMonth = (usd: number | undefined): string =>
		usd === undefined ? NO_FIGURE : formatMoney(usd, money);
	const list: Row[] = [
		{ label: `A: ${labels.a}`, value: (calc) => perMonth(calc.a.monthlyCost) },
		{ label: `B: ${labels.b}`, value: (calc) => perMonth(calc.results?.b.monthlyCost) },
	];
	if (labels.c !== null)
		list.push({ label: `C: ${labels.c}`, value: (calc) => perMonth(calc.c?.monthlyCost) });
	list.push(
		{
			label: 'B saves against A',
			value: (calc) =>
				calc.results === null ? '–' : `${formatMoney(calc.results.monthlySavings, money)} a month`,
		},
		{
			label: 'B breaks even',
			value: (calc) => (calc.results === null ? '–' : breakEvenText(calc.results.breakEvenVolume)),
		},
	);
	return list;
}

/** The answer panel. */
export function AnswerSummary({
	state,
	labels,
	money,
}: {
	state: CalculatorState;
	labels: OptionLabels;
	money: MoneyOptions;
}) {
	const { calculation, today, link, inputs } = state;
	return (
		<aside class="calculator-answer" aria-labelledby="calc-answer-heading">
			<table class="answer-table">
				<caption id="calc-answer-heading">
					Per month at {formatCompactVolume(inputs.volume)} calls, over {inputs.horizonMonths} months
				</caption>
				<thead>
					<tr>
						<td />
						<th scope="col">Prices of {link.snapshot.id}</th>
						{today === null ? null : <th scope="col">Today ({today.snapshot.id})</th>}
					</tr>
				</thead>
				<tbody>
					{rows(labels, money).map((row) => (
						<tr key={row.label}>
							<th scope="row">{row.label}</th>
							<td data-answer>{row.value(calculation)}</td>
							{today === null ? null : <td>{row.value(today.calculation)}</td>}
						</tr>
					))}
				</tbody>
			</table>
			{today === null ? null : (
				<p class="notice" role="status">
					This link reads prices as read on {link.snapshot.id}; newer prices exist.{' '}
					<a href={`?${today.query}`}>Open these inputs at today’s prices</a>
				</p>
			)}
			<p class="answer-sentence" aria-live="polite">
				{answerSentence(calculation, labels, money)}
			</p>
			<p class="hint answer-status">
				{state.mounted ? 'Updates as you type.' : 'Default inputs: the live calculator needs JavaScript.'}
			</p>
		</aside>
	);
}
