/** From the flat calculator inputs to the cost model's structured inputs, and what is missing for option B. */
import type { CalculatorInputs, Field, SourcedField } from './fields';
import type { CostModelInputs, LatencySettings, PromptedOption, Serving, TokenPrices } from './model-types';

/** The sourced figures B needs in its serving mode that the inputs lack (null): B cannot be costed without them. */
export function missingFigures(inputs: CalculatorInputs): SourcedField[] {
	const needed: SourcedField[] =
		inputs.bServing === 'dedicated'
			? ['gpuHourPrice', 'gpuThroughput', 'gpuPrefillThroughput']
			: ['bInputPrice', 'bOutputPrice'];
	return needed.filter((field) => inputs[field] === null);
}

function latency(ttftMs: number, tokensPerSecond: number, prefillMsPerK: number): LatencySettings {
	return {
		timeToFirstTokenMs: ttftMs,
		outputTokensPerSecond: tokensPerSecond,
		prefillMsPerThousandInputTokens: prefillMsPerK,
	};
}

function prompted(inputs: CalculatorInputs, p: 'a' | 'c'): PromptedOption {
	const get = (suffix: string): number => inputs[`${p}${suffix}` as Field] as number;
	const prices = (tier: '' | 'Long'): TokenPrices => ({
		input: get(`${tier}InputPrice`),
		output: get(`${tier}OutputPrice`),
		cachedInput: get(`${tier}CachedInputPrice`),
		cacheWrite: get(`${tier}CacheWritePrice`),
	});
	const threshold = get('LongInputThreshold');
	return {
		instructionTokens: get('InstructionTokens'),
		fewShotTokens: get('FewShotTokens'),
		reasoningTokens: get('ReasoningTokens'),
		prices: prices(''),
		longContext: threshold > 0 ? { thresholdTokens: threshold, prices: prices('Long') } : null,
		cacheHitShare: get('CacheHitPercent') / 100,
		batchDiscountPercent: get('BatchDiscountPercent'),
		retrieval: p === 'a' ? inputs.ragA : inputs.ragC,
		latency: latency(get('TtftMs'), get('OutputTokensPerSecond'), get('PrefillMsPerK')),
	};
}

function figure(inputs: CalculatorInputs, field: SourcedField): number {
	const value = inputs[field];
	if (value === null) throw new Error(`no ${field}`);
	return value;
}

function serving(inputs: CalculatorInputs): Serving {
	if (inputs.bServing === 'per-token')
		return {
			mode: 'per-token',
			inputPricePerMTok: figure(inputs, 'bInputPrice'),
			outputPricePerMTok: figure(inputs, 'bOutputPrice'),
		};
	return {
		mode: 'dedicated',
		gpuHourPrice: figure(inputs, 'gpuHourPrice'),
		outputTokensPerSecondPerGpu: figure(inputs, 'gpuThroughput'),
		inputTokensPerSecondPerGpu: figure(inputs, 'gpuPrefillThroughput'),
		targetUtilisation: inputs.gpuUtilisationPercent / 100,
		spareGpu: inputs.spareGpu,
		peakToAverage: inputs.peakToAverage,
		alwaysOn: inputs.alwaysOn,
		trafficHoursPerDay: inputs.trafficHoursPerDay,
	};
}

/** The options A and C built from the inputs: they never depend on B's figures. */
export function promptedOptions(inputs: CalculatorInputs): { a: PromptedOption; c: PromptedOption | null } {
	return { a: prompted(inputs, 'a'), c: inputs.includeC ? prompted(inputs, 'c') : null };
}

/**
 * The cost model's structured inputs, built from the flat calculator inputs.
 * Throws when B lacks a sourced figure its serving mode needs: callers check `missingFigures` first.
 */
export function toCostModelInputs(inputs: CalculatorInputs): CostModelInputs {
	return {
		...sharedModelInputs(inputs),
		b: {
			promptTokens: inputs.bPromptTokens,
			serving: serving(inputs),
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
	};
}

/** Everything but option B: what A's and C's results are computed from. */
export function sharedModelInputs(inputs: CalculatorInputs): Omit<CostModelInputs, 'b'> {
	return {
		monthlyVolume: inputs.volume,
		horizonMonths: inputs.horizonMonths,
		userInputTokens: inputs.userInputTokens,
		outputTokens: inputs.outputTokens,
		latencyBudgetMs: inputs.latencyBudgetMs > 0 ? inputs.latencyBudgetMs : null,
		retrieval: {
			chunks: inputs.retrievalChunks,
			tokensPerChunk: inputs.retrievalTokensPerChunk,
			repeatsAcrossCalls: inputs.retrievedRepeats,
			queryTokens: inputs.embeddingQueryTokens,
			embeddingPricePerMTok: inputs.embeddingPrice,
			vectorStoreMonthly: inputs.vectorStoreMonthly,
			latencyMs: inputs.retrievalLatencyMs,
		},
		...promptedOptions(inputs),
	};
}
