/**
 * Resolve a preset (content/prices/presets.yaml) into numbers: base-model prices from a lookup backed by
 * @pydantic/genai-prices, curated figures (content/prices/prices.yaml) by id, each figure with its source.
 * A figure the data lacks stays null ("no sourced figure"), never a stand-in number.
 */
import { formatNumber } from '../format';
import type { CalculatorInputs, Field } from './fields';
import { promptedPriceFields, slotFields, type ModelPrices } from './model-list';
import type { ModelSlot } from './model-picks';
import { findPrice } from './price-lookup';
import type { BaseModelPrice, PriceEntry, Preset } from './price-schema';
import type { PriceSource, ResolvedPreset } from './snapshots';

/** Looks up a base model's price; base-model-prices.ts provides one backed by @pydantic/genai-prices. */
export type BaseModelPriceLookup = (provider: string, model: string) => BaseModelPrice;

type Throughput = Extract<PriceEntry, { kind: 'throughput' }>;

/** Per-GPU rates of a throughput figure, tokens per second; prefill is null when the source gives no input mix. */
export interface GpuRates {
	/** Output tokens per second one GPU generates. */
	output: number;
	/** Input tokens per second one GPU prefills; null when unknown. */
	prefill: number | null;
}

/**
 * Per-GPU rates from a throughput figure. With two saturated runs, each run's duration is split as
 * duration = input tokens ÷ prefill rate + output tokens ÷ output rate, and the two equations are solved
 * (Cramer's rule) for the two rates. With one aggregate output figure, the prefill rate is unknown.
 */
export function gpuRates(entry: Throughput): GpuRates {
	if (entry.runs === undefined) return { output: entry.outputTokensPerSecond ?? 0, prefill: null };
	const [first, second] = entry.runs;
	if (first === undefined || second === undefined) throw new Error(`${entry.id}: two runs are needed`);
	const det = first.inputTokens * second.outputTokens - second.inputTokens * first.outputTokens;
	const secondsPerInput =
		(first.durationSeconds * second.outputTokens - second.durationSeconds * first.outputTokens) / det;
	const secondsPerOutput =
		(first.inputTokens * second.durationSeconds - second.inputTokens * first.durationSeconds) / det;
	if (!(secondsPerInput > 0 && secondsPerOutput > 0))
		throw new Error(`${entry.id}: its two runs do not give positive prefill and output rates`);
	return { output: 1 / secondsPerOutput, prefill: 1 / secondsPerInput };
}

const money = (value: number): string => `$${formatNumber(value, 4)}`;

function baseSource(price: BaseModelPrice, option: ModelSlot): PriceSource {
	const cached = price.cachedInputPerMTok === null ? '' : `, cached input ${money(price.cachedInputPerMTok)}`;
	const write = price.cacheWritePerMTok === null ? '' : `, cache writes ${money(price.cacheWritePerMTok)}`;
	const output = price.outputPerMTok > 0 ? `, output ${money(price.outputPerMTok)}` : '';
	const tier = price.longContext;
	const long =
		tier === null
			? ''
			: `; above ${formatNumber(tier.thresholdTokens)} input tokens: input ${money(tier.inputPerMTok)}, output ${money(tier.outputPerMTok)}`;
	const what = option === 'embedding' ? 'Retrieval embedding' : `Option ${option.toUpperCase()}`;
	return {
		label: `${what}, ${price.name} (${price.provider}/${price.model}): input ${money(price.inputPerMTok)}${cached}${write}${output} per 1M tokens${long}`,
		url: price.pricingUrl,
		accessed: price.accessed,
		via: price.dataset,
		fields: slotFields(option),
	};
}

function curatedSource(entry: PriceEntry, figure: string, fields: Field[]): PriceSource {
	return {
		label: `${entry.provider}, ${entry.model}: ${figure}`,
		url: entry.source,
		accessed: entry.accessed,
		via: null,
		fields,
	};
}

function throughputFigure(entry: Throughput, rates: GpuRates): string {
	const on = entry.gpu === null ? '' : ` on ${entry.gpu}`;
	const prefill =
		rates.prefill === null
			? 'prefill rate not given'
			: `${formatNumber(rates.prefill, 0)} input tokens/s prefill`;
	const runs =
		entry.runs === undefined
			? ''
			: ` (fitted to its runs: ${entry.runs.map((run) => `${run.name}, ${formatNumber(run.requests)} requests, ${formatNumber(run.inputTokens)} input and ${formatNumber(run.outputTokens)} output tokens in ${formatNumber(run.durationSeconds)} s`).join('; ')})`;
	return `${formatNumber(rates.output, 0)} output tokens/s, ${prefill}${on} at up to ${entry.concurrency} concurrent requests${runs}`;
}

/** A base-model price in the model list's shape, so presets and chosen models map prices to inputs alike. */
export function modelPricesOf(price: BaseModelPrice): ModelPrices {
	const tier = price.longContext;
	return {
		input: price.inputPerMTok,
		cachedInput: price.cachedInputPerMTok,
		cacheWrite: price.cacheWritePerMTok,
		output: price.outputPerMTok,
		longContext:
			tier === null
				? null
				: {
						threshold: tier.thresholdTokens,
						input: tier.inputPerMTok,
						cachedInput: tier.cachedInputPerMTok,
						cacheWrite: tier.cacheWritePerMTok,
						output: tier.outputPerMTok,
					},
	};
}

/** The prompted option's fields of a preset: token counts from the preset, prices from the lookup. */
function promptedDefaults(
	p: 'a' | 'c',
	option: Preset['a'],
	price: BaseModelPrice,
): Partial<CalculatorInputs> {
	return {
		[`${p}InstructionTokens`]: option.instructionTokens,
		[`${p}FewShotTokens`]: option.fewShotTokens,
		[`${p}ReasoningTokens`]: option.reasoningTokens,
		...promptedPriceFields(p, modelPricesOf(price)),
		[`${p}CacheHitPercent`]: option.cacheHitPercent,
		[`${p}BatchDiscountPercent`]: 0,
		[`${p}TtftMs`]: option.exampleLatency.timeToFirstTokenMs,
		[`${p}OutputTokensPerSecond`]: option.exampleLatency.outputTokensPerSecond,
		[`${p}PrefillMsPerK`]: 0,
	};
}

/** B's serving figures and their sources: per-token prices, or GPU price and rates; null where unsourced. */
function servingDefaults(b: Preset['b'], prices: readonly PriceEntry[], sources: PriceSource[]) {
	const serving = b.servingPrice === undefined ? null : findPrice(prices, b.servingPrice, 'serving');
	const gpu = b.gpuHourPrice === undefined ? null : findPrice(prices, b.gpuHourPrice, 'gpu-hour');
	const bench = b.throughput === undefined ? null : findPrice(prices, b.throughput, 'throughput');
	const rates = bench === null ? null : gpuRates(bench);
	if (serving !== null)
		sources.push(
			curatedSource(
				serving,
				`serving ${money(serving.inputPerMTok)} input, ${money(serving.outputPerMTok)} output per 1M tokens`,
				['bInputPrice', 'bOutputPrice'],
			),
		);
	if (gpu !== null)
		sources.push(
			curatedSource(gpu, `${gpu.gpu} at ${money(gpu.usdPerGpuHour)} per GPU-hour`, ['gpuHourPrice']),
		);
	if (bench !== null && rates !== null) {
		const fields: Field[] = ['gpuThroughput', 'bTtftMs', 'bOutputTokensPerSecond'];
		if (rates.prefill !== null) fields.push('gpuPrefillThroughput');
		sources.push(curatedSource(bench, throughputFigure(bench, rates), fields));
	}
	// Dedicated B takes its latency from the benchmark; per-token B from the preset's labelled example.
	const example = b.exampleLatency;
	const measured =
		bench === null ? undefined : { ttft: bench.timeToFirstTokenMs, speed: 1000 / bench.interTokenLatencyMs };
	const labelled =
		example === undefined
			? undefined
			: { ttft: example.timeToFirstTokenMs, speed: example.outputTokensPerSecond };
	const latency = b.serving === 'dedicated' ? (measured ?? labelled) : (labelled ?? measured);
	if (latency === undefined) throw new Error(`preset B "${b.label}" has no latency figures`);
	return {
		bInputPrice: serving?.inputPerMTok ?? null,
		bOutputPrice: serving?.outputPerMTok ?? null,
		gpuHourPrice: gpu?.usdPerGpuHour ?? null,
		gpuThroughput: rates?.output ?? null,
		gpuPrefillThroughput: rates?.prefill ?? null,
		bTtftMs: latency.ttft,
		bOutputTokensPerSecond: latency.speed,
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
	sources.push(baseSource(a, 'a'));
	const c = preset.c === undefined ? null : lookupBase(preset.c.provider, preset.c.model);
	if (c !== null) sources.push(baseSource(c, 'c'));
	const embedding = lookupBase(preset.retrieval.embedding.provider, preset.retrieval.embedding.model);
	sources.push(baseSource(embedding, 'embedding'));
	const b = preset.b;
	const training = findPrice(prices, b.trainingPrice, 'training');
	sources.push(
		curatedSource(training, `training ${money(training.trainingPerMTok)} per 1M tokens`, ['trainingPrice']),
	);
	const retrieval = preset.retrieval;
	const defaults = {
		volume: preset.monthlyVolume,
		horizonMonths: preset.horizonMonths,
		latencyBudgetMs: preset.latencyBudgetMs,
		currency: 'USD',
		usdRate: 1,
		rateDate: '',
		includeC: preset.c !== undefined,
		userInputTokens: preset.userInputTokens,
		outputTokens: preset.outputTokens,
		ragA: retrieval.a,
		ragB: retrieval.b,
		ragC: retrieval.c,
		retrievalChunks: retrieval.chunks,
		retrievalTokensPerChunk: retrieval.tokensPerChunk,
		retrievedRepeats: retrieval.repeatsAcrossCalls,
		embeddingQueryTokens: retrieval.queryTokens,
		embeddingPrice: embedding.inputPerMTok,
		vectorStoreMonthly: retrieval.vectorStoreMonthly,
		retrievalLatencyMs: retrieval.exampleLatencyMs,
		...promptedDefaults('a', preset.a, a),
		bPromptTokens: b.promptTokens,
		bServing: b.serving,
		...servingDefaults(b, prices, sources),
		gpuUtilisationPercent: b.gpuUtilisationPercent,
		spareGpu: b.spareGpu,
		peakToAverage: b.peakToAverage,
		alwaysOn: b.alwaysOn,
		trafficHoursPerDay: b.trafficHoursPerDay,
		hostingMonthly: b.hostingMonthly,
		trainingExamples: b.trainingExamples,
		tokensPerExample: b.tokensPerExample,
		epochs: b.epochs,
		trainingPrice: training.trainingPerMTok,
		preparationCost: b.preparationCost,
		retrainEveryMonths: b.retrainEveryMonths,
		bPrefillMsPerK: 0,
		// Without a C in the preset, C's fields mirror A so that switching C on starts from something sensible.
		...promptedDefaults('c', preset.c ?? preset.a, c ?? a),
	} as CalculatorInputs;
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
