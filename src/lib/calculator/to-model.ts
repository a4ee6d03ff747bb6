/** From the flat calculator inputs to the cost model's structured inputs, and which sourced figures are missing. */
import type { CalculatorInputs, Field, SourcedField } from './fields';
import type {
	CostModelInputs,
	FineTunedOption,
	LatencySettings,
	OptionId,
	PromptedOption,
	Serving,
	TokenPrices,
	Workload,
} from './model-types';

/** The sourced figures an option needs that the inputs lack (null): the option cannot be costed without them. */
export function missingOf(inputs: CalculatorInputs, option: OptionId): SourcedField[] {
	let needed: SourcedField[];
	if (option === 'b')
		needed =
			inputs.bServing === 'dedicated'
				? ['gpuHourPrice', 'gpuThroughput', 'gpuPrefillThroughput']
				: ['bInputPrice', 'bOutputPrice'];
	else if (option === 'c' && !inputs.includeC) needed = [];
	// The long-context output price matters only when the option has a long-context tier.
	else
		needed =
			inputs[`${option}LongInputThreshold`] > 0
				? [`${option}OutputPrice`, `${option}LongOutputPrice`]
				: [`${option}OutputPrice`];
	return needed.filter((field) => inputs[field] === null);
}

/** Every sourced figure the inputs lack, A's first, then B's and C's. */
export function missingFigures(inputs: CalculatorInputs): SourcedField[] {
	return [...missingOf(inputs, 'a'), ...missingOf(inputs, 'b'), ...missingOf(inputs, 'c')];
}

function latency(ttftMs: number, tokensPerSecond: number, prefillMsPerK: number): LatencySettings {
	return {
		timeToFirstTokenMs: ttftMs,
		outputTokensPerSecond: tokensPerSecond,
		prefillMsPerThousandInputTokens: prefillMsPerK,
	};
}

function figure(inputs: CalculatorInputs, field: SourcedField): number {
	const value = inputs[field];
	if (value === null) throw new Error(`no ${field}`);
	return value;
}

/** Option A or C built from the inputs; throws when it lacks a sourced figure (check `missingOf` first). */
export function promptedOption(inputs: CalculatorInputs, p: 'a' | 'c'): PromptedOption {
	const get = (suffix: string): number => {
		const field = `${p}${suffix}` as Field;
		const value = inputs[field];
		if (typeof value !== 'number') throw new Error(`no ${field}`);
		return value;
	};
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

/** Option B built from the inputs; throws when it lacks a sourced figure its serving mode needs. */
export function fineTunedOption(inputs: CalculatorInputs): FineTunedOption {
	return {
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
	};
}

/** The workload and retrieval settings: what every option is computed from. */
export function workloadOf(inputs: CalculatorInputs): Workload {
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
	};
}

/**
 * The cost model's structured inputs, built from the flat calculator inputs.
 * Throws when an option lacks a sourced figure: callers check `missingFigures` first.
 */
export function toCostModelInputs(inputs: CalculatorInputs): CostModelInputs {
	return {
		...workloadOf(inputs),
		a: promptedOption(inputs, 'a'),
		b: fineTunedOption(inputs),
		c: inputs.includeC ? promptedOption(inputs, 'c') : null,
	};
}
