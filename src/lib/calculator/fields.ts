/**
 * The calculator's inputs as one flat object, their defaults from a preset, their validation, and their URL
 * form. One field table (`FIELD_SPECS`) drives the form, the URL and the checks, so they cannot disagree.
 *
 * URL keys. `serialiseCalculatorQuery` writes them in `FIELD_SPECS` order: general, workload, retrieval, A, B, C
 * (the table pairs A's and C's keys on one row):
 *
 * | key | field | unit / values | range |
 * |---|---|---|---|
 * | `p` | preset | preset id; other keys override its defaults | a preset id |
 * | `v` | volume | calls per month (accepts 250k, 1.5M) | 0 – 1e12 |
 * | `lb` | latencyBudgetMs | ms, 0 = no budget | 0 – 600,000 |
 * | `cur` | currency | ISO 4217 code | three letters |
 * | `fx` | usdRate | units of the currency per US dollar | 0.000001 – 1,000,000 |
 * | `c` | includeC | 1 / 0 | |
 * | `ui` | userInputTokens | tokens | 0 – 1,000,000 |
 * | `ot` | outputTokens | tokens | 0 – 1,000,000 |
 * | `ra` `rb` `rc` | ragA, ragB, ragC | 1 / 0 | |
 * | `rk` | retrievalChunks | chunks per call | 0 – 1,000 |
 * | `rt` | retrievalTokensPerChunk | tokens | 0 – 100,000 |
 * | `eq` | embeddingQueryTokens | tokens | 0 – 100,000 |
 * | `ep` | embeddingPrice | $ per 1M tokens | 0 – 1,000 |
 * | `vs` | vectorStoreMonthly | $ per month | 0 – 10,000,000 |
 * | `rl` | retrievalLatencyMs | ms | 0 – 600,000 |
 * | `ai` `ci` | a/cInstructionTokens | tokens | 0 – 1,000,000 |
 * | `af` `cf` | a/cFewShotTokens | tokens | 0 – 1,000,000 |
 * | `aip` `cip` | a/cInputPrice | $ per 1M tokens | 0 – 10,000 |
 * | `aop` `cop` | a/cOutputPrice | $ per 1M tokens | 0 – 10,000 |
 * | `acp` `ccp` | a/cCachedInputPrice | $ per 1M tokens | 0 – 10,000 |
 * | `ach` `cch` | a/cCacheHitPercent | % of input tokens | 0 – 100 |
 * | `abd` `cbd` | a/cBatchDiscountPercent | % off | 0 – 100 |
 * | `att` `ctt` | a/cTtftMs | ms | 0 – 600,000 |
 * | `ats` `cts` | a/cOutputTokensPerSecond | tokens/s | 0.1 – 1,000,000 |
 * | `apf` `cpf` | a/cPrefillMsPerK | ms per 1k input tokens | 0 – 100,000 |
 * | `bi` | bPromptTokens | tokens | 0 – 1,000,000 |
 * | `bs` | bServing | `per-token` / `dedicated` | |
 * | `bip` `bop` | bInputPrice, bOutputPrice | $ per 1M tokens | 0 – 10,000 |
 * | `gh` | gpuHourPrice | $ per GPU-hour | 0 – 1,000 |
 * | `gt` | gpuThroughput | output tokens/s per GPU | 1 – 10,000,000 |
 * | `pk` | peakToAverage | ratio | 1 – 100 |
 * | `ao` | alwaysOn | 1 / 0 | |
 * | `hf` | hostingMonthly | $ per month | 0 – 10,000,000 |
 * | `tx` | trainingExamples | examples | 0 – 100,000,000 |
 * | `te` | tokensPerExample | tokens | 0 – 1,000,000 |
 * | `tn` | epochs | passes | 1 – 100 |
 * | `tp` | trainingPrice | $ per 1M training tokens | 0 – 10,000 |
 * | `tc` | preparationCost | $ per run | 0 – 100,000,000 |
 * | `rm` | retrainEveryMonths | months, 0 = train once | 0 – 120 |
 * | `btt` | bTtftMs | ms | 0 – 600,000 |
 * | `bts` | bOutputTokensPerSecond | tokens/s | 0.1 – 1,000,000 |
 * | `bpf` | bPrefillMsPerK | ms per 1k input tokens | 0 – 100,000 |
 */
import type { CostModelInputs, LatencySettings, PromptedOption } from './cost-model';
import { formatNumber, isCurrencyCode } from '../format';
import { findPrice } from './price-lookup';
import type { BaseModelPrice, PriceEntry, PriceSource, Preset } from './price-schema';
import { MAX_VOLUME, parseVolume } from './volume';

/** How option B is served. */
export type ServingMode = 'per-token' | 'dedicated';

/** Every input of the calculator, flat, in display units (% 0–100, $ per 1M tokens, ms); see FIELD_SPECS. */
export interface CalculatorInputs {
	volume: number;
	latencyBudgetMs: number;
	currency: string;
	usdRate: number;
	includeC: boolean;
	userInputTokens: number;
	outputTokens: number;
	ragA: boolean;
	ragB: boolean;
	ragC: boolean;
	retrievalChunks: number;
	retrievalTokensPerChunk: number;
	embeddingQueryTokens: number;
	embeddingPrice: number;
	vectorStoreMonthly: number;
	retrievalLatencyMs: number;
	aInstructionTokens: number;
	aFewShotTokens: number;
	aInputPrice: number;
	aOutputPrice: number;
	aCachedInputPrice: number;
	aCacheHitPercent: number;
	aBatchDiscountPercent: number;
	aTtftMs: number;
	aOutputTokensPerSecond: number;
	aPrefillMsPerK: number;
	bPromptTokens: number;
	bServing: ServingMode;
	bInputPrice: number;
	bOutputPrice: number;
	gpuHourPrice: number;
	gpuThroughput: number;
	peakToAverage: number;
	alwaysOn: boolean;
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
	cInstructionTokens: number;
	cFewShotTokens: number;
	cInputPrice: number;
	cOutputPrice: number;
	cCachedInputPrice: number;
	cCacheHitPercent: number;
	cBatchDiscountPercent: number;
	cTtftMs: number;
	cOutputTokensPerSecond: number;
	cPrefillMsPerK: number;
}

type FieldsOfType<T> = {
	[K in keyof CalculatorInputs]: CalculatorInputs[K] extends T ? K : never;
}[keyof CalculatorInputs];

/** Names of the numeric inputs. */
export type NumericField = FieldsOfType<number>;

/** Names of the on/off inputs. */
export type BooleanField = FieldsOfType<boolean>;

/** A numeric input: `number` takes decimals, `integer` whole numbers, `volume` also 250k / 1.5M. */
export interface NumericFieldSpec {
	kind: 'number' | 'integer' | 'volume';
	field: NumericField;
	key: string;
	label: string;
	unit: string;
	min: number;
	max: number;
	step: number;
}

/** An on/off input, written 1 or 0 in the URL. */
export interface BooleanFieldSpec {
	kind: 'boolean';
	field: BooleanField;
	key: string;
	label: string;
}

/** The serving-mode choice. */
export interface ChoiceFieldSpec {
	kind: 'choice';
	field: 'bServing';
	key: string;
	label: string;
	options: readonly ServingMode[];
}

/** The display currency. */
export interface CurrencyFieldSpec {
	kind: 'currency';
	field: 'currency';
	key: string;
	label: string;
}

/** One row of the field table. */
export type FieldSpec = NumericFieldSpec | BooleanFieldSpec | ChoiceFieldSpec | CurrencyFieldSpec;

const MS_MAX = 600_000;
const TOKENS_MAX = 1_000_000;
const PRICE_MAX = 10_000;

const num = (
	field: NumericField,
	key: string,
	label: string,
	unit: string,
	min: number,
	max: number,
	step: number,
	kind: NumericFieldSpec['kind'] = 'number',
): NumericFieldSpec => ({ kind, field, key, label, unit, min, max, step });
const int = (
	field: NumericField,
	key: string,
	label: string,
	unit: string,
	min: number,
	max: number,
): NumericFieldSpec => num(field, key, label, unit, min, max, 1, 'integer');
const bool = (field: BooleanField, key: string, label: string): BooleanFieldSpec => ({
	kind: 'boolean',
	field,
	key,
	label,
});

function promptedSpecs(prefix: 'a' | 'c', name: string): FieldSpec[] {
	return [
		int(`${prefix}InstructionTokens`, `${prefix}i`, `${name}: instruction tokens`, 'tokens', 0, TOKENS_MAX),
		int(`${prefix}FewShotTokens`, `${prefix}f`, `${name}: few-shot example tokens`, 'tokens', 0, TOKENS_MAX),
		num(`${prefix}InputPrice`, `${prefix}ip`, `${name}: input price`, '$ per 1M tokens', 0, PRICE_MAX, 0.01),
		num(
			`${prefix}OutputPrice`,
			`${prefix}op`,
			`${name}: output price`,
			'$ per 1M tokens',
			0,
			PRICE_MAX,
			0.01,
		),
		num(
			`${prefix}CachedInputPrice`,
			`${prefix}cp`,
			`${name}: cached input price`,
			'$ per 1M tokens',
			0,
			PRICE_MAX,
			0.001,
		),
		num(`${prefix}CacheHitPercent`, `${prefix}ch`, `${name}: input tokens served from cache`, '%', 0, 100, 1),
		num(`${prefix}BatchDiscountPercent`, `${prefix}bd`, `${name}: batch discount`, '%', 0, 100, 1),
		num(`${prefix}TtftMs`, `${prefix}tt`, `${name}: time to first token`, 'ms', 0, MS_MAX, 1),
		num(
			`${prefix}OutputTokensPerSecond`,
			`${prefix}ts`,
			`${name}: output speed`,
			'tokens/s',
			0.1,
			TOKENS_MAX,
			1,
		),
		num(
			`${prefix}PrefillMsPerK`,
			`${prefix}pf`,
			`${name}: prefill time`,
			'ms per 1k input tokens',
			0,
			100_000,
			1,
		),
	];
}

/** The field table: URL key, label, unit, range and step of every input, in URL order. */
export const FIELD_SPECS: readonly FieldSpec[] = [
	num('volume', 'v', 'Monthly volume', 'calls per month', 0, MAX_VOLUME, 1, 'volume'),
	num('latencyBudgetMs', 'lb', 'Latency budget', 'ms (0 = none)', 0, MS_MAX, 10),
	{ kind: 'currency', field: 'currency', key: 'cur', label: 'Currency' },
	num('usdRate', 'fx', 'Exchange rate', 'units per US dollar', 0.000001, 1_000_000, 0.0001),
	bool('includeC', 'c', 'Compare a small base model (C)'),
	int('userInputTokens', 'ui', 'User input', 'tokens per call', 0, TOKENS_MAX),
	int('outputTokens', 'ot', 'Output', 'tokens per call', 0, TOKENS_MAX),
	bool('ragA', 'ra', 'Large base model (A): retrieval'),
	bool('ragB', 'rb', 'Fine-tuned model (B): retrieval'),
	bool('ragC', 'rc', 'Small base model (C): retrieval'),
	int('retrievalChunks', 'rk', 'Retrieved chunks', 'chunks per call', 0, 1000),
	int('retrievalTokensPerChunk', 'rt', 'Chunk size', 'tokens', 0, 100_000),
	int('embeddingQueryTokens', 'eq', 'Query embedded per call', 'tokens', 0, 100_000),
	num('embeddingPrice', 'ep', 'Embedding price', '$ per 1M tokens', 0, 1000, 0.001),
	num('vectorStoreMonthly', 'vs', 'Vector store', '$ per month', 0, 10_000_000, 1),
	num('retrievalLatencyMs', 'rl', 'Retrieval latency', 'ms', 0, MS_MAX, 1),
	...promptedSpecs('a', 'Large base model (A)'),
	int('bPromptTokens', 'bi', 'Fine-tuned model (B): prompt tokens', 'tokens', 0, TOKENS_MAX),
	{
		kind: 'choice',
		field: 'bServing',
		key: 'bs',
		label: 'Fine-tuned model (B): serving',
		options: ['per-token', 'dedicated'],
	},
	num('bInputPrice', 'bip', 'Fine-tuned model (B): input price', '$ per 1M tokens', 0, PRICE_MAX, 0.01),
	num('bOutputPrice', 'bop', 'Fine-tuned model (B): output price', '$ per 1M tokens', 0, PRICE_MAX, 0.01),
	num('gpuHourPrice', 'gh', 'GPU price', '$ per GPU-hour', 0, 1000, 0.01),
	num('gpuThroughput', 'gt', 'GPU throughput', 'output tokens/s per GPU', 1, 10_000_000, 1),
	num('peakToAverage', 'pk', 'Peak-to-average traffic', '×', 1, 100, 0.1),
	bool('alwaysOn', 'ao', 'Keep one GPU always on'),
	num('hostingMonthly', 'hf', 'Hosting fee', '$ per month', 0, 10_000_000, 1),
	int('trainingExamples', 'tx', 'Training examples', 'examples', 0, 100_000_000),
	int('tokensPerExample', 'te', 'Tokens per example', 'tokens', 0, TOKENS_MAX),
	int('epochs', 'tn', 'Epochs', 'passes', 1, 100),
	num('trainingPrice', 'tp', 'Training price', '$ per 1M training tokens', 0, PRICE_MAX, 0.01),
	num('preparationCost', 'tc', 'Data preparation and evaluation', '$ per training run', 0, 100_000_000, 1),
	int('retrainEveryMonths', 'rm', 'Retrain every', 'months (0 = train once)', 0, 120),
	num('bTtftMs', 'btt', 'Fine-tuned model (B): time to first token', 'ms', 0, MS_MAX, 1),
	num('bOutputTokensPerSecond', 'bts', 'Fine-tuned model (B): output speed', 'tokens/s', 0.1, TOKENS_MAX, 1),
	num('bPrefillMsPerK', 'bpf', 'Fine-tuned model (B): prefill time', 'ms per 1k input tokens', 0, 100_000, 1),
	...promptedSpecs('c', 'Small base model (C)'),
];

/** The field table keyed by field name. */
export const FIELD_SPEC_BY_FIELD: ReadonlyMap<keyof CalculatorInputs, FieldSpec> = new Map(
	FIELD_SPECS.map((spec) => [spec.field, spec]),
);

/** Outcome of checking one raw value. */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The accepted range of a numeric field in words, e.g. "from 0 to 1,000,000 tokens". */
export function describeRange(spec: NumericFieldSpec): string {
	const whole = spec.kind === 'integer' ? 'a whole number' : 'a number';
	return `${whole} from ${formatNumber(spec.min, 6)} to ${formatNumber(spec.max, 6)} (${spec.unit})`;
}

function checkNumber(spec: NumericFieldSpec, raw: string): FieldCheck<number> {
	const text = raw.trim();
	let value: number;
	if (spec.kind === 'volume') {
		const parsed = parseVolume(text);
		// parseVolume's own message quotes the text; URL notices must not echo it, so use the range instead.
		if (!parsed.ok)
			return { ok: false, message: `${spec.label} must be ${describeRange(spec)}, e.g. 250000 or 250k.` };
		value = parsed.volume;
	} else {
		value = NUMBER_PATTERN.test(text) ? Number(text) : Number.NaN;
	}
	const valid =
		Number.isFinite(value) &&
		value >= spec.min &&
		value <= spec.max &&
		(spec.kind !== 'integer' || Number.isInteger(value));
	return valid
		? { ok: true, value }
		: { ok: false, message: `${spec.label} must be ${describeRange(spec)}.` };
}

/** Check one raw form or URL value against its field's rules; the message names the field and its range. */
export function checkField(
	spec: FieldSpec,
	raw: string,
): FieldCheck<CalculatorInputs[keyof CalculatorInputs]> {
	const text = raw.trim();
	switch (spec.kind) {
		case 'boolean':
			if (['1', 'true', 'on', 'yes'].includes(text.toLowerCase())) return { ok: true, value: true };
			if (['0', 'false', 'off', 'no'].includes(text.toLowerCase())) return { ok: true, value: false };
			return { ok: false, message: `${spec.label} must be 1 (on) or 0 (off).` };
		case 'choice':
			return (spec.options as readonly string[]).includes(text)
				? { ok: true, value: text as ServingMode }
				: { ok: false, message: `${spec.label} must be one of: ${spec.options.join(', ')}.` };
		case 'currency': {
			const code = text.toUpperCase();
			return isCurrencyCode(code)
				? { ok: true, value: code }
				: { ok: false, message: `${spec.label} must be a three-letter ISO 4217 code such as USD or EUR.` };
		}
		default:
			return checkNumber(spec, text);
	}
}

/** Check a typed inputs object (e.g. built by the form) field by field; returns a message per invalid field. */
export function validateInputs(inputs: CalculatorInputs): Partial<Record<keyof CalculatorInputs, string>> {
	const notices: Partial<Record<keyof CalculatorInputs, string>> = {};
	for (const spec of FIELD_SPECS) {
		const check = checkField(spec, serialiseValue(inputs[spec.field]));
		if (!check.ok) notices[spec.field] = check.message;
	}
	return notices;
}

function serialiseValue(value: CalculatorInputs[keyof CalculatorInputs]): string {
	if (typeof value === 'boolean') return value ? '1' : '0';
	return String(value);
}

/** Inputs read from a URL and one message per field whose value was rejected. */
export interface ParsedQuery {
	inputs: CalculatorInputs;
	notices: Partial<Record<keyof CalculatorInputs, string>>;
}

/**
 * Read the calculator's inputs from a query string ("?v=250k&bs=dedicated" or without "?").
 * Unknown keys are ignored; a rejected value keeps the field's default and adds a notice naming the field and
 * its accepted range (never echoing the raw text). Never throws.
 */
export function parseCalculatorQuery(search: string, defaults: CalculatorInputs): ParsedQuery {
	const inputs: CalculatorInputs = { ...defaults };
	const notices: Partial<Record<keyof CalculatorInputs, string>> = {};
	const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
	for (const spec of FIELD_SPECS) {
		const raw = params.get(spec.key);
		if (raw === null) continue;
		const check = checkField(spec, raw);
		if (check.ok) Object.assign(inputs, { [spec.field]: check.value });
		else notices[spec.field] = `${check.message} Kept the default.`;
	}
	return { inputs, notices };
}

/** Query string (without "?") holding only the inputs that differ from the defaults, in field-table order. */
export function serialiseCalculatorQuery(inputs: CalculatorInputs, defaults: CalculatorInputs): string {
	const params = new URLSearchParams();
	for (const spec of FIELD_SPECS) {
		const value = inputs[spec.field];
		if (value !== defaults[spec.field]) params.append(spec.key, serialiseValue(value));
	}
	return params.toString();
}

function latency(ttftMs: number, tokensPerSecond: number, prefillMsPerK: number): LatencySettings {
	return {
		timeToFirstTokenMs: ttftMs,
		outputTokensPerSecond: tokensPerSecond,
		prefillMsPerThousandInputTokens: prefillMsPerK,
	};
}

function prompted(inputs: CalculatorInputs, prefix: 'a' | 'c'): PromptedOption {
	const get = (suffix: string): number => inputs[`${prefix}${suffix}` as NumericField];
	return {
		instructionTokens: get('InstructionTokens'),
		fewShotTokens: get('FewShotTokens'),
		inputPricePerMTok: get('InputPrice'),
		outputPricePerMTok: get('OutputPrice'),
		cachedInputPricePerMTok: get('CachedInputPrice'),
		cacheHitShare: get('CacheHitPercent') / 100,
		batchDiscountPercent: get('BatchDiscountPercent'),
		retrieval: prefix === 'a' ? inputs.ragA : inputs.ragC,
		latency: latency(get('TtftMs'), get('OutputTokensPerSecond'), get('PrefillMsPerK')),
	};
}

/** The cost model's structured inputs, built from the flat calculator inputs. */
export function toCostModelInputs(inputs: CalculatorInputs): CostModelInputs {
	return {
		monthlyVolume: inputs.volume,
		userInputTokens: inputs.userInputTokens,
		outputTokens: inputs.outputTokens,
		latencyBudgetMs: inputs.latencyBudgetMs > 0 ? inputs.latencyBudgetMs : null,
		retrieval: {
			chunks: inputs.retrievalChunks,
			tokensPerChunk: inputs.retrievalTokensPerChunk,
			queryTokens: inputs.embeddingQueryTokens,
			embeddingPricePerMTok: inputs.embeddingPrice,
			vectorStoreMonthly: inputs.vectorStoreMonthly,
			latencyMs: inputs.retrievalLatencyMs,
		},
		a: prompted(inputs, 'a'),
		b: {
			promptTokens: inputs.bPromptTokens,
			serving:
				inputs.bServing === 'dedicated'
					? {
							mode: 'dedicated',
							gpuHourPrice: inputs.gpuHourPrice,
							outputTokensPerSecondPerGpu: inputs.gpuThroughput,
							peakToAverage: inputs.peakToAverage,
							alwaysOn: inputs.alwaysOn,
						}
					: {
							mode: 'per-token',
							inputPricePerMTok: inputs.bInputPrice,
							outputPricePerMTok: inputs.bOutputPrice,
						},
			hostingMonthly: inputs.hostingMonthly,
			training: {
				examples: inputs.trainingExamples,
				tokensPerExample: inputs.tokensPerExample,
				epochs: inputs.epochs,
				pricePerMTok: inputs.trainingPrice,
				preparationCost: inputs.preparationCost,
				retrainEveryMonths: inputs.retrainEveryMonths,
			},
			retrieval: inputs.ragB,
			latency: latency(inputs.bTtftMs, inputs.bOutputTokensPerSecond, inputs.bPrefillMsPerK),
		},
		c: inputs.includeC ? prompted(inputs, 'c') : null,
	};
}

/** Looks up a base model's price; base-model-prices.ts provides one backed by @pydantic/genai-prices. */
export type BaseModelPriceLookup = (provider: string, model: string) => BaseModelPrice;

/** A preset with every reference replaced by numbers, ready to seed the calculator. */
export interface ResolvedPreset {
	/** Preset id. */
	id: string;
	/** Preset name. */
	name: string;
	/** What it compares. */
	description: string;
	/** Warning to show with it, if any. */
	notice: string | null;
	/** Names of the three options. */
	labels: { a: string; b: string; c: string | null };
	/** Calculator inputs with the preset's figures. */
	defaults: CalculatorInputs;
	/** Sources of every price and benchmark figure used, for citation. */
	sources: PriceSource[];
}

const money = (value: number): string => `$${formatNumber(value, 4)}`;

function baseSource(price: BaseModelPrice, what: string): PriceSource {
	const cached = price.cachedInputPerMTok === null ? '' : `, cached input ${money(price.cachedInputPerMTok)}`;
	const output = price.outputPerMTok > 0 ? `, output ${money(price.outputPerMTok)}` : '';
	return {
		label: `${what} ${price.name} (${price.provider}/${price.model}): input ${money(price.inputPerMTok)}${cached}${output} per 1M tokens`,
		url: price.sourceUrl,
		accessed: price.accessed,
	};
}

function curatedSource(entry: PriceEntry, figure: string): PriceSource {
	return {
		label: `${entry.provider}, ${entry.model}: ${figure}`,
		url: entry.source,
		accessed: entry.accessed,
	};
}

/**
 * Turn a preset into calculator defaults: base-model prices from the lookup, curated figures by id.
 * Throws when a reference is missing, so a broken preset fails the build instead of showing wrong numbers.
 */
export function resolvePreset(
	preset: Preset,
	prices: readonly PriceEntry[],
	lookupBase: BaseModelPriceLookup,
): ResolvedPreset {
	const sources: PriceSource[] = [];
	const a = lookupBase(preset.a.provider, preset.a.model);
	sources.push(baseSource(a, 'Option A,'));
	const c = preset.c === undefined ? null : lookupBase(preset.c.provider, preset.c.model);
	if (c !== null) sources.push(baseSource(c, 'Option C,'));
	const embedding = lookupBase(preset.retrieval.embedding.provider, preset.retrieval.embedding.model);
	sources.push(baseSource(embedding, 'Retrieval embedding,'));

	const b = preset.b;
	const training = findPrice(prices, b.trainingPrice, 'training');
	sources.push(curatedSource(training, `training ${money(training.trainingPerMTok)} per 1M tokens`));
	const serving = b.servingPrice === undefined ? null : findPrice(prices, b.servingPrice, 'serving');
	if (serving !== null && b.serving === 'per-token') {
		sources.push(
			curatedSource(
				serving,
				`serving ${money(serving.inputPerMTok)} input, ${money(serving.outputPerMTok)} output per 1M tokens`,
			),
		);
	}
	const gpu = b.gpuHourPrice === undefined ? null : findPrice(prices, b.gpuHourPrice, 'gpu-hour');
	if (gpu !== null && b.serving === 'dedicated') {
		sources.push(curatedSource(gpu, `${gpu.gpu} at ${money(gpu.usdPerGpuHour)} per GPU-hour`));
	}
	const throughput = b.throughput === undefined ? null : findPrice(prices, b.throughput, 'throughput');
	if (throughput !== null && b.serving === 'dedicated') {
		sources.push(
			curatedSource(
				throughput,
				`${formatNumber(throughput.outputTokensPerSecond)} output tokens/s at concurrency ${throughput.concurrency}, ` +
					`time to first token ${formatNumber(throughput.timeToFirstTokenMs)} ms`,
			),
		);
	}
	// Dedicated B takes its latency from the benchmark; per-token B from the preset's labelled example.
	const bLatency =
		b.serving === 'dedicated' && throughput !== null
			? { ttft: throughput.timeToFirstTokenMs, speed: 1000 / throughput.interTokenLatencyMs }
			: {
					ttft: b.exampleLatency?.timeToFirstTokenMs ?? 0,
					speed: b.exampleLatency?.outputTokensPerSecond ?? 1,
				};
	const cPreset = preset.c ?? preset.a;
	const cPrice = c ?? a;

	const defaults: CalculatorInputs = {
		volume: preset.monthlyVolume,
		latencyBudgetMs: preset.latencyBudgetMs,
		currency: 'USD',
		usdRate: 1,
		includeC: preset.c !== undefined,
		userInputTokens: preset.userInputTokens,
		outputTokens: preset.outputTokens,
		ragA: preset.retrieval.a,
		ragB: preset.retrieval.b,
		ragC: preset.retrieval.c,
		retrievalChunks: preset.retrieval.chunks,
		retrievalTokensPerChunk: preset.retrieval.tokensPerChunk,
		embeddingQueryTokens: preset.retrieval.queryTokens,
		embeddingPrice: embedding.inputPerMTok,
		vectorStoreMonthly: preset.retrieval.vectorStoreMonthly,
		retrievalLatencyMs: preset.retrieval.exampleLatencyMs,
		aInstructionTokens: preset.a.instructionTokens,
		aFewShotTokens: preset.a.fewShotTokens,
		aInputPrice: a.inputPerMTok,
		aOutputPrice: a.outputPerMTok,
		aCachedInputPrice: a.cachedInputPerMTok ?? a.inputPerMTok,
		aCacheHitPercent: preset.a.cacheHitPercent,
		aBatchDiscountPercent: 0,
		aTtftMs: preset.a.exampleLatency.timeToFirstTokenMs,
		aOutputTokensPerSecond: preset.a.exampleLatency.outputTokensPerSecond,
		aPrefillMsPerK: 0,
		bPromptTokens: b.promptTokens,
		bServing: b.serving,
		bInputPrice: serving?.inputPerMTok ?? 0,
		bOutputPrice: serving?.outputPerMTok ?? 0,
		gpuHourPrice: gpu?.usdPerGpuHour ?? 0,
		gpuThroughput: throughput?.outputTokensPerSecond ?? 1,
		peakToAverage: b.peakToAverage,
		alwaysOn: b.alwaysOn,
		hostingMonthly: b.hostingMonthly,
		trainingExamples: b.trainingExamples,
		tokensPerExample: b.tokensPerExample,
		epochs: b.epochs,
		trainingPrice: training.trainingPerMTok,
		preparationCost: b.preparationCost,
		retrainEveryMonths: b.retrainEveryMonths,
		bTtftMs: bLatency.ttft,
		bOutputTokensPerSecond: bLatency.speed,
		bPrefillMsPerK: 0,
		// Without a C in the preset, C's fields mirror A so that switching C on starts from something sensible.
		cInstructionTokens: cPreset.instructionTokens,
		cFewShotTokens: cPreset.fewShotTokens,
		cInputPrice: cPrice.inputPerMTok,
		cOutputPrice: cPrice.outputPerMTok,
		cCachedInputPrice: cPrice.cachedInputPerMTok ?? cPrice.inputPerMTok,
		cCacheHitPercent: cPreset.cacheHitPercent,
		cBatchDiscountPercent: 0,
		cTtftMs: cPreset.exampleLatency.timeToFirstTokenMs,
		cOutputTokensPerSecond: cPreset.exampleLatency.outputTokensPerSecond,
		cPrefillMsPerK: 0,
	};
	return {
		id: preset.id,
		name: preset.name,
		description: preset.description,
		notice: preset.notice ?? null,
		labels: { a: preset.a.label, b: b.label, c: preset.c?.label ?? null },
		defaults,
		sources,
	};
}

/** Calculator defaults derived from a preset (see `resolvePreset`). */
export function defaultsFromPreset(
	preset: Preset,
	prices: readonly PriceEntry[],
	lookupBase: BaseModelPriceLookup,
): CalculatorInputs {
	return resolvePreset(preset, prices, lookupBase).defaults;
}

/** URL key naming the preset a link starts from; the other keys override that preset's defaults. */
export const PRESET_KEY = 'p';

/** Preset the calculator opens with and that links without `p` start from. */
export const DEFAULT_PRESET_ID = 'lora-per-token';

/** Calculator defaults of every preset, by preset id. */
export type PresetDefaults = Readonly<Record<string, CalculatorInputs>>;

/** A URL read against the presets: the preset it names, its inputs and the notices. */
export interface ParsedPresetQuery extends ParsedQuery {
	/** Preset the inputs start from. */
	presetId: string;
	/** Message when the `p` key names no preset (the default preset is used then); null otherwise. */
	presetNotice: string | null;
}

function defaultsOf(presets: PresetDefaults, id: string): CalculatorInputs {
	const defaults = Object.hasOwn(presets, id) ? presets[id] : undefined;
	if (defaults === undefined) throw new Error(`no preset with id "${id}"`);
	return defaults;
}

/**
 * Read a query string whose `p` key names a preset: the inputs are that preset's defaults with the other keys
 * as overrides. An unknown preset falls back to the default one with a notice (never echoing the text).
 */
export function parsePresetQuery(
	search: string,
	presets: PresetDefaults,
	defaultPresetId: string,
): ParsedPresetQuery {
	const requested = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(PRESET_KEY);
	const known = requested !== null && Object.hasOwn(presets, requested);
	const presetId = known ? requested : defaultPresetId;
	const presetNotice =
		requested === null || known
			? null
			: `The link names a preset this calculator does not have, so it starts from the default preset.`;
	return { presetId, presetNotice, ...parseCalculatorQuery(search, defaultsOf(presets, presetId)) };
}

/** Query string (without "?"): `p` when the preset is not the default one, then the inputs that differ from it. */
export function serialisePresetQuery(
	presetId: string,
	inputs: CalculatorInputs,
	presets: PresetDefaults,
	defaultPresetId: string,
): string {
	const overrides = serialiseCalculatorQuery(inputs, defaultsOf(presets, presetId));
	if (presetId === defaultPresetId) return overrides;
	const preset = new URLSearchParams({ [PRESET_KEY]: presetId }).toString();
	return overrides === '' ? preset : `${preset}&${overrides}`;
}
