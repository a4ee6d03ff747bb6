/** What one call costs and how long it takes, for each option. Nothing rounds here: format.ts does. */
import type {
	CostModelInputs,
	FineTunedOption,
	LatencySettings,
	PromptedOption,
	RetrievalSettings,
	SharedModelInputs,
	TokenPrices,
} from './model-types';
import { TOKENS_PER_PRICE_UNIT } from './units';

/** Tokens added to the prompt by retrieval: chunks × tokens per chunk. */
export function retrievedTokensPerCall(retrieval: RetrievalSettings): number {
	return retrieval.chunks * retrieval.tokensPerChunk;
}

/** Embedding cost of one query: query tokens × $ per 1M embedding tokens ÷ 1M. */
export function embeddingCostPerCall(retrieval: RetrievalSettings): number {
	return (retrieval.queryTokens * retrieval.embeddingPricePerMTok) / TOKENS_PER_PRICE_UNIT;
}

function embedding(model: SharedModelInputs, on: boolean): number {
	return on ? embeddingCostPerCall(model.retrieval) : 0;
}

/** The input of one prompted call, split into the part a provider can cache and the rest. */
export interface PromptParts {
	/** Instructions + few-shot examples (+ retrieved text when it repeats across calls). */
	cacheablePrefix: number;
	/** The user's input (+ retrieved text when it changes from call to call). */
	rest: number;
}

/** Split a prompted call's input into its cacheable prefix and the rest. */
export function promptParts(model: SharedModelInputs, option: PromptedOption): PromptParts {
	const retrieved = option.retrieval ? retrievedTokensPerCall(model.retrieval) : 0;
	const repeats = model.retrieval.repeatsAcrossCalls;
	return {
		cacheablePrefix: option.instructionTokens + option.fewShotTokens + (repeats ? retrieved : 0),
		rest: model.userInputTokens + (repeats ? 0 : retrieved),
	};
}

/** Input tokens of one prompted call: instructions + few-shot examples + user input (+ retrieved context). */
export function promptedInputTokens(model: SharedModelInputs, option: PromptedOption): number {
	const parts = promptParts(model, option);
	return parts.cacheablePrefix + parts.rest;
}

/** The prices a call pays: the long-context tier's throughout when its input exceeds the tier's threshold. */
export function pricesForInput(option: PromptedOption, inputTokens: number): TokenPrices {
	const tier = option.longContext;
	return tier !== null && tier.thresholdTokens > 0 && inputTokens > tier.thresholdTokens
		? tier.prices
		: option.prices;
}

/**
 * Cost of one prompted call, with h the cache-hit share and p the prices of the call's tier:
 * (rest × p_in + prefix × (h × p_cached + (1 − h) × p_write) + (output + reasoning) × p_out) ÷ 1M
 * × (1 − batch% ÷ 100) + embedding. With caching off (h = 0) the prefix is plain input at p_in.
 */
export function promptedCostPerCall(model: SharedModelInputs, option: PromptedOption): number {
	const { cacheablePrefix, rest } = promptParts(model, option);
	const prices = pricesForInput(option, cacheablePrefix + rest);
	const hit = option.cacheHitShare;
	const prefixPrice = hit > 0 ? hit * prices.cachedInput + (1 - hit) * prices.cacheWrite : prices.input;
	const tokens =
		rest * prices.input +
		cacheablePrefix * prefixPrice +
		(model.outputTokens + option.reasoningTokens) * prices.output;
	const discount = 1 - option.batchDiscountPercent / 100;
	return (tokens / TOKENS_PER_PRICE_UNIT) * discount + embedding(model, option.retrieval);
}

/** Input tokens of one fine-tuned call: short prompt + user input (+ retrieved context). */
export function fineTunedInputTokens(model: CostModelInputs, option: FineTunedOption): number {
	const retrieved = option.retrieval ? retrievedTokensPerCall(model.retrieval) : 0;
	return option.promptTokens + model.userInputTokens + retrieved;
}

/**
 * Variable cost of one fine-tuned call.
 * Per token: (input × p_in + output × p_out) ÷ 1M + embedding. Dedicated: only the embedding, because the
 * GPUs are billed by the hour; they enter as a monthly cost (see dedicated-gpus.ts).
 */
export function fineTunedCostPerCall(model: CostModelInputs, option: FineTunedOption): number {
	const query = embedding(model, option.retrieval);
	if (option.serving.mode === 'dedicated') return query;
	const tokens =
		fineTunedInputTokens(model, option) * option.serving.inputPricePerMTok +
		model.outputTokens * option.serving.outputPricePerMTok;
	return tokens / TOKENS_PER_PRICE_UNIT + query;
}

/**
 * Latency of one call: retrieval ms (if on) + time to first token + prefill ms per 1k input tokens × input ÷ 1000
 * + (output + reasoning tokens) ÷ output tokens per second × 1000.
 */
export function callLatencyMs(
	model: SharedModelInputs,
	latency: LatencySettings,
	inputTokens: number,
	retrieval: boolean,
	reasoningTokens = 0,
): number {
	const generated = model.outputTokens + reasoningTokens;
	const generation =
		latency.outputTokensPerSecond > 0
			? (generated / latency.outputTokensPerSecond) * 1000
			: generated > 0
				? Number.POSITIVE_INFINITY
				: 0;
	return (
		(retrieval ? model.retrieval.latencyMs : 0) +
		latency.timeToFirstTokenMs +
		(latency.prefillMsPerThousandInputTokens * inputTokens) / 1000 +
		generation
	);
}
