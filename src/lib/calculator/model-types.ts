/**
 * The cost model's inputs: three ways to serve one task.
 *
 * - A: a large base model, prompted with instructions and few-shot examples.
 * - B: a small model fine-tuned for the task, served per token or on dedicated GPUs.
 * - C (optional): a small base model, prompted like A.
 *
 * All money is in US dollars, volumes are calls per month, prices are per 1M tokens.
 */

/** Identifier of one of the three options. */
export type OptionId = 'a' | 'b' | 'c';

/** Retrieval (RAG) settings shared by the options that switch it on. */
export interface RetrievalSettings {
	/** Chunks retrieved and added to the prompt on each call. */
	chunks: number;
	/** Average tokens in one chunk. */
	tokensPerChunk: number;
	/** Whether the retrieved text is the same from call to call, so a provider can cache it with the prefix. */
	repeatsAcrossCalls: boolean;
	/** Tokens embedded per call to search the index (the query). */
	queryTokens: number;
	/** Embedding price in $ per 1M tokens. */
	embeddingPricePerMTok: number;
	/** Vector store or search service, $ per month, paid by each option that uses retrieval. */
	vectorStoreMonthly: number;
	/** Time to embed the query and search the index, ms. */
	latencyMs: number;
}

/** How fast one option answers. */
export interface LatencySettings {
	/** Time to first token, ms. */
	timeToFirstTokenMs: number;
	/** Output tokens per second of one stream. */
	outputTokensPerSecond: number;
	/** Extra prefill time per 1,000 input tokens, ms (0 when the time to first token already covers it). */
	prefillMsPerThousandInputTokens: number;
}

/** The per-token prices of a prompted model, $ per 1M tokens. */
export interface TokenPrices {
	/** Uncached input. */
	input: number;
	/** Output, reasoning tokens included. */
	output: number;
	/** Input read from the prompt cache. */
	cachedInput: number;
	/** Input written to the prompt cache (equal to `input` where the provider charges no surcharge). */
	cacheWrite: number;
}

/** A base model used through its API with a full prompt (options A and C). */
export interface PromptedOption {
	/** System prompt and instructions, tokens per call. */
	instructionTokens: number;
	/** Few-shot examples included in every prompt, tokens per call. */
	fewShotTokens: number;
	/** Hidden reasoning tokens per call, billed as output (0 for a model that does not reason). */
	reasoningTokens: number;
	/** Prices of calls whose input is at most `longContext.thresholdTokens` (or of every call without a tier). */
	prices: TokenPrices;
	/** The long-context tier: calls with more input tokens than the threshold pay these prices throughout. */
	longContext: { thresholdTokens: number; prices: TokenPrices } | null;
	/** Share of calls whose cacheable prefix is read from the cache, 0 … 1; 0 means caching is off. */
	cacheHitShare: number;
	/** Batch discount, percent off the whole token bill (0 for real-time calls). */
	batchDiscountPercent: number;
	/** Whether this option retrieves context on each call. */
	retrieval: boolean;
	/** Latency figures. */
	latency: LatencySettings;
}

/** The training job of option B. */
export interface TrainingSettings {
	/** Examples in the training file. */
	examples: number;
	/** Average tokens per example. */
	tokensPerExample: number;
	/** Passes over the training file. */
	epochs: number;
	/** $ per 1M training tokens. */
	pricePerMTok: number;
	/** Fixed cost of preparing data and evaluating the model, $ per training run. */
	preparationCost: number;
	/** Retrain every N months; 0 means train once. */
	retrainEveryMonths: number;
}

/** Option B on rented GPUs billed by the hour. */
export interface DedicatedServing {
	/** Rented GPUs billed by the hour. */
	mode: 'dedicated';
	/** $ per GPU-hour. */
	gpuHourPrice: number;
	/** Output tokens per second one GPU generates across the requests it serves at once. */
	outputTokensPerSecondPerGpu: number;
	/** Input (prefill) tokens per second one GPU processes, measured on the same GPU. */
	inputTokensPerSecondPerGpu: number;
	/** Share of a GPU's measured throughput you plan to use, 0 … 1 (headroom for bursts). */
	targetUtilisation: number;
	/** Keep one spare GPU running on top of what the traffic needs (N + 1). */
	spareGpu: boolean;
	/** Peak traffic ÷ average traffic: an always-on fleet is sized for the peak. */
	peakToAverage: number;
	/** Keep the fleet running all month; otherwise GPUs follow the traffic and stop when there is none. */
	alwaysOn: boolean;
	/** Hours a day the service receives traffic: a scaled fleet keeps at least one GPU running then. */
	trafficHoursPerDay: number;
}

/** How option B is served. */
export type Serving =
	| {
			/** Billed per token by a provider that hosts the fine-tuned model or adapter. */
			mode: 'per-token';
			/** $ per 1M input tokens. */
			inputPricePerMTok: number;
			/** $ per 1M output tokens. */
			outputPricePerMTok: number;
	  }
	| DedicatedServing;

/** A small model fine-tuned for the task (option B). */
export interface FineTunedOption {
	/** Instructions left in the prompt after fine-tuning (no few-shot examples), tokens per call. */
	promptTokens: number;
	/** Serving mode and its prices. */
	serving: Serving;
	/** Fixed hosting or platform fee, $ per month. */
	hostingMonthly: number;
	/** Training job. */
	training: TrainingSettings;
	/** Whether this option retrieves context on each call. */
	retrieval: boolean;
	/** Latency figures. */
	latency: LatencySettings;
}

/** Everything the model needs. */
export interface CostModelInputs {
	/** The reader's volume, calls per month. */
	monthlyVolume: number;
	/** Months over which the comparison is made: a one-off training run is spread over them. */
	horizonMonths: number;
	/** The user's own input, tokens per call (same for every option). */
	userInputTokens: number;
	/** Visible tokens generated per call (same for every option). */
	outputTokens: number;
	/** Retrieval settings, used by the options that switch retrieval on. */
	retrieval: RetrievalSettings;
	/** Large base model, prompted. */
	a: PromptedOption;
	/** Small model, fine-tuned. */
	b: FineTunedOption;
	/** Small base model, prompted; null when the reader leaves it out. */
	c: PromptedOption | null;
	/** Latency budget per call, ms; null for none. */
	latencyBudgetMs: number | null;
}

/** Everything but option B: all that options A and C are computed from. */
export type SharedModelInputs = Omit<CostModelInputs, 'b'>;
