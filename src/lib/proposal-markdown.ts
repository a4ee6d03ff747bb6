/** "Copy for proposal": the calculator's inputs, results, risks and sources as one Markdown document. */
import type { Calculation } from './calculator/calculation';
import type { CalculatorInputs } from './calculator/fields';
import type { Swing } from './calculator/sensitivity';
import type { PriceSource } from './calculator/snapshots';
import {
	breakEvenText,
	budgetHeading,
	missingSentence,
	OPTION_COLUMNS,
	optionCells,
	printedInputs,
	swingCells,
} from './calculator/view';
import { formatDays, formatMoney, formatNumber, formatVolume, type MoneyOptions } from './format';

/** What goes into the proposal text. */
export interface ProposalInput {
	/** The inputs the results were computed from. */
	inputs: CalculatorInputs;
	/** The calculator's figures for them. */
	calculation: Calculation;
	/** The inputs that move the savings most (see sensitivity.ts); null when B lacks a figure. */
	swings: readonly Swing[] | null;
	/** Names of the options, e.g. { a: 'GPT-6 Sol', b: 'Qwen3.5 9B + LoRA', c: 'GPT-6 Luna' }. */
	labels: { a: string; b: string; c: string | null };
	/** Sources of the prices and benchmark figures used. */
	sources: readonly PriceSource[];
	/** Link that reopens the calculator with these inputs and this snapshot's prices. */
	permalink: string;
	/** Day the text was produced, YYYY-MM-DD. */
	generatedOn: string;
	/** Date of the price snapshot the figures use. */
	snapshotId: string;
	/** Preset the inputs started from. */
	presetName: string;
}

/** Escape text for a Markdown table cell: pipes split cells and newlines end rows. */
export function escapeTableCell(text: string): string {
	return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

function escapeLinkText(text: string): string {
	return text.replaceAll('\\', '\\\\').replaceAll('[', '\\[').replaceAll(']', '\\]');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]): string => `| ${cells.map(escapeTableCell).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function summaryLines(proposal: ProposalInput, money: MoneyOptions): string[] {
	const { calculation, inputs } = proposal;
	const results = calculation.results;
	if (results === null) return [`- ${missingSentence(calculation)}`];
	const versus = (other: string, volume: number | null): string =>
		volume === null
			? `B never costs less than ${other} at these prices.`
			: `B costs no more than ${other} ${breakEvenText(volume)}.`;
	const lines = [`- **Break-even:** ${versus('A', results.breakEvenVolume)}`];
	if (results.c !== null) lines.push(`- **Against C:** ${versus('C', results.breakEvenVolumeVsC)}`);
	const saving = results.monthlySavings >= 0 ? 'saves' : 'costs an extra';
	lines.push(
		`- **At your volume:** B ${saving} ${formatMoney(Math.abs(results.monthlySavings), money)} a month ` +
			`(${formatMoney(Math.abs(results.yearlySavings), money)} a year) compared with A.`,
	);
	const spread =
		inputs.retrainEveryMonths > 0 ? 'the retraining interval' : 'the evaluation horizon (trained once)';
	lines.push(
		`- **Training:** ${formatMoney(results.trainingCost, money)} per run, spread over ${results.trainingSpreadMonths} months (${spread}); ` +
			`one run is paid back in ${formatDays(results.paybackDays)}.`,
	);
	const gpu = results.b.gpu;
	if (gpu !== null)
		lines.push(
			`- **GPUs:** B needs ${formatVolume(gpu.peakGpus)} GPU(s) at the peak and is billed ${formatVolume(gpu.billedHours)} GPU-hours a month.`,
		);
	return lines;
}

function riskLines(swings: readonly Swing[] | null, money: MoneyOptions): string[] {
	if (swings === null || swings.length === 0) return ['None: B lacks a figure.'];
	return [
		table(
			['Input', 'At −50 %', 'At +50 %'],
			swings.map((swing) => swingCells(swing, money)),
		),
	];
}

/** The proposal text: results, break-even and payback, the inputs that matter, inputs, sources, permalink. */
export function proposalMarkdown(proposal: ProposalInput): string {
	const { inputs, calculation, labels } = proposal;
	const money: MoneyOptions = { currency: inputs.currency, unitsPerUsd: inputs.usdRate };
	const rate =
		inputs.currency === 'USD'
			? ''
			: ` Amounts in ${inputs.currency} at ${formatNumber(inputs.usdRate, 6)} per US dollar${inputs.rateDate === '' ? '' : ` (rate of ${inputs.rateDate})`}.`;
	const budgetMs = inputs.latencyBudgetMs;
	const rows = [
		[`A: ${labels.a}`, ...optionCells(calculation.a, money, budgetMs)],
		[`B: ${labels.b}`, ...optionCells(calculation.results?.b ?? null, money, budgetMs)],
	];
	if (calculation.c !== null && labels.c !== null)
		rows.push([`C: ${labels.c}`, ...optionCells(calculation.c, money, budgetMs)]);
	const lines = [
		'## Cost estimate: prompting a large model, fine-tuning a small one',
		'',
		`Estimated on ${proposal.generatedOn} for ${formatVolume(inputs.volume)} calls per month, over ${inputs.horizonMonths} months, ` +
			`with prices as read on ${proposal.snapshotId} (preset: ${proposal.presetName}).${rate} List prices: check them before you commit.`,
		'',
		'### Results',
		'',
		table(['Option', ...OPTION_COLUMNS, budgetHeading(budgetMs)], rows),
		'',
		...summaryLines(proposal, money),
		'',
		'### Inputs that matter most (each moved by half, one at a time)',
		'',
		...riskLines(proposal.swings, money),
		'',
		'### Inputs',
		'',
		table(
			['Input', 'Value'],
			printedInputs(inputs).map((row) => [row.label, row.value]),
		),
		'',
		'### Sources',
		'',
		...proposal.sources.map(
			(source) =>
				`- [${escapeLinkText(source.label)}](${source.url}), read ${source.accessed}${source.via === null ? '' : ` via ${source.via}`}`,
		),
		'',
		`Recalculate or change the inputs: <${proposal.permalink}>`,
		'',
	];
	return lines.join('\n');
}
