/**
 * Cost and latency of three ways to serve one task, as pure functions of the inputs.
 *
 * - A: a large base model, prompted with instructions and few-shot examples.
 * - B: a small model fine-tuned for the task, served per token or on dedicated GPUs.
 * - C (optional): a small base model, prompted like A.
 *
 * All money is in US dollars, all volumes are calls per month. Nothing here rounds: rounding happens only
 * where a number is displayed (format.ts), so totals stay exact enough to compare at the break-even point.
 */
import { DAYS_PER_MONTH } from './volume';

/** Hours in a billing month as GPU clouds count them: 8,760 h a year ÷ 12. */
export const HOURS_PER_MONTH = 730;

/** Seconds in a 730-hour billing month, the window over which dedicated GPUs must carry the volume. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Tokens in the "per 1M tokens" unit that every price here is quoted in. */
export const TOKENS_PER_PRICE_UNIT = 1_000_000;

/** Months in a year, for yearly totals. */
export const MONTHS_PER_YEAR = 12;

/** Identifier of one of the three options. */
export type OptionId = 'a' | 'b' | 'c';

/** Retrieval (RAG) settings shared by the options that switch it on. */
export interface RetrievalSettings {
	/** Chunks retrieved and added to the prompt on each call. */
	chunks: number;
	/** Average tokens in one chunk. */
	tokensPerChunk: number;
	/** Tokens embedded per call to search the index (the query). */
	queryTokens: number;
	/** Embedding price in $ per 1M tokens: the per-query cost is queryTokens × this ÷ 1M. */
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

/** A base model used through its API with a full prompt (options A and C). */
export interface PromptedOption {
	/** System prompt and instructions, tokens per call. */
	instructionTokens: number;
	/** Few-shot examples included in every prompt, tokens per call. */
	fewShotTokens: number;
	/** $ per 1M input tokens. */
	inputPricePerMTok: number;
	/** $ per 1M output tokens. */
	outputPricePerMTok: number;
	/** $ per 1M input tokens read from the provider's prompt cache. */
	cachedInputPricePerMTok: number;
	/** Share of input tokens billed at the cached price, 0 … 1. */
	cacheHitShare: number;
	/** Batch discount, percent off the whole token bill (0 for real-time calls). */
	batchDiscountPercent: number;
	/** Whether this option retrieves context on each call. */
	retrieval: boolean;
	/** Latency figures. */
	latency: LatencySettings;
}

/** The one-time training job of option B. */
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
	/** Retrain every N months (the run then costs trainingCost ÷ N a month); 0 means train once. */
	retrainEveryMonths: number;
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
	| {
			/** Rented GPUs billed by the hour, whatever the traffic. */
			mode: 'dedicated';
			/** $ per GPU-hour. */
			gpuHourPrice: number;
			/** Output tokens per second one GPU sustains at the batch size you run (200 for one stream, 10,000+ busy). */
			outputTokensPerSecondPerGpu: number;
			/** Peak traffic ÷ average traffic: GPUs are sized for the peak. */
			peakToAverage: number;
			/** Keep at least one GPU running even at zero traffic. */
			alwaysOn: boolean;
	  };

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
	/** The user's own input, tokens per call (same for every option). */
	userInputTokens: number;
	/** Tokens generated per call (same for every option). */
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

/** Tokens added to the prompt by retrieval: chunks × tokens per chunk. */
export function retrievedTokensPerCall(retrieval: RetrievalSettings): number {
	return retrieval.chunks * retrieval.tokensPerChunk;
}

/** Embedding cost of one query: query tokens × $ per 1M embedding tokens ÷ 1M. */
export function embeddingCostPerCall(retrieval: RetrievalSettings): number {
	return (retrieval.queryTokens * retrieval.embeddingPricePerMTok) / TOKENS_PER_PRICE_UNIT;
}

function retrievalTokens(model: CostModelInputs, on: boolean): number {
	return on ? retrievedTokensPerCall(model.retrieval) : 0;
}

/** Input tokens of one prompted call: instructions + few-shot examples + user input (+ retrieved context). */
export function promptedInputTokens(model: CostModelInputs, option: PromptedOption): number {
	return (
		option.instructionTokens +
		option.fewShotTokens +
		model.userInputTokens +
		retrievalTokens(model, option.retrieval)
	);
}

/** Input tokens of one fine-tuned call: short prompt + user input (+ retrieved context). */
export function fineTunedInputTokens(model: CostModelInputs, option: FineTunedOption): number {
	return option.promptTokens + model.userInputTokens + retrievalTokens(model, option.retrieval);
}

/**
 * Cost of one prompted call:
 * (input × ((1 − h) × p_in + h × p_cached) + output × p_out) ÷ 1M × (1 − batch% ÷ 100) + embedding,
 * where h is the cache-hit share. The batch discount applies to the token bill, not to the embedding.
 */
export function promptedCostPerCall(model: CostModelInputs, option: PromptedOption): number {
	const input = promptedInputTokens(model, option);
	const hit = option.cacheHitShare;
	const inputCost = input * ((1 - hit) * option.inputPricePerMTok + hit * option.cachedInputPricePerMTok);
	const outputCost = model.outputTokens * option.outputPricePerMTok;
	const tokenCost =
		((inputCost + outputCost) / TOKENS_PER_PRICE_UNIT) * (1 - option.batchDiscountPercent / 100);
	return tokenCost + (option.retrieval ? embeddingCostPerCall(model.retrieval) : 0);
}

/**
 * Variable cost of one fine-tuned call.
 * Per token: (input × p_in + output × p_out) ÷ 1M + embedding. Dedicated: only the embedding, because the
 * GPUs cost the same whether or not a call arrives; they enter as a monthly step cost (see `gpuCount`).
 */
export function fineTunedCostPerCall(model: CostModelInputs, option: FineTunedOption): number {
	const embedding = option.retrieval ? embeddingCostPerCall(model.retrieval) : 0;
	if (option.serving.mode === 'dedicated') return embedding;
	const input = fineTunedInputTokens(model, option);
	const tokens =
		input * option.serving.inputPricePerMTok + model.outputTokens * option.serving.outputPricePerMTok;
	return tokens / TOKENS_PER_PRICE_UNIT + embedding;
}

/** One training run: examples × tokens per example × epochs × $ per 1M ÷ 1M + preparation cost. */
export function trainingCost(training: TrainingSettings): number {
	const tokens = training.examples * training.tokensPerExample * training.epochs;
	return (tokens * training.pricePerMTok) / TOKENS_PER_PRICE_UNIT + training.preparationCost;
}

/** Training spread over the retraining interval: training cost ÷ N a month, 0 when trained once (N = 0). */
export function monthlyTrainingCost(training: TrainingSettings): number {
	return training.retrainEveryMonths > 0 ? trainingCost(training) / training.retrainEveryMonths : 0;
}

/**
 * Calls one dedicated GPU carries in a month when sized for the peak:
 * throughput × seconds per month ÷ (output tokens per call × peak-to-average).
 * Infinity when calls produce no output (no GPU load); 0 when the GPU has no throughput.
 */
export function callsPerGpuMonth(
	model: CostModelInputs,
	serving: Extract<Serving, { mode: 'dedicated' }>,
): number {
	const demandPerCall = model.outputTokens * serving.peakToAverage;
	if (demandPerCall <= 0) return Number.POSITIVE_INFINITY;
	return (serving.outputTokensPerSecondPerGpu * SECONDS_PER_MONTH) / demandPerCall;
}

/**
 * GPUs needed at a volume: ⌈volume ÷ calls per GPU-month⌉, at least one when always on.
 * Throughput is counted in output tokens because decoding dominates GPU time; a benchmark figure measured
 * with a realistic input/output mix already includes the prefill work.
 */
export function gpuCount(model: CostModelInputs, option: FineTunedOption, volume: number): number {
	if (option.serving.mode !== 'dedicated') return 0;
	const minimum = option.serving.alwaysOn ? 1 : 0;
	if (volume <= 0) return minimum;
	const capacity = callsPerGpuMonth(model, option.serving);
	if (capacity <= 0) return Number.POSITIVE_INFINITY;
	return Math.max(minimum, Math.ceil(volume / capacity));
}

/** Monthly cost of dedicated GPUs at a volume: GPUs × $ per GPU-hour × 730. */
export function gpuMonthlyCost(model: CostModelInputs, option: FineTunedOption, volume: number): number {
	if (option.serving.mode !== 'dedicated') return 0;
	const gpus = gpuCount(model, option, volume);
	return gpus === 0 ? 0 : gpus * option.serving.gpuHourPrice * HOURS_PER_MONTH;
}

function vectorStore(model: CostModelInputs, on: boolean): number {
	return on ? model.retrieval.vectorStoreMonthly : 0;
}

/** Fixed monthly cost of a prompted option: the vector store when it retrieves, else nothing. */
export function promptedFixedMonthly(model: CostModelInputs, option: PromptedOption): number {
	return vectorStore(model, option.retrieval);
}

/** Fixed monthly cost of the fine-tuned option at a volume: GPUs + hosting fee + retraining + vector store. */
export function fineTunedFixedMonthly(
	model: CostModelInputs,
	option: FineTunedOption,
	volume: number,
): number {
	return (
		gpuMonthlyCost(model, option, volume) +
		option.hostingMonthly +
		monthlyTrainingCost(option.training) +
		vectorStore(model, option.retrieval)
	);
}

/** Monthly total of one option at a volume: cost per call × volume + fixed monthly cost. */
export function monthlyCost(model: CostModelInputs, id: OptionId, volume: number): number {
	if (id === 'b')
		return fineTunedCostPerCall(model, model.b) * volume + fineTunedFixedMonthly(model, model.b, volume);
	const option = id === 'a' ? model.a : model.c;
	if (option === null) throw new Error('Option C is left out of this model.');
	return promptedCostPerCall(model, option) * volume + promptedFixedMonthly(model, option);
}

/**
 * Latency of one call: retrieval ms (if on) + time to first token + prefill ms per 1k input tokens × input ÷ 1000
 * + output tokens ÷ output tokens per second × 1000.
 */
export function callLatencyMs(
	model: CostModelInputs,
	latency: LatencySettings,
	inputTokens: number,
	retrieval: boolean,
): number {
	const generation =
		latency.outputTokensPerSecond > 0
			? (model.outputTokens / latency.outputTokensPerSecond) * 1000
			: model.outputTokens > 0
				? Number.POSITIVE_INFINITY
				: 0;
	return (
		(retrieval ? model.retrieval.latencyMs : 0) +
		latency.timeToFirstTokenMs +
		(latency.prefillMsPerThousandInputTokens * inputTokens) / 1000 +
		generation
	);
}

/**
 * Lowest monthly volume from which the fine-tuned option B costs no more than a prompted option for every
 * larger volume; 0 when B is never dearer; null when that volume does not exist.
 *
 * Write Δ = (prompted cost per call) − (B's variable cost per call) and K = (B's fixed monthly cost without
 * GPUs) − (the prompted option's fixed monthly cost). The difference of monthly totals is
 * D(V) = Δ·V − K − c·n(V), with c = GPU-hour price × 730 and n(V) the GPU count (0 when served per token).
 *
 * - Per token: D is linear. Δ > 0 gives max(0, K ÷ Δ); Δ = 0 gives 0 when K ≤ 0 (B never dearer) else null;
 *   Δ < 0 gives null (A is cheaper per call, so it wins at high volume whatever B saves at low volume).
 * - Dedicated: n(V) = max(n₀, ⌈V ÷ w⌉) with w calls per GPU-month, so D rises with slope Δ inside each GPU
 *   segment ((n − 1)·w, n·w] and drops by c at each step. Its lowest value in segment n is
 *   m(n) = (Δ·w − c)·n − Δ·w − K. If Δ·w < c (the saving per call does not pay for a full GPU) m falls without
 *   bound: null. If Δ·w = c, m is constant: 0 when it is ≥ 0, else null. Otherwise m rises: the first segment
 *   n* with m(n*) ≥ 0 is ⌈(Δ·w + K) ÷ (Δ·w − c)⌉; if n* ≤ 1 the answer is 0, else D crosses zero inside
 *   segment n* − 1 at V = (K + c·(n* − 1)) ÷ Δ.
 */
export function breakEvenVolume(model: CostModelInputs, prompted: PromptedOption): number | null {
	const b = model.b;
	const saving = promptedCostPerCall(model, prompted) - fineTunedCostPerCall(model, b);
	let extraFixed =
		b.hostingMonthly +
		monthlyTrainingCost(b.training) +
		vectorStore(model, b.retrieval) -
		promptedFixedMonthly(model, prompted);

	if (b.serving.mode === 'dedicated') {
		const perGpu = b.serving.gpuHourPrice * HOURS_PER_MONTH;
		const width = callsPerGpuMonth(model, b.serving);
		const minimum = b.serving.alwaysOn ? 1 : 0;
		if (width === Number.POSITIVE_INFINITY || perGpu === 0) {
			// No output means no GPU load, and free GPUs cost nothing: either way GPUs add a constant.
			extraFixed += perGpu * minimum;
		} else {
			return steppedBreakEven(saving, extraFixed, perGpu, width);
		}
	}
	if (saving > 0) return finiteOrNull(Math.max(0, extraFixed / saving));
	if (saving === 0 && extraFixed <= 0) return 0;
	return null;
}

// A saving of a few subnormal dollars per call can push the quotient past the largest double: no break-even then.
function finiteOrNull(volume: number): number | null {
	return Number.isFinite(volume) ? volume : null;
}

function steppedBreakEven(saving: number, extraFixed: number, perGpu: number, width: number): number | null {
	if (!(saving > 0) || !(width > 0)) return null;
	const slope = saving * width - perGpu;
	const lowest = (n: number): number => slope * n - saving * width - extraFixed;
	if (slope < 0) return null;
	if (slope === 0) return lowest(1) >= 0 ? 0 : null;
	let first = Math.max(1, Math.ceil((saving * width + extraFixed) / slope));
	if (!Number.isFinite(first)) return null;
	// The ceiling of a floating-point quotient can land a segment off: settle it on the inequality itself,
	// a bounded number of times because past 2^53 adding one no longer changes a double.
	for (let i = 0; i < 4 && first > 1 && lowest(first - 1) >= 0; i++) first -= 1;
	for (let i = 0; i < 4 && lowest(first) < 0; i++) first += 1;
	if (first <= 1) return 0;
	return finiteOrNull((extraFixed + perGpu * (first - 1)) / saving);
}

/** Results for one option at the reader's volume. */
export interface OptionResult {
	/** Input tokens per call. */
	inputTokensPerCall: number;
	/** Variable cost of one call, $ (for dedicated serving only the embedding: GPUs are a fixed cost). */
	costPerCall: number;
	/** Fixed monthly cost at the reader's volume, $. */
	fixedMonthlyCost: number;
	/** Monthly total, $. */
	monthlyCost: number;
	/** Yearly total (monthly × 12), $. */
	yearlyCost: number;
	/** Monthly total ÷ volume, $; null at zero volume. */
	averageCostPerCall: number | null;
	/** GPUs running at the reader's volume; null unless served on dedicated GPUs. */
	gpuCount: number | null;
	/** Latency of one call, ms. */
	latencyMs: number;
	/** Whether the latency fits the budget; null when there is no budget. */
	meetsLatencyBudget: boolean | null;
}

/** Everything the calculator shows. */
export interface CostResults {
	/** The reader's volume, calls per month. */
	monthlyVolume: number;
	/** Large base model, prompted. */
	a: OptionResult;
	/** Small model, fine-tuned. */
	b: OptionResult;
	/** Small base model, prompted; null when left out. */
	c: OptionResult | null;
	/** One training run of B, $. */
	trainingCost: number;
	/** Volume from which B is no dearer than A (see `breakEvenVolume`). */
	breakEvenVolume: number | null;
	/** Volume from which B is no dearer than C; null when C is left out or never. */
	breakEvenVolumeVsC: number | null;
	/** A's monthly total − B's at the reader's volume, $ (negative when B costs more). */
	monthlySavings: number;
	/** Monthly savings × 12, $. */
	yearlySavings: number;
	/** C's monthly total − B's; null when C is left out. */
	monthlySavingsVsC: number | null;
	/** Days for the savings against A to repay one training run: training cost ÷ monthly savings × 30.4375; null when savings ≤ 0. */
	paybackDays: number | null;
}

function latencyVerdict(budget: number | null, latency: number): boolean | null {
	return budget === null ? null : latency <= budget;
}

/** What differs between options; the totals, latency and verdict are derived the same way for all. */
interface OptionCosts {
	costPerCall: number;
	fixedMonthlyCost: number;
	inputTokensPerCall: number;
	latency: LatencySettings;
	/** Whether this option retrieves context on each call. */
	retrieval: boolean;
	gpuCount: number | null;
}

function optionResult(model: CostModelInputs, volume: number, costs: OptionCosts): OptionResult {
	const monthly = costs.costPerCall * volume + costs.fixedMonthlyCost;
	const latency = callLatencyMs(model, costs.latency, costs.inputTokensPerCall, costs.retrieval);
	return {
		inputTokensPerCall: costs.inputTokensPerCall,
		costPerCall: costs.costPerCall,
		fixedMonthlyCost: costs.fixedMonthlyCost,
		monthlyCost: monthly,
		yearlyCost: monthly * MONTHS_PER_YEAR,
		averageCostPerCall: volume > 0 ? monthly / volume : null,
		gpuCount: costs.gpuCount,
		latencyMs: latency,
		meetsLatencyBudget: latencyVerdict(model.latencyBudgetMs, latency),
	};
}

function promptedResult(model: CostModelInputs, option: PromptedOption, volume: number): OptionResult {
	return optionResult(model, volume, {
		costPerCall: promptedCostPerCall(model, option),
		fixedMonthlyCost: promptedFixedMonthly(model, option),
		inputTokensPerCall: promptedInputTokens(model, option),
		latency: option.latency,
		retrieval: option.retrieval,
		gpuCount: null,
	});
}

function fineTunedResult(model: CostModelInputs, volume: number): OptionResult {
	const option = model.b;
	return optionResult(model, volume, {
		costPerCall: fineTunedCostPerCall(model, option),
		fixedMonthlyCost: fineTunedFixedMonthly(model, option, volume),
		inputTokensPerCall: fineTunedInputTokens(model, option),
		latency: option.latency,
		retrieval: option.retrieval,
		gpuCount: option.serving.mode === 'dedicated' ? gpuCount(model, option, volume) : null,
	});
}

/** Evaluate every option at the reader's volume, with break-even, savings and payback. */
export function evaluateCostModel(model: CostModelInputs): CostResults {
	const volume = model.monthlyVolume;
	const a = promptedResult(model, model.a, volume);
	const b = fineTunedResult(model, volume);
	const c = model.c === null ? null : promptedResult(model, model.c, volume);
	const training = trainingCost(model.b.training);
	const monthlySavings = a.monthlyCost - b.monthlyCost;
	return {
		monthlyVolume: volume,
		a,
		b,
		c,
		trainingCost: training,
		breakEvenVolume: breakEvenVolume(model, model.a),
		breakEvenVolumeVsC: model.c === null ? null : breakEvenVolume(model, model.c),
		monthlySavings,
		yearlySavings: monthlySavings * MONTHS_PER_YEAR,
		monthlySavingsVsC: c === null ? null : c.monthlyCost - b.monthlyCost,
		paybackDays: monthlySavings > 0 ? (training / monthlySavings) * DAYS_PER_MONTH : null,
	};
}

/** Why a point is on the curve besides the log grid. */
export type CurveMarker = 'break-even' | 'reader';

/** One point of the chart: the monthly total of each option at a volume. */
export interface CurvePoint {
	/** Calls per month. */
	volume: number;
	/** Option A's monthly total, $. */
	a: number;
	/** Option B's monthly total, $. */
	b: number;
	/** Option C's monthly total, $; null when left out. */
	c: number | null;
	/** Special points: the break-even volume (B vs A) and the reader's volume. */
	markers: CurveMarker[];
}

/** Range and density of the chart curve. */
export interface CurveOptions {
	/** Lowest volume, default 1e2. */
	from?: number;
	/** Highest volume, default 1e9. */
	to?: number;
	/** Log-spaced points per decade, default 8. */
	pointsPerDecade?: number;
}

/**
 * Monthly totals at log-spaced volumes from 1e2 to 1e9 (8 a decade by default), plus the exact break-even and
 * reader's volumes when they fall inside the range, in ascending order.
 */
export function costCurve(model: CostModelInputs, options: CurveOptions = {}): CurvePoint[] {
	const from = options.from ?? 1e2;
	const to = options.to ?? 1e9;
	const perDecade = options.pointsPerDecade ?? 8;
	const steps = Math.round(Math.log10(to / from) * perDecade);
	const volumes = new Map<number, CurveMarker[]>();
	for (let i = 0; i <= steps; i++) volumes.set(from * 10 ** ((i / steps) * Math.log10(to / from)), []);
	const addMarker = (volume: number | null, marker: CurveMarker): void => {
		if (volume === null || volume < from || volume > to) return;
		const markers = volumes.get(volume) ?? [];
		markers.push(marker);
		volumes.set(volume, markers);
	};
	addMarker(breakEvenVolume(model, model.a), 'break-even');
	addMarker(model.monthlyVolume, 'reader');
	return [...volumes]
		.sort(([x], [y]) => x - y)
		.map(([volume, markers]) => ({
			volume,
			a: monthlyCost(model, 'a', volume),
			b: monthlyCost(model, 'b', volume),
			c: model.c === null ? null : monthlyCost(model, 'c', volume),
			markers,
		}));
}

/** CSV of a curve for download: one row per point, full precision, markers joined by ";". */
export function curveToCsv(points: readonly CurvePoint[]): string {
	const withC = points.some((point) => point.c !== null);
	const header = ['monthly_calls', 'option_a_usd_per_month', 'option_b_usd_per_month'];
	if (withC) header.push('option_c_usd_per_month');
	header.push('marker');
	const rows = points.map((point) => {
		const cells = [String(point.volume), String(point.a), String(point.b)];
		if (withC) cells.push(point.c === null ? '' : String(point.c));
		cells.push(point.markers.join(';'));
		return cells.join(',');
	});
	return [header.join(','), ...rows].join('\n') + '\n';
}
