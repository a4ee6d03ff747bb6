/**
 * Schemas for the price data in content/prices/: curated prices (training, fine-tuned serving, GPU-hours,
 * throughput benchmarks) and the calculator presets that refer to them. Base-model prices are not curated:
 * presets name a provider and model, and base-model-prices.ts reads them from @pydantic/genai-prices.
 */
import { z } from 'astro/zod';
import { calendarDate, uniqueIdList } from '../schema-helpers';

export { calendarDate };

const slug = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, {
	message: 'ids are lowercase slugs such as "fireworks-training-up-to-16b"',
});

const money = z.number().nonnegative().finite();
const count = z.number().int().nonnegative();

const provenance = {
	/**
	 * Stable key that presets use to refer to this price.
	 * @example 'fireworks-training-up-to-16b'
	 */
	id: slug,
	/**
	 * Company that charges the price or publishes the figure.
	 * @example 'Fireworks AI'
	 */
	provider: z.string().min(1),
	/**
	 * Model, model class or product the figure applies to, as the provider names it.
	 * @example 'Base models up to 16B parameters'
	 */
	model: z.string().min(1),
	/**
	 * The provider's own page where the figure is published.
	 * @example 'https://fireworks.ai/pricing'
	 */
	source: z.url({ protocol: /^https$/, message: 'sources must be https URLs' }),
	/**
	 * Day we read the figure on that page, YYYY-MM-DD.
	 * @example '2026-11-27'
	 */
	accessed: calendarDate,
	/**
	 * What a reader should know about the figure: billing unit, conditions, doubts.
	 * @example 'Billed on dataset tokens × epochs.'
	 */
	note: z.string().min(1).optional(),
};

/** A fine-tuning (training) price per 1M training tokens. */
export const trainingPriceSchema = z.object({
	/**
	 * Kind of figure.
	 * @example 'training'
	 */
	kind: z.literal('training'),
	...provenance,
	/**
	 * $ per 1M training tokens (tokens in the training file × epochs).
	 * @example 0.5
	 */
	trainingPerMTok: money,
});

/** Per-token price of serving a fine-tuned model or LoRA adapter. */
export const servingPriceSchema = z.object({
	/**
	 * Kind of figure.
	 * @example 'serving'
	 */
	kind: z.literal('serving'),
	...provenance,
	/**
	 * $ per 1M input tokens.
	 * @example 0.2
	 */
	inputPerMTok: money,
	/**
	 * $ per 1M output tokens.
	 * @example 0.2
	 */
	outputPerMTok: money,
});

/** Hourly price of one rented GPU. */
export const gpuHourPriceSchema = z.object({
	/**
	 * Kind of figure.
	 * @example 'gpu-hour'
	 */
	kind: z.literal('gpu-hour'),
	...provenance,
	/**
	 * GPU as the provider lists it.
	 * @example 'NVIDIA A100 80GB'
	 */
	gpu: z.string().min(1),
	/**
	 * $ per GPU-hour, on demand.
	 * @example 3.89
	 */
	usdPerGpuHour: money,
});

/** One run of a throughput benchmark: requests sent at once, the tokens they carried, and how long they took. */
export const benchmarkRunSchema = z.object({
	/**
	 * The run's name in the source.
	 * @example 'ShareGPT profile'
	 */
	name: z.string().min(1),
	/**
	 * Requests in the run.
	 * @example 1000
	 */
	requests: z.number().int().positive(),
	/**
	 * Input tokens of all requests together.
	 * @example 342058
	 */
	inputTokens: z.number().int().positive(),
	/**
	 * Output tokens of all requests together.
	 * @example 281412
	 */
	outputTokens: z.number().int().positive(),
	/**
	 * Wall-clock duration of the run, seconds.
	 * @example 54.74
	 */
	durationSeconds: z.number().positive().finite(),
});

/**
 * A published throughput and latency measurement of one model on one GPU configuration. Either one aggregate
 * output rate (the source gives no input lengths: the prefill rate stays unknown), or two saturated runs of
 * different input/output mixes, from which per-GPU prefill and output rates are fitted (see presets.ts).
 */
export const throughputSchema = z
	.object({
		/**
		 * Kind of figure.
		 * @example 'throughput'
		 */
		kind: z.literal('throughput'),
		...provenance,
		/**
		 * GPU configuration measured; null when the source does not say so where we read it.
		 * @example '1 × NVIDIA H100 80GB HBM3'
		 */
		gpu: z.string().min(1).nullable(),
		/**
		 * Concurrent requests in the measurement (the most in flight at once).
		 * @example 512
		 */
		concurrency: z.number().int().positive(),
		/**
		 * Aggregate output tokens per second across all concurrent requests, when the source gives one figure.
		 * @example 4678.88
		 */
		outputTokensPerSecond: z.number().positive().finite().optional(),
		/**
		 * Two saturated runs with different input/output mixes, when the source gives them.
		 * @example [{ name: 'ShareGPT', requests: 1000, inputTokens: 342058, outputTokens: 281412, durationSeconds: 54.74 }]
		 */
		runs: z.array(benchmarkRunSchema).length(2).optional(),
		/**
		 * Median time to first token, ms.
		 * @example 36.34
		 */
		timeToFirstTokenMs: z.number().nonnegative().finite(),
		/**
		 * Time per output token of one stream, ms: one stream's speed is 1000 ÷ this.
		 * @example 5.19
		 */
		interTokenLatencyMs: z.number().positive().finite(),
	})
	.refine((entry) => (entry.outputTokensPerSecond === undefined) !== (entry.runs === undefined), {
		message: 'a throughput figure gives either outputTokensPerSecond or two runs, not both',
	});

/** Any curated figure, told apart by `kind`. */
export const priceEntrySchema = z.discriminatedUnion('kind', [
	trainingPriceSchema,
	servingPriceSchema,
	gpuHourPriceSchema,
	throughputSchema,
]);

/** A validated curated figure. */
export type PriceEntry = z.infer<typeof priceEntrySchema>;

/** The curated price list: ids must be unique. */
export const priceListSchema = uniqueIdList(priceEntrySchema, 'price');

/** Example latency figures: inputs a reader should replace, not measurements. */
export const exampleLatencySchema = z.object({
	/**
	 * Time to first token, ms.
	 * @example 600
	 */
	timeToFirstTokenMs: z.number().nonnegative(),
	/**
	 * Output tokens per second of one stream.
	 * @example 80
	 */
	outputTokensPerSecond: z.number().positive(),
});

/** A base model reached through its provider's API, priced from @pydantic/genai-prices. */
export const promptedPresetSchema = z.object({
	/**
	 * Provider id as @pydantic/genai-prices spells it.
	 * @example 'openai'
	 */
	provider: z.string().min(1),
	/**
	 * Model id exactly as @pydantic/genai-prices spells it (matched exactly, never fuzzily).
	 * @example 'gpt-6-sol'
	 */
	model: z.string().min(1),
	/**
	 * Name shown to readers.
	 * @example 'GPT-6 Sol'
	 */
	label: z.string().min(1),
	/**
	 * Instruction tokens per call.
	 * @example 800
	 */
	instructionTokens: count,
	/**
	 * Few-shot example tokens per call.
	 * @example 2000
	 */
	fewShotTokens: count,
	/**
	 * Hidden reasoning tokens per call, billed as output: 0 for a model that does not reason or is called with
	 * reasoning off.
	 * @example 0
	 */
	reasoningTokens: count,
	/**
	 * Percent of calls whose cacheable prefix is read from the prompt cache; 0 means caching is off.
	 * @example 0
	 */
	cacheHitPercent: z.number().min(0).max(100),
	/**
	 * Example latency (not a measurement: no verified figure exists for current API models).
	 * @example { timeToFirstTokenMs: 600, outputTokensPerSecond: 80 }
	 */
	exampleLatency: exampleLatencySchema,
});

/** The fine-tuned small model of a preset. */
export const fineTunedPresetSchema = z
	.object({
		/**
		 * Name shown to readers.
		 * @example 'Llama 3.1 8B + LoRA'
		 */
		label: z.string().min(1),
		/**
		 * How the model is served.
		 * @example 'per-token'
		 */
		serving: z.enum(['per-token', 'dedicated']),
		/**
		 * Id of a `serving` price (required for per-token serving).
		 * @example 'fireworks-serverless-up-to-16b'
		 */
		servingPrice: slug.optional(),
		/**
		 * Id of a `gpu-hour` price (required for dedicated serving).
		 * @example 'fireworks-a100-80gb'
		 */
		gpuHourPrice: slug.optional(),
		/**
		 * Id of a `throughput` figure (required for dedicated serving); also gives B's latency.
		 * @example 'nim-llama-3.1-8b-c25'
		 */
		throughput: slug.optional(),
		/**
		 * Id of a `training` price.
		 * @example 'fireworks-training-up-to-16b'
		 */
		trainingPrice: slug,
		/**
		 * Instruction tokens left in the prompt after fine-tuning.
		 * @example 150
		 */
		promptTokens: count,
		/**
		 * Examples in the training file.
		 * @example 2000
		 */
		trainingExamples: count,
		/**
		 * Average tokens per training example.
		 * @example 800
		 */
		tokensPerExample: count,
		/**
		 * Epochs.
		 * @example 3
		 */
		epochs: z.number().int().min(1),
		/**
		 * Data preparation and evaluation per run, $ (an assumption for the reader to replace).
		 * @example 1500
		 */
		preparationCost: money,
		/**
		 * Retrain every N months; 0 to train once.
		 * @example 6
		 */
		retrainEveryMonths: count,
		/**
		 * Peak ÷ average traffic (dedicated serving).
		 * @example 2.5
		 */
		peakToAverage: z.number().min(1),
		/**
		 * Keep the GPU fleet running all month; false lets GPUs follow the traffic (dedicated serving).
		 * @example true
		 */
		alwaysOn: z.boolean(),
		/**
		 * Share of the measured throughput to plan for, percent: headroom for bursts (an assumption).
		 * @example 70
		 */
		gpuUtilisationPercent: z.number().gt(0).max(100),
		/**
		 * Keep a spare GPU on top of what the traffic needs (N + 1).
		 * @example false
		 */
		spareGpu: z.boolean(),
		/**
		 * Hours a day the service receives traffic (dedicated serving that follows the traffic).
		 * @example 24
		 */
		trafficHoursPerDay: z.number().min(1).max(24),
		/**
		 * Fixed hosting fee, $ per month.
		 * @example 0
		 */
		hostingMonthly: money,
		/**
		 * Example latency when no throughput figure is referenced.
		 * @example { timeToFirstTokenMs: 200, outputTokensPerSecond: 150 }
		 */
		exampleLatency: exampleLatencySchema.optional(),
	})
	.superRefine((value, ctx) => {
		if (value.serving === 'per-token' && value.exampleLatency === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['exampleLatency'],
				message: 'per-token serving needs an exampleLatency',
			});
		}
		if (value.serving === 'dedicated' && value.gpuHourPrice === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['gpuHourPrice'],
				message: 'dedicated serving needs a gpuHourPrice id',
			});
		}
		if (value.serving === 'dedicated' && value.throughput === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['throughput'],
				message: 'dedicated serving needs a throughput id',
			});
		}
	});

/** One calculator preset: options A, B and optionally C with typical token counts. */
export const presetSchema = z
	.object({
		/**
		 * Stable key, used in the URL.
		 * @example 'lora-per-token'
		 */
		id: slug,
		/**
		 * Name shown in the preset picker.
		 * @example 'Frontier API vs Llama 3.1 8B + LoRA, per token'
		 */
		name: z.string().min(1),
		/**
		 * One or two sentences on what the preset compares.
		 * @example 'A frontier model with few-shot prompts against a LoRA fine-tune billed per token.'
		 */
		description: z.string().min(1),
		/**
		 * Marks the preset links without `p` start from; exactly one preset has it.
		 * @example true
		 */
		default: z.boolean().optional(),
		/**
		 * Warning shown with the preset, e.g. an availability limit.
		 * @example 'Existing customers only, shuts down 14 Jan 2027.'
		 */
		notice: z.string().min(1).optional(),
		/**
		 * Monthly calls.
		 * @example 1000000
		 */
		monthlyVolume: z.number().nonnegative().max(1e12),
		/**
		 * Months the comparison covers: a one-off training run is spread over them.
		 * @example 12
		 */
		horizonMonths: z.number().int().min(1).max(120),
		/**
		 * Latency budget per call, ms; 0 for none.
		 * @example 2000
		 */
		latencyBudgetMs: z.number().nonnegative(),
		/**
		 * User input tokens per call.
		 * @example 300
		 */
		userInputTokens: count,
		/**
		 * Output tokens per call.
		 * @example 250
		 */
		outputTokens: count,
		/**
		 * Retrieval settings and which options use them.
		 * @example { chunks: 5, tokensPerChunk: 300, queryTokens: 50, embedding: { provider: 'openai', model: 'text-embedding-3-small' }, vectorStoreMonthly: 0, exampleLatencyMs: 100, a: false, b: false, c: false }
		 */
		retrieval: z.object({
			/**
			 * Chunks per call.
			 * @example 5
			 */
			chunks: count,
			/**
			 * Tokens per chunk.
			 * @example 300
			 */
			tokensPerChunk: count,
			/**
			 * Whether the retrieved text repeats from call to call, so it is cached with the prompt prefix.
			 * @example false
			 */
			repeatsAcrossCalls: z.boolean(),
			/**
			 * Tokens embedded per query.
			 * @example 50
			 */
			queryTokens: count,
			/**
			 * Embedding model priced from @pydantic/genai-prices.
			 * @example { provider: 'openai', model: 'text-embedding-3-small' }
			 */
			embedding: z.object({ provider: z.string().min(1), model: z.string().min(1) }),
			/**
			 * Vector store, $ per month (the reader's own figure).
			 * @example 0
			 */
			vectorStoreMonthly: money,
			/**
			 * Example retrieval latency, ms (an input to replace, not a measurement).
			 * @example 100
			 */
			exampleLatencyMs: z.number().nonnegative(),
			/**
			 * Option A retrieves.
			 * @example false
			 */
			a: z.boolean(),
			/**
			 * Option B retrieves.
			 * @example false
			 */
			b: z.boolean(),
			/**
			 * Option C retrieves.
			 * @example false
			 */
			c: z.boolean(),
		}),
		/**
		 * Option A: a current frontier API model, prompted.
		 * @example { provider: 'openai', model: 'gpt-6-sol', label: 'GPT-6 Sol', instructionTokens: 800, fewShotTokens: 2000, cacheHitPercent: 0, exampleLatency: { timeToFirstTokenMs: 600, outputTokensPerSecond: 80 } }
		 */
		a: promptedPresetSchema,
		/**
		 * Option B: an open-weight small model fine-tuned with LoRA.
		 * @example { label: 'Llama 3.1 8B + LoRA', serving: 'per-token', servingPrice: 'fireworks-serverless-up-to-16b', trainingPrice: 'fireworks-training-up-to-16b', promptTokens: 150, trainingExamples: 2000, tokensPerExample: 800, epochs: 3, preparationCost: 1500, retrainEveryMonths: 6, peakToAverage: 2.5, alwaysOn: true, hostingMonthly: 0 }
		 */
		b: fineTunedPresetSchema,
		/**
		 * Option C: a current small base model, prompted (optional).
		 * @example { provider: 'openai', model: 'gpt-6-luna', label: 'GPT-6 Luna', instructionTokens: 800, fewShotTokens: 2000, cacheHitPercent: 0, exampleLatency: { timeToFirstTokenMs: 300, outputTokensPerSecond: 150 } }
		 */
		c: promptedPresetSchema.optional(),
	})
	.refine(
		(preset) =>
			preset.b.serving !== 'per-token' || preset.b.servingPrice !== undefined || preset.notice !== undefined,
		{
			path: ['notice'],
			message: 'a per-token preset without a servingPrice must say why in its notice',
		},
	);

/** A validated preset. */
export type Preset = z.infer<typeof presetSchema>;

/** The preset list: ids must be unique. */
export const presetListSchema = uniqueIdList(presetSchema, 'preset');

/** The per-1M prices of a long-context tier, as @pydantic/genai-prices lists them. */
export interface LongContextPrices {
	/** Calls with more input tokens than this pay the tier's prices throughout. */
	thresholdTokens: number;
	/** $ per 1M input tokens. */
	inputPerMTok: number;
	/** $ per 1M output tokens. */
	outputPerMTok: number;
	/** $ per 1M cached input tokens; null when the package lists none. */
	cachedInputPerMTok: number | null;
	/** $ per 1M cache-write tokens; null when the package lists none. */
	cacheWritePerMTok: number | null;
}

/** A price as read from @pydantic/genai-prices, in $ per 1M tokens, with its provenance. */
export interface BaseModelPrice {
	/** Provider id, e.g. 'openai'. */
	provider: string;
	/** Model id, e.g. 'gpt-6-sol'. */
	model: string;
	/** Model name as the package gives it, or the id. */
	name: string;
	/** $ per 1M input tokens. */
	inputPerMTok: number;
	/** $ per 1M output tokens (0 for embedding models). */
	outputPerMTok: number;
	/** $ per 1M cached input tokens; null when the package lists none. */
	cachedInputPerMTok: number | null;
	/** $ per 1M tokens written to the prompt cache; null when the package lists none (no surcharge). */
	cacheWritePerMTok: number | null;
	/** The long-context tier; null when the model has none. */
	longContext: LongContextPrices | null;
	/** Dataset and version the figures were read from, e.g. '@pydantic/genai-prices 0.1.8'. */
	dataset: string;
	/** The provider's own pricing page, as the package records it. */
	pricingUrl: string;
	/** Date of the package's data, YYYY-MM-DD. */
	accessed: string;
}

/** Every reference in the presets that does not name a curated figure of the right kind. */
export function presetReferenceProblems(presets: readonly Preset[], prices: readonly PriceEntry[]): string[] {
	const problems: string[] = [];
	const check = (preset: Preset, field: string, id: string | undefined, kind: PriceEntry['kind']): void => {
		if (id === undefined) return;
		const entry = prices.find((candidate) => candidate.id === id);
		if (entry === undefined) problems.push(`preset "${preset.id}" ${field}: no price with id "${id}"`);
		else if (entry.kind !== kind)
			problems.push(`preset "${preset.id}" ${field}: "${id}" is ${entry.kind}, not ${kind}`);
	};
	for (const preset of presets) {
		check(preset, 'b.servingPrice', preset.b.servingPrice, 'serving');
		check(preset, 'b.gpuHourPrice', preset.b.gpuHourPrice, 'gpu-hour');
		check(preset, 'b.throughput', preset.b.throughput, 'throughput');
		check(preset, 'b.trainingPrice', preset.b.trainingPrice, 'training');
	}
	return problems;
}

/** Anything with an access date, such as a curated price or a base-model price. */
export interface Dated {
	/** Day the figure was read, YYYY-MM-DD. */
	accessed: string;
}

/** Days between two YYYY-MM-DD dates (later − earlier). */
export function daysBetween(earlier: string, later: string): number {
	const day = 86_400_000;
	return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / day);
}

/** The figures read more than `maxAgeDays` days before `today` (YYYY-MM-DD), for the build to warn about. */
export function stalePrices<T extends Dated>(prices: readonly T[], today: string, maxAgeDays = 180): T[] {
	return prices.filter((price) => daysBetween(price.accessed, today) > maxAgeDays);
}

/** Parse raw curated prices, throwing one readable error that names every bad entry. */
export function parsePriceList(raw: unknown, file = 'content/prices/prices.yaml'): PriceEntry[] {
	const result = priceListSchema.safeParse(raw);
	if (!result.success) throw new Error(describeIssues(file, result.error.issues));
	return result.data;
}

/** Parse raw presets, throwing one readable error that names every bad entry. */
export function parsePresetList(raw: unknown, file = 'content/prices/presets.yaml'): Preset[] {
	const result = presetListSchema.safeParse(raw);
	if (!result.success) throw new Error(describeIssues(file, result.error.issues));
	return result.data;
}

function describeIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
	const problems = issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
	return `${file} is invalid:\n${problems.join('\n')}`;
}
