/**
 * What the calculator island shows, decided without the DOM: which fields sit in which fieldset and which are
 * relevant, how labels read, and the results as sentences and chart series.
 */
import {
	convertFromUsd,
	formatDays,
	formatDuration,
	formatMoney,
	formatNumber,
	formatVolume,
	type MoneyOptions,
} from '../format';
import type { Calculation } from './calculation';
import type { CurvePoint } from './cost-curve';
import type { OptionResult } from './evaluate';
import {
	capitalise,
	fieldName,
	FIELD_SPECS,
	specOf,
	type CalculatorInputs,
	type Field,
	type FieldOption,
	type FieldSpec,
} from './fields';
import type { Swing, Variation } from './sensitivity';
import type { PriceSource } from './snapshots';

/** One fieldset of the form. */
export interface FieldGroup {
	/** Stable id, used for element ids. */
	id: string;
	/** Legend text. */
	legend: string;
	/** The option whose fieldset this is: its fields drop the option's name from their visible label. */
	option: FieldOption;
	/** Folded into a <details> until opened, or until a link sets one of its fields. */
	folded: boolean;
	/** Fields in display order. */
	fields: readonly Field[];
}

const prompted = (p: 'a' | 'c', suffixes: readonly string[]): Field[] =>
	suffixes.map((s) => `${p}${s}` as Field);
const COSTS = [
	'InstructionTokens',
	'FewShotTokens',
	'ReasoningTokens',
	'InputPrice',
	'OutputPrice',
	'CacheHitPercent',
	'CachedInputPrice',
	'CacheWritePrice',
	'BatchDiscountPercent',
];
const LONG = [
	'LongInputThreshold',
	'LongInputPrice',
	'LongOutputPrice',
	'LongCachedInputPrice',
	'LongCacheWritePrice',
];
const SPEED = ['TtftMs', 'OutputTokensPerSecond', 'PrefillMsPerK'];
const RETRIEVAL_SETTINGS: readonly Field[] = [
	'retrievalChunks',
	'retrievalTokensPerChunk',
	'retrievedRepeats',
	'embeddingQueryTokens',
	'embeddingPrice',
	'vectorStoreMonthly',
	'retrievalLatencyMs',
];

/** The form's fieldsets, volume aside (it has its own slider-and-text control). */
export const FIELD_GROUPS: readonly FieldGroup[] = [
	{
		id: 'workload',
		legend: 'Workload',
		option: null,
		folded: false,
		fields: ['userInputTokens', 'outputTokens', 'horizonMonths'],
	},
	{
		id: 'option-a',
		legend: 'A: large base model, prompted',
		option: 'a',
		folded: false,
		fields: prompted('a', COSTS),
	},
	{
		id: 'option-b',
		legend: 'B: small open-weight model, fine-tuned',
		option: 'b',
		folded: false,
		fields: [
			'bServing',
			'bPromptTokens',
			'bInputPrice',
			'bOutputPrice',
			'gpuHourPrice',
			'gpuThroughput',
			'gpuPrefillThroughput',
			'gpuUtilisationPercent',
			'spareGpu',
			'alwaysOn',
			'peakToAverage',
			'trafficHoursPerDay',
			'hostingMonthly',
		],
	},
	{
		id: 'option-c',
		legend: 'C: small base model, prompted',
		option: 'c',
		folded: false,
		fields: ['includeC', ...prompted('c', COSTS)],
	},
	{
		id: 'training',
		legend: 'Training details (B)',
		option: null,
		folded: true,
		fields: [
			'trainingExamples',
			'tokensPerExample',
			'epochs',
			'trainingPrice',
			'preparationCost',
			'retrainEveryMonths',
		],
	},
	{
		id: 'retrieval',
		legend: 'Retrieval',
		option: null,
		folded: true,
		fields: ['ragA', 'ragB', 'ragC', ...RETRIEVAL_SETTINGS],
	},
	{
		id: 'latency',
		legend: 'Latency',
		option: null,
		folded: true,
		fields: [
			'latencyBudgetMs',
			...prompted('a', SPEED),
			'bTtftMs',
			'bOutputTokensPerSecond',
			'bPrefillMsPerK',
			...prompted('c', SPEED),
		],
	},
	{
		id: 'long-context',
		legend: 'Long-context prices',
		option: null,
		folded: true,
		fields: [...prompted('a', LONG), ...prompted('c', LONG)],
	},
	{
		id: 'currency',
		legend: 'Currency',
		option: null,
		folded: true,
		fields: ['currency', 'usdRate', 'rateDate'],
	},
];

const GPU_FIELDS: readonly Field[] = [
	'gpuHourPrice',
	'gpuThroughput',
	'gpuPrefillThroughput',
	'gpuUtilisationPercent',
	'spareGpu',
	'alwaysOn',
];

/** Whether a field matters for the current inputs (e.g. GPU fields only when B runs on dedicated GPUs). */
export function isFieldShown(field: Field, inputs: CalculatorInputs): boolean {
	const dedicated = inputs.bServing === 'dedicated';
	if (GPU_FIELDS.includes(field)) return dedicated;
	if (field === 'peakToAverage') return dedicated && inputs.alwaysOn;
	if (field === 'trafficHoursPerDay') return dedicated && !inputs.alwaysOn;
	if (field === 'bInputPrice' || field === 'bOutputPrice') return !dedicated;
	if (field === 'usdRate' || field === 'rateDate') return inputs.currency !== 'USD';
	if (field !== 'includeC' && specOf(field).option === 'c') return inputs.includeC;
	if (field === 'ragC') return inputs.includeC;
	if (RETRIEVAL_SETTINGS.includes(field))
		return inputs.ragA || inputs.ragB || (inputs.includeC && inputs.ragC);
	if (LONG.some((suffix) => field.endsWith(suffix) && suffix !== 'LongInputThreshold'))
		return (inputs[`${field.charAt(0)}LongInputThreshold` as Field] as number) > 0;
	return true;
}

/** The groups a link opens: those holding a field the link sets. */
export function groupsOpenedBy(keys: readonly Field[]): string[] {
	return FIELD_GROUPS.filter(
		(group) => group.folded && group.fields.some((field) => keys.includes(field)),
	).map((group) => group.id);
}

/** A field's visible label inside a fieldset: the option's name is dropped in the option's own fieldset. */
export function visibleLabel(spec: FieldSpec, group: FieldOption): string {
	return spec.option !== null && spec.option === group ? capitalise(spec.label) : fieldName(spec);
}

/** The unit suffix of a label, " (tokens per call)", or '' for a field without a unit. */
export function unitSuffix(spec: FieldSpec): string {
	return 'unit' in spec ? ` (${spec.unit})` : '';
}

/** A numeric value as written into its text field: plain digits, no separators, so it reads back the same. */
export function fieldText(value: number | null): string {
	return value === null ? '' : String(value);
}

/** The words a field without a sourced figure shows, in the field and in the results. */
export const NO_FIGURE = 'no sourced figure — enter yours';

/** Where a field's preset figure comes from, as a hint under the field; null for a field no source gives. */
export function sourceHint(field: Field, sources: readonly PriceSource[]): string | null {
	const source = sources.find((candidate) => candidate.fields.includes(field));
	if (source === undefined) return null;
	const via = source.via === null ? '' : ` via ${source.via}`;
	return `Preset figure: ${new URL(source.url).hostname}, read ${source.accessed}${via}.`;
}

/** Names of the three options for sentences and tables. */
export interface OptionLabels {
	a: string;
	b: string;
	c: string | null;
}

/** A break-even volume as every view shows it: whole calls, rounded up, "from 29,253 calls a month". */
export function breakEvenText(volume: number | null): string {
	if (volume === null) return 'never';
	return volume === 0 ? 'at any volume' : `from ${formatVolume(Math.ceil(volume))} calls a month`;
}

/** The sentence that says why B has no figures yet: which sourced figures it lacks. */
export function missingSentence(calculation: Calculation): string {
	const names = calculation.missing.map((field) => specOf(field).label).join(', ');
	return `B needs figures no source gave for this preset (${names}): ${NO_FIGURE}.`;
}

/**
 * The answer in one or two sentences, announced as it changes: B's saving and payback against A, and a warning
 * when the small base model C is cheaper than B.
 */
export function answerSentence(calculation: Calculation, labels: OptionLabels, money: MoneyOptions): string {
	const results = calculation.results;
	if (results === null) return missingSentence(calculation);
	const saving = formatMoney(Math.abs(results.monthlySavings), money);
	const payback =
		results.paybackDays === null ? '' : ` and repays one training run in ${formatDays(results.paybackDays)}`;
	let sentence =
		results.monthlySavings > 0
			? `B saves ${saving} a month against A${payback}.`
			: results.monthlySavings < 0
				? `B costs ${saving} a month more than A.`
				: 'A and B cost the same.';
	const vsC = results.monthlySavingsVsC;
	if (vsC !== null && vsC < 0 && labels.c !== null)
		sentence += ` C (${labels.c}) is ${formatMoney(-vsC, money)} a month cheaper than B: check whether it is good enough before training.`;
	return sentence;
}

/** The headings of an option's figures, as the results table and the proposal show them. */
export const OPTION_COLUMNS = ['Per call', 'Per month', 'Per year', 'Latency per call'] as const;

/**
 * An option's figures as text: average cost per call, month, year, latency, and whether it fits the budget
 * ('–' without a budget); every cell says there is no figure when B lacks one.
 */
export function optionCells(result: OptionResult | null, money: MoneyOptions, budgetMs: number): string[] {
	if (result === null) return [NO_FIGURE, NO_FIGURE, NO_FIGURE, '–', '–'];
	const perCall = result.averageCostPerCall === null ? '–' : formatMoney(result.averageCostPerCall, money);
	const fits = budgetMs <= 0 ? '–' : result.meetsLatencyBudget ? 'yes' : 'no';
	return [
		perCall,
		formatMoney(result.monthlyCost, money),
		formatMoney(result.yearlyCost, money),
		formatDuration(result.latencyMs),
		fits,
	];
}

/** The heading of the budget column: "Within 2.0 s", or "Within budget" without one. */
export function budgetHeading(budgetMs: number): string {
	return `Within ${budgetMs > 0 ? formatDuration(budgetMs) : 'budget'}`;
}

function variationText(variation: Variation, unit: string, money: MoneyOptions): string {
	return `${formatNumber(variation.value, 4)}${unit}: saves ${formatMoney(variation.monthlySavings, money)} a month, breaks even ${breakEvenText(variation.breakEvenVolume)}`;
}

/** A row of the "which inputs matter" table: the input's name, then the answer at −50 % and at +50 %. */
export function swingCells(swing: Swing, money: MoneyOptions): [string, string, string] {
	const spec = specOf(swing.field);
	const unit = 'unit' in spec ? ` ${spec.unit}` : '';
	return [fieldName(spec), variationText(swing.low, unit, money), variationText(swing.high, unit, money)];
}

/** One row of the printed inputs table. */
export interface PrintedInput {
	label: string;
	value: string;
}

/** The inputs that matter for the current state, as label and value in form order, for print and proposals. */
export function printedInputs(inputs: CalculatorInputs): PrintedInput[] {
	return FIELD_SPECS.filter((spec) => spec.field === 'volume' || isFieldShown(spec.field, inputs)).map(
		(spec) => {
			const value = inputs[spec.field];
			const text =
				typeof value === 'boolean' ? (value ? 'yes' : 'no') : value === null ? NO_FIGURE : String(value);
			return { label: `${fieldName(spec)}${unitSuffix(spec)}`, value: text === '' ? '–' : text };
		},
	);
}

/** A point of the chart in display currency: x calls per month, y money per month. */
export interface ChartPoint {
	x: number;
	y: number;
}

/** The chart's data: one line per option and the marked points, all read from the cost curve. */
export interface ChartSeries {
	/** One line per option: A, B (when it has its figures), then C when compared. */
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
	const ids = (['a', 'b', 'c'] as const).filter((id) => curve.every((point) => point[id] !== null));
	const lines = ids.map((id) => ({
		id,
		label: `${id.toUpperCase()}: ${labels[id] ?? ''}`,
		points: curve.map((point) => ({ x: point.volume, y: convert(point[id] ?? 0) })),
	}));
	const breakEvenPoint = curve.find((point) => point.markers.includes('break-even'));
	const readerPoint = curve.find((point) => point.markers.includes('reader'));
	return {
		lines,
		breakEven:
			breakEvenPoint === undefined ? null : { x: breakEvenPoint.volume, y: convert(breakEvenPoint.a) },
		reader:
			readerPoint === undefined
				? []
				: ids.map((id) => ({ x: readerPoint.volume, y: convert(readerPoint[id] ?? 0) })),
	};
}
