/** "Copy for proposal": the calculator's inputs, results and sources as one Markdown document. */
import type { CostResults, OptionResult } from './calculator/cost-model';
import { FIELD_SPECS, type CalculatorInputs, type FieldSpec } from './calculator/fields';
import {
	formatDays,
	formatDuration,
	formatMoney,
	formatNumber,
	formatVolume,
	type MoneyOptions,
} from './format';
import type { PriceSource } from './calculator/price-schema';

/** What goes into the proposal text. */
export interface ProposalInput {
	/** The inputs the results were computed from. */
	inputs: CalculatorInputs;
	/** The results. */
	results: CostResults;
	/** Names of the options, e.g. { a: 'GPT-6 Sol', b: 'Llama 3.1 8B + LoRA', c: 'GPT-6 Luna' }. */
	labels: { a: string; b: string; c: string | null };
	/** Sources of the prices and benchmark figures used. */
	sources: readonly PriceSource[];
	/** Link that reopens the calculator with these inputs. */
	permalink: string;
	/** Day the text was produced, YYYY-MM-DD. */
	generatedOn: string;
	/** Preset the inputs started from, if any. */
	presetName?: string;
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

function inputValue(spec: FieldSpec, inputs: CalculatorInputs): string {
	const value = inputs[spec.field];
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'string') return value;
	if (spec.kind === 'volume') return formatVolume(value);
	return formatNumber(value, 6);
}

function isRelevant(spec: FieldSpec, inputs: CalculatorInputs): boolean {
	const field = spec.field;
	if (!inputs.includeC && field.startsWith('c') && field !== 'currency') return false;
	if (field === 'usdRate') return inputs.currency !== 'USD';
	const dedicatedOnly = ['gpuHourPrice', 'gpuThroughput', 'peakToAverage', 'alwaysOn'];
	if (dedicatedOnly.includes(field)) return inputs.bServing === 'dedicated';
	if (field === 'bInputPrice' || field === 'bOutputPrice') return inputs.bServing === 'per-token';
	return true;
}

function optionRows(label: string, result: OptionResult, money: MoneyOptions, hasBudget: boolean): string[] {
	const perCall = result.averageCostPerCall === null ? '–' : formatMoney(result.averageCostPerCall, money);
	const fits = !hasBudget ? '–' : result.meetsLatencyBudget ? 'yes' : 'no';
	return [
		label,
		formatMoney(result.costPerCall, money),
		perCall,
		formatMoney(result.monthlyCost, money),
		formatMoney(result.yearlyCost, money),
		formatDuration(result.latencyMs),
		fits,
	];
}

function breakEvenSentence(volume: number | null, against: string, fineTuned: string): string {
	if (volume === null) return `${fineTuned} never becomes cheaper than ${against} per month at these prices.`;
	if (volume === 0) return `${fineTuned} costs no more than ${against} at any volume.`;
	return `${fineTuned} becomes cheaper than ${against} from ${formatVolume(volume)} calls per month.`;
}

/** The proposal text: inputs and results tables, break-even and payback, sources with dates, permalink. */
export function proposalMarkdown(proposal: ProposalInput): string {
	const { inputs, results, labels } = proposal;
	const money: MoneyOptions = { currency: inputs.currency, unitsPerUsd: inputs.usdRate };
	const hasBudget = inputs.latencyBudgetMs > 0;
	const lines: string[] = [];
	lines.push('## Cost estimate: prompting a large model, fine-tuning a small one');
	lines.push('');
	const preset = proposal.presetName === undefined ? '' : ` Starting point: ${proposal.presetName}.`;
	lines.push(
		`Estimated on ${proposal.generatedOn} for ${formatVolume(results.monthlyVolume)} calls per month.${preset} ` +
			'Prices are list prices; check them before you commit.',
	);
	lines.push('');
	lines.push('### Results');
	lines.push('');
	const resultRows = [
		optionRows(`A: ${labels.a}`, results.a, money, hasBudget),
		optionRows(`B: ${labels.b}`, results.b, money, hasBudget),
	];
	if (results.c !== null && labels.c !== null)
		resultRows.push(optionRows(`C: ${labels.c}`, results.c, money, hasBudget));
	const budget = hasBudget ? `Within ${formatDuration(inputs.latencyBudgetMs)}` : 'Within budget';
	lines.push(
		table(
			['Option', 'Cost per call', 'Average per call', 'Per month', 'Per year', 'Latency', budget],
			resultRows,
		),
	);
	lines.push('');
	if (results.b.gpuCount !== null) {
		lines.push(
			`B runs on ${formatVolume(results.b.gpuCount)} dedicated GPU(s) at this volume; its GPUs are a monthly cost, not a per-call one.`,
		);
		lines.push('');
	}
	lines.push(`- **Break-even:** ${breakEvenSentence(results.breakEvenVolume, 'A', 'B')}`);
	if (results.c !== null && labels.c !== null) {
		lines.push(`- **Against C:** ${breakEvenSentence(results.breakEvenVolumeVsC, 'C', 'B')}`);
	}
	const saving = results.monthlySavings >= 0 ? 'saves' : 'costs an extra';
	lines.push(
		`- **At your volume:** B ${saving} ${formatMoney(Math.abs(results.monthlySavings), money)} a month ` +
			`(${formatMoney(Math.abs(results.yearlySavings), money)} a year) compared with A.`,
	);
	lines.push(
		`- **Training:** ${formatMoney(results.trainingCost, money)} per run; ` +
			`paid back in ${formatDays(results.paybackDays)}.`,
	);
	lines.push('');
	lines.push('### Inputs');
	lines.push('');
	const inputRows = FIELD_SPECS.filter((spec) => isRelevant(spec, inputs)).map((spec) => [
		spec.label,
		inputValue(spec, inputs),
		'unit' in spec ? spec.unit : '',
	]);
	lines.push(table(['Input', 'Value', 'Unit'], inputRows));
	lines.push('');
	lines.push('### Sources');
	lines.push('');
	if (proposal.sources.length === 0) lines.push('- All prices were entered by hand.');
	for (const source of proposal.sources) {
		lines.push(`- [${escapeLinkText(source.label)}](${source.url}), read ${source.accessed}`);
	}
	lines.push('');
	lines.push(`Recalculate or change the inputs: <${proposal.permalink}>`);
	lines.push('');
	return lines.join('\n');
}
