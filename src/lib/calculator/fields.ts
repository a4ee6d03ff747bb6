/**
 * The calculator's inputs as one flat object and the field table that drives the form, the URL and the checks,
 * so they cannot disagree. Every URL key, its unit and its range are listed in README.md ("Calculator URL keys").
 */
import { formatNumber, isCurrencyCode } from '../format';
import { MAX_FIELD_TEXT, MAX_VOLUME, parseVolume } from './volume';

/** How option B is served. */
export type ServingMode = 'per-token' | 'dedicated';

/** Figures a price snapshot may lack: null there means "no sourced figure — enter yours". */
export type SourcedField =
	'bInputPrice' | 'bOutputPrice' | 'gpuHourPrice' | 'gpuThroughput' | 'gpuPrefillThroughput';

type Prompted<P extends 'a' | 'c'> = Record<
	`${P}${
		| 'InstructionTokens'
		| 'FewShotTokens'
		| 'ReasoningTokens'
		| 'InputPrice'
		| 'OutputPrice'
		| 'CachedInputPrice'
		| 'CacheWritePrice'
		| 'CacheHitPercent'
		| 'BatchDiscountPercent'
		| 'LongInputThreshold'
		| 'LongInputPrice'
		| 'LongOutputPrice'
		| 'LongCachedInputPrice'
		| 'LongCacheWritePrice'
		| 'TtftMs'
		| 'OutputTokensPerSecond'
		| 'PrefillMsPerK'}`,
	number
>;

/** Every input of the calculator, flat, in display units (% 0–100, $ per 1M tokens, ms); see FIELD_SPECS. */
export interface CalculatorInputs extends Prompted<'a'>, Prompted<'c'>, Record<SourcedField, number | null> {
	volume: number;
	horizonMonths: number;
	latencyBudgetMs: number;
	currency: string;
	usdRate: number;
	/** Day the exchange rate was read, YYYY-MM-DD, or '' when none was given. */
	rateDate: string;
	includeC: boolean;
	userInputTokens: number;
	outputTokens: number;
	ragA: boolean;
	ragB: boolean;
	ragC: boolean;
	retrievalChunks: number;
	retrievalTokensPerChunk: number;
	retrievedRepeats: boolean;
	embeddingQueryTokens: number;
	embeddingPrice: number;
	vectorStoreMonthly: number;
	retrievalLatencyMs: number;
	bPromptTokens: number;
	bServing: ServingMode;
	gpuUtilisationPercent: number;
	spareGpu: boolean;
	peakToAverage: number;
	alwaysOn: boolean;
	trafficHoursPerDay: number;
	hostingMonthly: number;
	trainingExamples: number;
	tokensPerExample: number;
	epochs: number;
	trainingPrice: number;
	preparationCost: number;
	retrainEveryMonths: number;
	bTtftMs: number;
	bOutputTokensPerSecond: number;
	bPrefillMsPerK: number;
}

/** Name of any input. */
export type Field = keyof CalculatorInputs;

type FieldsOfType<T> = { [K in Field]: CalculatorInputs[K] extends T ? K : never }[Field];

/** Names of the numeric inputs, sourced figures included. */
export type NumericField = FieldsOfType<number | null>;

/** Names of the on/off inputs. */
export type BooleanField = FieldsOfType<boolean>;

/** Option whose fieldset a field sits in: its accessible name starts with the option's name. */
export type FieldOption = 'a' | 'b' | 'c' | null;

interface SpecBase {
	key: string;
	/** Label as shown inside its fieldset, e.g. "input price". */
	label: string;
	/** Option the field belongs to, or null. */
	option: FieldOption;
	/** Keys this field was published under before; still read from links, never written. */
	aliases?: readonly string[];
}

/** A numeric input: `number` takes decimals, `integer` whole numbers, `volume` also 250k / 1.5M. */
export interface NumericFieldSpec extends SpecBase {
	kind: 'number' | 'integer' | 'volume';
	field: NumericField;
	unit: string;
	min: number;
	max: number;
}

/** An on/off input, written 1 or 0 in the URL. */
export interface BooleanFieldSpec extends SpecBase {
	kind: 'boolean';
	field: BooleanField;
}

/** A choice among fixed values (B's serving mode), a currency code, or a calendar date. */
export interface TextFieldSpec extends SpecBase {
	kind: 'choice' | 'currency' | 'date';
	field: 'bServing' | 'currency' | 'rateDate';
}

/** One row of the field table. */
export type FieldSpec = NumericFieldSpec | BooleanFieldSpec | TextFieldSpec;

/** The options' names, as accessible names and messages start with them. */
export const OPTION_NAMES = {
	a: 'Large base model (A)',
	b: 'Fine-tuned model (B)',
	c: 'Small base model (C)',
} as const;

/** The values B's serving mode takes. */
export const SERVING_MODES: readonly ServingMode[] = ['per-token', 'dedicated'];

const MS = 600_000;
const TOKENS = 1_000_000;
const PRICE = 10_000;
const PER_M = '$ per 1M tokens';

function num(
	field: NumericField,
	key: string,
	label: string,
	unit: string,
	max: number,
	option: FieldOption = null,
	min = 0,
	kind: NumericFieldSpec['kind'] = 'number',
): NumericFieldSpec {
	return { kind, field, key, label, unit, min, max, option };
}

function int(
	field: NumericField,
	key: string,
	label: string,
	unit: string,
	max: number,
	option: FieldOption = null,
	min = 0,
) {
	return num(field, key, label, unit, max, option, min, 'integer');
}

function bool(field: BooleanField, key: string, label: string, option: FieldOption = null): BooleanFieldSpec {
	return { kind: 'boolean', field, key, label, option };
}

function promptedSpecs(p: 'a' | 'c'): FieldSpec[] {
	return [
		int(`${p}InstructionTokens`, `${p}i`, 'instruction tokens', 'tokens', TOKENS, p),
		int(`${p}FewShotTokens`, `${p}f`, 'few-shot example tokens', 'tokens', TOKENS, p),
		int(`${p}ReasoningTokens`, `${p}r`, 'reasoning tokens', 'tokens per call, billed as output', TOKENS, p),
		num(`${p}InputPrice`, `${p}ip`, 'input price', PER_M, PRICE, p),
		num(`${p}OutputPrice`, `${p}op`, 'output price', PER_M, PRICE, p),
		num(`${p}CacheHitPercent`, `${p}ch`, 'prefix cache hits', '% of calls, 0 = caching off', 100, p),
		num(`${p}CachedInputPrice`, `${p}cp`, 'cached input price', PER_M, PRICE, p),
		num(`${p}CacheWritePrice`, `${p}cw`, 'cache write price', PER_M, PRICE, p),
		num(`${p}BatchDiscountPercent`, `${p}bd`, 'batch discount', '%', 100, p),
		int(
			`${p}LongInputThreshold`,
			`${p}lt`,
			'long-context tier above',
			'input tokens, 0 = none',
			10 * TOKENS,
			p,
		),
		num(`${p}LongInputPrice`, `${p}li`, 'long-context input price', PER_M, PRICE, p),
		num(`${p}LongOutputPrice`, `${p}lo`, 'long-context output price', PER_M, PRICE, p),
		num(`${p}LongCachedInputPrice`, `${p}lc`, 'long-context cached input price', PER_M, PRICE, p),
		num(`${p}LongCacheWritePrice`, `${p}lw`, 'long-context cache write price', PER_M, PRICE, p),
		num(`${p}TtftMs`, `${p}tt`, 'time to first token', 'ms', MS, p),
		num(`${p}OutputTokensPerSecond`, `${p}ts`, 'output speed', 'tokens/s', TOKENS, p, 0.1),
		num(`${p}PrefillMsPerK`, `${p}pf`, 'prefill time', 'ms per 1k input tokens', 100_000, p),
	];
}

/** The field table: URL key, label, unit and range of every input, in the order links write them. */
export const FIELD_SPECS: readonly FieldSpec[] = [
	num('volume', 'v', 'monthly volume', 'calls per month', MAX_VOLUME, null, 0, 'volume'),
	int('horizonMonths', 'hz', 'evaluation horizon', 'months', 120, null, 1),
	num('latencyBudgetMs', 'lb', 'latency budget', 'ms, 0 = none', MS),
	{ kind: 'currency', field: 'currency', key: 'cur', label: 'currency', option: null },
	num('usdRate', 'fx', 'exchange rate', 'units per US dollar', 1_000_000, null, 0.000001),
	{ kind: 'date', field: 'rateDate', key: 'fxd', label: 'exchange rate read on', option: null },
	bool('includeC', 'c', 'Compare a small base model (C)'),
	int('userInputTokens', 'ui', 'user input', 'tokens per call', TOKENS),
	int('outputTokens', 'ot', 'output', 'tokens per call', TOKENS),
	bool('ragA', 'ra', `${OPTION_NAMES.a}: retrieval`),
	bool('ragB', 'rb', `${OPTION_NAMES.b}: retrieval`),
	bool('ragC', 'rc', `${OPTION_NAMES.c}: retrieval`),
	int('retrievalChunks', 'rk', 'retrieved chunks', 'chunks per call', 1000),
	int('retrievalTokensPerChunk', 'rt', 'chunk size', 'tokens', 100_000),
	bool('retrievedRepeats', 'rr', 'Retrieved text repeats from call to call (cached with the prefix)'),
	int('embeddingQueryTokens', 'eq', 'query embedded per call', 'tokens', 100_000),
	num('embeddingPrice', 'ep', 'embedding price', PER_M, 1000),
	num('vectorStoreMonthly', 'vs', 'vector store', '$ per month', 10_000_000),
	num('retrievalLatencyMs', 'rl', 'retrieval latency', 'ms', MS),
	...promptedSpecs('a'),
	int('bPromptTokens', 'bi', 'prompt tokens', 'tokens', TOKENS, 'b'),
	{ kind: 'choice', field: 'bServing', key: 'bs', label: 'serving', option: 'b' },
	num('bInputPrice', 'bip', 'per-token input price', PER_M, PRICE, 'b'),
	num('bOutputPrice', 'bop', 'per-token output price', PER_M, PRICE, 'b'),
	num('gpuHourPrice', 'gh', 'GPU price', '$ per GPU-hour', 1000, 'b'),
	num('gpuThroughput', 'gt', 'GPU output throughput', 'output tokens/s per GPU', 10_000_000, 'b', 1),
	num('gpuPrefillThroughput', 'gp', 'GPU prefill throughput', 'input tokens/s per GPU', 100_000_000, 'b', 1),
	num('gpuUtilisationPercent', 'gu', 'target GPU utilisation', '% of measured throughput', 100, 'b', 1),
	bool('spareGpu', 'gs', 'Keep a spare GPU (N + 1)', 'b'),
	bool('alwaysOn', 'ao', 'Keep GPUs on all month (off: they follow the traffic)', 'b'),
	num('trafficHoursPerDay', 'th', 'hours a day with traffic', 'hours', 24, 'b', 1),
	num('peakToAverage', 'pk', 'peak-to-average traffic', '×', 100, 'b', 1),
	num('hostingMonthly', 'hf', 'hosting fee', '$ per month', 10_000_000, 'b'),
	int('trainingExamples', 'tx', 'training examples', 'examples', 100_000_000),
	int('tokensPerExample', 'te', 'tokens per example', 'tokens', TOKENS),
	int('epochs', 'tn', 'epochs', 'passes', 100, null, 1),
	num('trainingPrice', 'tp', 'training price', '$ per 1M training tokens', PRICE),
	num('preparationCost', 'tc', 'data preparation and evaluation', '$ per training run', 100_000_000),
	int('retrainEveryMonths', 'rm', 'retrain every', 'months, 0 = train once', 120),
	num('bTtftMs', 'btt', 'time to first token', 'ms', MS, 'b'),
	num('bOutputTokensPerSecond', 'bts', 'output speed', 'tokens/s', TOKENS, 'b', 0.1),
	num('bPrefillMsPerK', 'bpf', 'prefill time', 'ms per 1k input tokens', 100_000, 'b'),
	...promptedSpecs('c'),
];

/** The field table keyed by field name. */
export const FIELD_SPEC_BY_FIELD: ReadonlyMap<Field, FieldSpec> = new Map(
	FIELD_SPECS.map((spec) => [spec.field, spec]),
);

/** The spec of a field; throws for a name the table lacks (a programming error). */
export function specOf(field: Field): FieldSpec {
	const spec = FIELD_SPEC_BY_FIELD.get(field);
	if (spec === undefined) throw new Error(`no field spec for ${field}`);
	return spec;
}

/** A label as a sentence starts it: "input price" → "Input price". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's name wherever it stands alone (messages, accessible names): "Large base model (A): input price". */
export function fieldName(spec: FieldSpec): string {
	return spec.option === null ? capitalise(spec.label) : `${OPTION_NAMES[spec.option]}: ${spec.label}`;
}

/** Outcome of checking one raw value. */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

// Linear: no two quantifiers can match the same characters.
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The accepted range of a numeric field in words, e.g. "a whole number from 0 to 1,000,000 (tokens)". */
export function describeRange(spec: NumericFieldSpec): string {
	const whole = spec.kind === 'integer' ? 'a whole number' : 'a number';
	return `${whole} from ${formatNumber(spec.min, 6)} to ${formatNumber(spec.max, 6)} (${spec.unit})`;
}

function checkNumber(spec: NumericFieldSpec, text: string): FieldCheck<number> {
	let value = Number.NaN;
	if (spec.kind === 'volume') value = parseVolume(text) ?? Number.NaN;
	else if (NUMBER_PATTERN.test(text)) value = Number(text);
	const valid =
		Number.isFinite(value) &&
		value >= spec.min &&
		value <= spec.max &&
		(spec.kind !== 'integer' || Number.isInteger(value));
	// The message names the range, never the text: URL notices must not echo what a link carried.
	const example = spec.kind === 'volume' ? ', e.g. 250000 or 250k' : '';
	return valid
		? { ok: true, value }
		: { ok: false, message: `${fieldName(spec)} must be ${describeRange(spec)}${example}.` };
}

/** Whether a YYYY-MM-DD date exists on the calendar. */
export function isCalendarDate(text: string): boolean {
	const match = DATE_PATTERN.exec(text);
	if (match === null) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toISOString().startsWith(text);
}

function checkText(spec: TextFieldSpec, text: string): FieldCheck<string> {
	const name = fieldName(spec);
	if (spec.kind === 'choice')
		return (SERVING_MODES as readonly string[]).includes(text)
			? { ok: true, value: text }
			: { ok: false, message: `${name} must be one of: ${SERVING_MODES.join(', ')}.` };
	if (spec.kind === 'currency') {
		const code = text.toUpperCase();
		return isCurrencyCode(code)
			? { ok: true, value: code }
			: { ok: false, message: `${name} must be a three-letter ISO 4217 code such as USD or EUR.` };
	}
	return text === '' || isCalendarDate(text)
		? { ok: true, value: text }
		: { ok: false, message: `${name} must be a date written YYYY-MM-DD, or empty.` };
}

/**
 * Check one raw form or URL value against its field's rules; the message names the field and its range.
 * Text longer than 64 characters is refused before any pattern runs, so a hostile link cannot stall the page.
 */
export function checkField(spec: FieldSpec, raw: string): FieldCheck<CalculatorInputs[Field]> {
	if (raw.length > MAX_FIELD_TEXT)
		return { ok: false, message: `${fieldName(spec)} is at most ${MAX_FIELD_TEXT} characters long.` };
	const text = raw.trim();
	if (spec.kind === 'boolean') {
		const word = text.toLowerCase();
		if (['1', 'true', 'on', 'yes'].includes(word)) return { ok: true, value: true };
		if (['0', 'false', 'off', 'no'].includes(word)) return { ok: true, value: false };
		return { ok: false, message: `${fieldName(spec)} must be 1 (on) or 0 (off).` };
	}
	switch (spec.kind) {
		case 'choice':
		case 'currency':
		case 'date':
			return checkText(spec, text);
		default:
			return checkNumber(spec, text);
	}
}

/** A value as the URL and the form write it: booleans 1 / 0, numbers in full, null as ''. */
export function serialiseValue(value: CalculatorInputs[Field]): string {
	if (typeof value === 'boolean') return value ? '1' : '0';
	return value === null ? '' : String(value);
}

/**
 * Check a typed inputs object (e.g. a snapshot's preset) field by field; returns a message per invalid field.
 * A sourced figure may be null (no figure); every other field must hold a valid value.
 */
export function validateInputs(inputs: CalculatorInputs): Partial<Record<Field, string>> {
	const notices: Partial<Record<Field, string>> = {};
	for (const spec of FIELD_SPECS) {
		const value = inputs[spec.field];
		if (value === null && isSourcedField(spec.field)) continue;
		const check = checkField(spec, serialiseValue(value));
		if (!check.ok) notices[spec.field] = check.message;
	}
	return notices;
}

const SOURCED: readonly Field[] = [
	'bInputPrice',
	'bOutputPrice',
	'gpuHourPrice',
	'gpuThroughput',
	'gpuPrefillThroughput',
];

/** Whether a field is a sourced figure that a snapshot may leave empty. */
export function isSourcedField(field: Field): field is SourcedField {
	return SOURCED.includes(field);
}
