/**
 * What the calculator island shows, decided without the DOM: which fields sit in which fieldset, which are
 * relevant to the current inputs, how a value is written into a text field, and the results in sentences.
 */
import type { CostResults, CurvePoint } from './cost-model';
import { FIELD_SPEC_BY_FIELD, type CalculatorInputs, type FieldSpec } from './fields';
import {
	convertFromUsd,
	formatCompactVolume,
	formatDays,
	formatDuration,
	formatMoney,
	type MoneyOptions,
} from '../format';

/** One fieldset of the form: its legend, a short explanation and its fields in order. */
export interface FieldGroup {
	/** Stable id, used for element ids. */
	id: string;
	/** Legend text. */
	legend: string;
	/** One sentence shown under the legend; null for none. */
	hint: string | null;
	/** Fields in display order. */
	fields: readonly (keyof CalculatorInputs)[];
}

const prompted = (prefix: 'a' | 'c'): (keyof CalculatorInputs)[] => [
	`${prefix}InstructionTokens`,
	`${prefix}FewShotTokens`,
	`${prefix}InputPrice`,
	`${prefix}OutputPrice`,
	`${prefix}CachedInputPrice`,
	`${prefix}CacheHitPercent`,
	`${prefix}BatchDiscountPercent`,
	`${prefix}TtftMs`,
	`${prefix}OutputTokensPerSecond`,
	`${prefix}PrefillMsPerK`,
];

/** Settings of the retrieval step, shared by every option that has retrieval switched on. */
const RETRIEVAL_SETTINGS: readonly (keyof CalculatorInputs)[] = [
	'retrievalChunks',
	'retrievalTokensPerChunk',
	'embeddingQueryTokens',
	'embeddingPrice',
	'vectorStoreMonthly',
	'retrievalLatencyMs',
];

/** The form's fieldsets. Volume is drawn by its own slider-and-text control; every other field is listed here. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
	{
		id: 'workload',
		legend: 'Workload',
		hint: null,
		fields: ['userInputTokens', 'outputTokens', 'latencyBudgetMs'],
	},
	{
		id: 'option-a',
		legend: 'Option A: large base model, prompted',
		hint: 'Instructions and few-shot examples travel with every call.',
		fields: prompted('a'),
	},
	{
		id: 'option-b',
		legend: 'Option B: small open-weight model fine-tuned with LoRA',
		hint: 'Served per token by a host, or on GPUs you rent by the hour.',
		fields: [
			'bServing',
			'bPromptTokens',
			'bInputPrice',
			'bOutputPrice',
			'gpuHourPrice',
			'gpuThroughput',
			'peakToAverage',
			'alwaysOn',
			'hostingMonthly',
			'trainingExamples',
			'tokensPerExample',
			'epochs',
			'trainingPrice',
			'preparationCost',
			'retrainEveryMonths',
			'bTtftMs',
			'bOutputTokensPerSecond',
			'bPrefillMsPerK',
		],
	},
	{
		id: 'option-c',
		legend: 'Option C: small base model, prompted',
		hint: 'Worth checking before paying for training: a current small model may already be cheap enough.',
		fields: ['includeC', ...prompted('c')],
	},
	{
		id: 'retrieval',
		legend: 'Retrieval',
		hint: 'Retrieved chunks are added to the input of each option that retrieves.',
		fields: ['ragA', 'ragB', 'ragC', ...RETRIEVAL_SETTINGS],
	},
	{
		id: 'currency',
		legend: 'Currency',
		hint: 'Prices are in US dollars; results can be shown in another currency at a rate you type.',
		fields: ['currency', 'usdRate'],
	},
];

const DEDICATED_ONLY: readonly (keyof CalculatorInputs)[] = [
	'gpuHourPrice',
	'gpuThroughput',
	'peakToAverage',
	'alwaysOn',
];

/** Whether a field matters for the current inputs (e.g. GPU fields only when B runs on dedicated GPUs). */
export function isFieldShown(field: keyof CalculatorInputs, inputs: CalculatorInputs): boolean {
	if (DEDICATED_ONLY.includes(field)) return inputs.bServing === 'dedicated';
	if (field === 'bInputPrice' || field === 'bOutputPrice') return inputs.bServing === 'per-token';
	if (field === 'usdRate') return inputs.currency !== 'USD';
	if (field === 'ragC') return inputs.includeC;
	if (field !== 'includeC' && field.startsWith('c') && field !== 'currency') return inputs.includeC;
	if (RETRIEVAL_SETTINGS.includes(field))
		return inputs.ragA || inputs.ragB || (inputs.includeC && inputs.ragC);
	return true;
}

/** A numeric value as written into its text field: plain digits, no separators, so it reads back the same. */
export function fieldText(value: number): string {
	return String(value);
}

/** A field's label with its unit, as shown and as located by tests: "Output (tokens per call)". */
export function labelWithUnit(spec: FieldSpec): string {
	return 'unit' in spec ? `${spec.label} (${spec.unit})` : spec.label;
}

/** One row of the printed inputs table. */
export interface PrintedInput {
	label: string;
	value: string;
}

/**
 * The inputs that matter for the current state, as label and value, in form order: what a printout
 * shows instead of the form, so a printed result says what it was computed from.
 */
export function printedInputs(inputs: CalculatorInputs): PrintedInput[] {
	const rows: PrintedInput[] = [
		{ label: 'Monthly volume (calls per month)', value: fieldText(inputs.volume) },
	];
	for (const group of FIELD_GROUPS) {
		for (const field of group.fields) {
			const spec = FIELD_SPEC_BY_FIELD.get(field);
			if (spec === undefined || !isFieldShown(field, inputs)) continue;
			const value = inputs[field];
			const text =
				typeof value === 'boolean'
					? value
						? 'yes'
						: 'no'
					: typeof value === 'number'
						? fieldText(value)
						: value;
			rows.push({ label: `${group.legend}: ${labelWithUnit(spec)}`, value: text });
		}
	}
	return rows;
}

/** Names of the three options for sentences and tables. */
export interface OptionLabels {
	a: string;
	b: string;
	c: string | null;
}

/** The results in plain sentences, in the order a reader asks: who wins here, from when, how fast it pays back. */
export function resultSentences(
	results: CostResults,
	labels: OptionLabels,
	money: MoneyOptions,
	latencyBudgetMs: number,
): string[] {
	const volume = formatCompactVolume(results.monthlyVolume);
	const saving = formatMoney(Math.abs(results.monthlySavings), money);
	const sentences: string[] = [];
	if (results.monthlySavings > 0) {
		const payback =
			results.paybackDays === null ? '' : `; it pays back its training in ${formatDays(results.paybackDays)}`;
		sentences.push(
			`At ${volume} calls a month the fine-tuned model (B) saves ${saving} a month against A${payback}.`,
		);
	} else if (results.monthlySavings < 0) {
		sentences.push(
			`At ${volume} calls a month the fine-tuned model (B) costs ${saving} a month more than A.`,
		);
	} else {
		sentences.push(`At ${volume} calls a month A and the fine-tuned model (B) cost the same.`);
	}
	const breakEven = results.breakEvenVolume;
	if (breakEven === null)
		sentences.push(`B never becomes cheaper than A (${labels.a}) at these prices, whatever the volume.`);
	else if (breakEven === 0) sentences.push(`B costs no more than A (${labels.a}) at any volume.`);
	else sentences.push(`B breaks even with A from ${formatCompactVolume(breakEven)} calls a month.`);
	if (results.c !== null && labels.c !== null && results.monthlySavingsVsC !== null) {
		const vsC = formatMoney(Math.abs(results.monthlySavingsVsC), money);
		sentences.push(
			results.monthlySavingsVsC > 0
				? `Against the small base model C (${labels.c}), B saves ${vsC} a month.`
				: `The small base model C (${labels.c}) is ${vsC} a month cheaper than B: check whether it is good enough before training.`,
		);
	}
	if (latencyBudgetMs > 0) {
		const options: [string, CostResults['a'] | null][] = [
			['A', results.a],
			['B', results.b],
			['C', results.c],
		];
		const over = options
			.filter((entry): entry is [string, CostResults['a']] => entry[1] !== null)
			.filter(([, result]) => result.meetsLatencyBudget === false)
			.map(([name, result]) => `${name} (${formatDuration(result.latencyMs)})`);
		sentences.push(
			over.length === 0
				? `Every option answers within the ${formatDuration(latencyBudgetMs)} budget.`
				: `Over the ${formatDuration(latencyBudgetMs)} latency budget: ${over.join(', ')}.`,
		);
	}
	return sentences;
}

/** A point of the chart in display currency: x calls per month, y money per month. */
export interface ChartPoint {
	x: number;
	y: number;
}

/** The chart's data: one line per option and the marked points, all read from the cost curve. */
export interface ChartSeries {
	/** One line per option, A, B, then C when compared. */
	lines: { id: 'a' | 'b' | 'c'; label: string; points: ChartPoint[] }[];
	/** Where B's and A's lines cross, on A's line; null when outside the chart or never. */
	breakEven: ChartPoint | null;
	/** Each option's monthly total at the reader's volume; empty when outside the chart. */
	reader: ChartPoint[];
}

/** Turn the cost curve into chart lines and markers in the display currency. */
export function chartSeries(
	curve: readonly CurvePoint[],
	labels: OptionLabels,
	money: MoneyOptions,
): ChartSeries {
	const convert = (usd: number): number => convertFromUsd(usd, money);
	const line = (id: 'a' | 'b', label: string) => ({
		id,
		label,
		points: curve.map((point) => ({ x: point.volume, y: convert(point[id]) })),
	});
	const lines: ChartSeries['lines'] = [line('a', `A: ${labels.a}`), line('b', `B: ${labels.b}`)];
	if (labels.c !== null && curve.every((point) => point.c !== null)) {
		lines.push({
			id: 'c',
			label: `C: ${labels.c}`,
			points: curve.map((point) => ({ x: point.volume, y: convert(point.c ?? 0) })),
		});
	}
	const breakEvenPoint = curve.find((point) => point.markers.includes('break-even'));
	const readerPoint = curve.find((point) => point.markers.includes('reader'));
	const reader: ChartPoint[] = [];
	if (readerPoint !== undefined) {
		reader.push(
			{ x: readerPoint.volume, y: convert(readerPoint.a) },
			{ x: readerPoint.volume, y: convert(readerPoint.b) },
		);
		if (readerPoint.c !== null && lines.length === 3)
			reader.push({ x: readerPoint.volume, y: convert(readerPoint.c) });
	}
	return {
		lines,
		breakEven:
			breakEvenPoint === undefined ? null : { x: breakEvenPoint.volume, y: convert(breakEvenPoint.a) },
		reader,
	};
}
