import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	breakEvenVolume,
	callLatencyMs,
	callsPerGpuMonth,
	costCurve,
	curveToCsv,
	embeddingCostPerCall,
	evaluateCostModel,
	fineTunedCostPerCall,
	gpuCount,
	HOURS_PER_MONTH,
	monthlyCost,
	monthlyTrainingCost,
	promptedCostPerCall,
	retrievedTokensPerCall,
	SECONDS_PER_MONTH,
	trainingCost,
	type CostModelInputs,
	type FineTunedOption,
	type OptionId,
	type PromptedOption,
	type Serving,
} from '../../src/lib/calculator/cost-model';

/**
 * The worked example every hand-computed case starts from (figures of the lora-per-token preset):
 * A = GPT-6 Sol at $2 / $10 per 1M, B = an 8B LoRA at $0.20 / $0.20 per 1M, C = GPT-6 Luna at $0.10 / $0.50.
 */
function example(): CostModelInputs {
	return {
		monthlyVolume: 1_000_000,
		userInputTokens: 300,
		outputTokens: 250,
		latencyBudgetMs: 2000,
		retrieval: {
			chunks: 5,
			tokensPerChunk: 300,
			queryTokens: 50,
			embeddingPricePerMTok: 0.02,
			vectorStoreMonthly: 100,
			latencyMs: 100,
		},
		a: {
			instructionTokens: 800,
			fewShotTokens: 2000,
			inputPricePerMTok: 2,
			outputPricePerMTok: 10,
			cachedInputPricePerMTok: 0.2,
			cacheHitShare: 0,
			batchDiscountPercent: 0,
			retrieval: false,
			latency: { timeToFirstTokenMs: 600, outputTokensPerSecond: 80, prefillMsPerThousandInputTokens: 0 },
		},
		b: {
			promptTokens: 150,
			serving: { mode: 'per-token', inputPricePerMTok: 0.2, outputPricePerMTok: 0.2 },
			hostingMonthly: 0,
			training: {
				examples: 2000,
				tokensPerExample: 800,
				epochs: 3,
				pricePerMTok: 0.5,
				preparationCost: 1500,
				retrainEveryMonths: 6,
			},
			retrieval: false,
			latency: { timeToFirstTokenMs: 200, outputTokensPerSecond: 150, prefillMsPerThousandInputTokens: 0 },
		},
		c: {
			instructionTokens: 800,
			fewShotTokens: 2000,
			inputPricePerMTok: 0.1,
			outputPricePerMTok: 0.5,
			cachedInputPricePerMTok: 0.01,
			cacheHitShare: 0,
			batchDiscountPercent: 0,
			retrieval: false,
			latency: { timeToFirstTokenMs: 300, outputTokensPerSecond: 150, prefillMsPerThousandInputTokens: 0 },
		},
	};
}

type Change = (model: CostModelInputs) => void;

function modelWith(...changes: Change[]): CostModelInputs {
	const model = example();
	for (const change of changes) change(model);
	return model;
}

/** 1,000 output tokens/s per GPU at $2 per GPU-hour, sized for twice the average traffic, one GPU always on. */
const dedicated =
	(overrides: Partial<Extract<Serving, { mode: 'dedicated' }>> = {}): Change =>
	(model) => {
		model.b.serving = {
			mode: 'dedicated',
			gpuHourPrice: 2,
			outputTokensPerSecondPerGpu: 1000,
			peakToAverage: 2,
			alwaysOn: true,
			...overrides,
		};
	};

function expectRelative(actual: number, expected: number, tolerance = 1e-12): void {
	const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
	expect(Math.abs(actual - expected) / scale).toBeLessThanOrEqual(tolerance);
}

describe('constants', () => {
	it('bills GPUs over a 730-hour month of 2,628,000 seconds', () => {
		expect(HOURS_PER_MONTH).toBe(730);
		expect(SECONDS_PER_MONTH).toBe(2_628_000);
	});
});

describe('cost per call', () => {
	describe.each<[string, Change[], OptionId, number]>([
		// A: input 800 + 2000 + 300 = 3,100 tokens × $2 = 6,200; output 250 × $10 = 2,500; (6,200 + 2,500) ÷ 1M = $0.0087.
		['A, plain prompt', [], 'a', 0.0087],
		// B per token: input 150 + 300 = 450 × $0.20 = 90; output 250 × $0.20 = 50; 140 ÷ 1M = $0.00014.
		['B, per token', [], 'b', 0.00014],
		// C: 3,100 × $0.10 = 310; 250 × $0.50 = 125; 435 ÷ 1M = $0.000435.
		['C, plain prompt', [], 'c', 0.000435],
		// Half the input cached: 3,100 × (0.5 × 2 + 0.5 × 0.2) = 3,410; + 2,500 = 5,910 ÷ 1M = $0.00591.
		['A, 50 % cache hits', [(m) => void (m.a.cacheHitShare = 0.5)], 'a', 0.00591],
		// All input cached: 3,100 × 0.2 = 620; + 2,500 = 3,120 ÷ 1M = $0.00312.
		['A, all input cached', [(m) => void (m.a.cacheHitShare = 1)], 'a', 0.00312],
		// Batch 50 % off: 0.0087 × 0.5 = $0.00435.
		['A, batch discount 50 %', [(m) => void (m.a.batchDiscountPercent = 50)], 'a', 0.00435],
		// Retrieval adds 5 × 300 = 1,500 tokens: 4,600 × 2 = 9,200 + 2,500 = 11,700 ÷ 1M = 0.0117,
		// plus the query embedding 50 × $0.02 ÷ 1M = 0.000001: $0.011701.
		['A, with retrieval', [(m) => void (m.a.retrieval = true)], 'a', 0.011701],
		// The batch discount leaves the embedding alone: 0.0117 × 0.5 + 0.000001 = $0.005851.
		[
			'A, retrieval and batch discount',
			[(m) => void (m.a.retrieval = true), (m) => void (m.a.batchDiscountPercent = 50)],
			'a',
			0.005851,
		],
		// B with retrieval: (1,950 × 0.2 + 250 × 0.2) ÷ 1M = 440 ÷ 1M = 0.00044 + 0.000001 = $0.000441.
		['B, per token with retrieval', [(m) => void (m.b.retrieval = true)], 'b', 0.000441],
		// Dedicated GPUs are a monthly cost: a call itself costs nothing.
		['B, dedicated', [dedicated()], 'b', 0],
		// … except its query embedding when it retrieves: $0.000001.
		['B, dedicated with retrieval', [dedicated(), (m) => void (m.b.retrieval = true)], 'b', 0.000001],
	])('%s', (_name, changes, id, expected) => {
		it(`is $${expected}`, () => {
			const model = modelWith(...changes);
			const actual =
				id === 'b'
					? fineTunedCostPerCall(model, model.b)
					: promptedCostPerCall(model, id === 'a' ? model.a : (model.c as PromptedOption));
			expectRelative(actual, expected);
		});
	});
});

describe('retrieval helpers', () => {
	it('adds chunks × tokens per chunk and prices the query embedding', () => {
		const { retrieval } = example();
		// 5 × 300 = 1,500 tokens; 50 × $0.02 ÷ 1M = $0.000001.
		expect(retrievedTokensPerCall(retrieval)).toBe(1500);
		expectRelative(embeddingCostPerCall(retrieval), 0.000001);
	});
});

describe('training', () => {
	describe.each([
		// 2,000 × 800 × 3 = 4.8M tokens × $0.50 = $2.40, + $1,500 preparation = $1,502.40; ÷ 6 months = $250.40.
		[6, 1502.4, 250.4],
		// Trained once: the run is not spread over months at all.
		[0, 1502.4, 0],
		// Retrained every month: the whole run each month.
		[1, 1502.4, 1502.4],
	])('retraining every %d months', (months, run, monthly) => {
		it(`costs $${run} a run and $${monthly} a month`, () => {
			const { training } = modelWith((m) => void (m.b.training.retrainEveryMonths = months)).b;
			expectRelative(trainingCost(training), run);
			expect(monthlyTrainingCost(training)).toBeCloseTo(monthly, 10);
		});
	});
});

describe('dedicated GPUs', () => {
	// One GPU: 1,000 tokens/s × 2,628,000 s ÷ (250 tokens × peak 2) = 5,256,000 calls a month.
	const model = modelWith(dedicated());

	it('carries 5,256,000 calls per GPU-month', () => {
		expect(callsPerGpuMonth(model, model.b.serving as Extract<Serving, { mode: 'dedicated' }>)).toBe(
			5_256_000,
		);
	});

	describe.each<[string, Change[], number, number]>([
		// Always on: one GPU even with no traffic.
		['always on, no traffic', [], 0, 1],
		// Scaled to zero: no GPU at no traffic.
		['scale to zero, no traffic', [dedicated({ alwaysOn: false })], 0, 0],
		// Scaled to zero, one call still needs a GPU.
		['scale to zero, one call', [dedicated({ alwaysOn: false })], 1, 1],
		// Exactly one GPU's worth.
		['one GPU full', [], 5_256_000, 1],
		// One call more needs a second GPU.
		['one call past one GPU', [], 5_256_001, 2],
		// 1e9 ÷ 5,256,000 = 190.26 → 191 GPUs.
		['a billion calls', [], 1e9, 191],
		// Calls without output put no load on the GPU: the count stays at its minimum.
		['no output tokens', [(m) => void (m.outputTokens = 0)], 1e9, 1],
		// A GPU with no throughput can never carry the traffic.
		['no throughput', [dedicated({ outputTokensPerSecondPerGpu: 0 })], 10, Number.POSITIVE_INFINITY],
	])('%s', (_name, changes, volume, expected) => {
		it(`runs ${expected} GPU(s) at ${volume} calls`, () => {
			const changed = modelWith(dedicated(), ...changes);
			expect(gpuCount(changed, changed.b, volume)).toBe(expected);
		});
	});

	it('counts no GPUs when served per token', () => {
		const perToken = example();
		expect(gpuCount(perToken, perToken.b, 1e9)).toBe(0);
	});

	describe.each([
		// 1 GPU × $2 × 730 h = $1,460, + $250.40 retraining = $1,710.40.
		[1_000_000, 1710.4],
		// ⌈6,000,000 ÷ 5,256,000⌉ = 2 GPUs = $2,920, + $250.40 = $3,170.40.
		[6_000_000, 3170.4],
	])('monthly total at %d calls', (volume, expected) => {
		it(`is $${expected}`, () => {
			expect(monthlyCost(model, 'b', volume)).toBeCloseTo(expected, 9);
		});
	});
});

describe('evaluateCostModel on the worked example', () => {
	const results = evaluateCostModel(example());

	it('totals each option per month and per year', () => {
		// A: $0.0087 × 1M = $8,700; B: $0.00014 × 1M = $140 + $250.40 retraining = $390.40; C: $435.
		expect(results.a.monthlyCost).toBeCloseTo(8700, 9);
		expect(results.b.monthlyCost).toBeCloseTo(390.4, 9);
		expect(results.c?.monthlyCost).toBeCloseTo(435, 9);
		expect(results.a.yearlyCost).toBeCloseTo(104_400, 8);
		expect(results.b.fixedMonthlyCost).toBeCloseTo(250.4, 10);
		expect(results.b.averageCostPerCall).toBeCloseTo(0.0003904, 12);
		expect(results.b.gpuCount).toBeNull();
		expect(results.a.inputTokensPerCall).toBe(3100);
		expect(results.b.inputTokensPerCall).toBe(450);
	});

	it('solves break-even analytically', () => {
		// Against A: $250.40 ÷ ($0.0087 − $0.00014) = 250.4 ÷ 0.00856 = 29,252.336… calls a month.
		expectRelative(results.breakEvenVolume ?? Number.NaN, 250.4 / 0.00856, 1e-9);
		// Against C: 250.4 ÷ ($0.000435 − $0.00014) = 250.4 ÷ 0.000295 = 848,813.56… calls a month.
		expectRelative(results.breakEvenVolumeVsC ?? Number.NaN, 250.4 / 0.000295, 1e-9);
	});

	it('reports savings and payback at the reader volume', () => {
		// $8,700 − $390.40 = $8,309.60 a month, $99,715.20 a year.
		expect(results.monthlySavings).toBeCloseTo(8309.6, 8);
		expect(results.yearlySavings).toBeCloseTo(99_715.2, 7);
		// Against C: $435 − $390.40 = $44.60.
		expect(results.monthlySavingsVsC).toBeCloseTo(44.6, 9);
		// $1,502.40 ÷ $8,309.60 × 30.4375 days = 5.5032… days.
		expectRelative(results.paybackDays ?? Number.NaN, (1502.4 / 8309.6) * 30.4375, 1e-9);
	});

	it('adds up latency and checks the budget', () => {
		// A: 600 ms + 250 ÷ 80 tokens/s = 3,125 ms → 3,725 ms, over the 2,000 ms budget.
		expect(results.a.latencyMs).toBeCloseTo(3725, 9);
		expect(results.a.meetsLatencyBudget).toBe(false);
		// B: 200 + 250 ÷ 150 × 1000 = 1,866.67 ms, within budget; C: 300 + 1,666.67 = 1,966.67 ms, within.
		expect(results.b.latencyMs).toBeCloseTo(1866.6667, 3);
		expect(results.b.meetsLatencyBudget).toBe(true);
		expect(results.c?.meetsLatencyBudget).toBe(true);
	});
});

describe('latency', () => {
	describe.each<[string, Change[], number]>([
		// Retrieval 100 ms + prefill 10 ms per 1k × 4,600 input tokens = 46 ms + 600 + 3,125 = 3,871 ms.
		[
			'with retrieval and prefill',
			[(m) => void (m.a.retrieval = true), (m) => void (m.a.latency.prefillMsPerThousandInputTokens = 10)],
			3871,
		],
		// No output: only the time to first token.
		['no output', [(m) => void (m.outputTokens = 0)], 600],
		// A stalled stream never finishes.
		['zero speed', [(m) => void (m.a.latency.outputTokensPerSecond = 0)], Number.POSITIVE_INFINITY],
		// Zero speed with nothing to generate takes no generation time.
		[
			'zero speed, no output',
			[(m) => void (m.a.latency.outputTokensPerSecond = 0), (m) => void (m.outputTokens = 0)],
			600,
		],
	])('option A %s', (_name, changes, expected) => {
		it(`takes ${expected} ms`, () => {
			const model = modelWith(...changes);
			const input =
				model.a.instructionTokens +
				model.a.fewShotTokens +
				model.userInputTokens +
				(model.a.retrieval ? 1500 : 0);
			expect(callLatencyMs(model, model.a.latency, input, model.a.retrieval)).toBeCloseTo(expected, 9);
		});
	});

	it('has no verdict without a budget', () => {
		const results = evaluateCostModel(modelWith((m) => void (m.latencyBudgetMs = null)));
		expect(results.a.meetsLatencyBudget).toBeNull();
	});
});

describe('break-even volume', () => {
	describe.each<[string, Change[], number | null]>([
		// Trained once, no hosting fee: no fixed cost for B, so B is cheaper from the first call.
		['B has no fixed cost', [(m) => void (m.b.training.retrainEveryMonths = 0)], 0],
		// Equal per-call costs (B priced like A with the same prompt) and fixed costs: B is never dearer.
		[
			'equal per-call costs, no fixed cost',
			[
				(m) => void (m.b.promptTokens = 2800),
				(m) => void (m.b.serving = { mode: 'per-token', inputPricePerMTok: 2, outputPricePerMTok: 10 }),
				(m) => void (m.b.training.retrainEveryMonths = 0),
			],
			0,
		],
		// Equal per-call costs, but B pays $250.40 a month more: never.
		[
			'equal per-call costs, B dearer per month',
			[
				(m) => void (m.b.promptTokens = 2800),
				(m) => void (m.b.serving = { mode: 'per-token', inputPricePerMTok: 2, outputPricePerMTok: 10 }),
			],
			null,
		],
		// B dearer per call ($20 / $20 per 1M: (450 × 20 + 250 × 20) ÷ 1M = $0.014 > $0.0087): never.
		[
			'B dearer per call',
			[
				(m) => void (m.b.serving = { mode: 'per-token', inputPricePerMTok: 20, outputPricePerMTok: 20 }),
				(m) => void (m.b.training.retrainEveryMonths = 0),
			],
			null,
		],
		// A pays a $100 vector store B does not: K = 250.40 − 100 = 150.40 over Δ = 0.011701 − 0.00014 = 0.011561.
		['A retrieves, B does not', [(m) => void (m.a.retrieval = true)], 150.4 / 0.011561],
		// Dedicated, $2/h: c = $1,460, w = 5,256,000, Δ = 0.0087, K = 250.40. Δ·w = 45,727.2 > c, so
		// n* = ⌈(45,727.2 + 250.4) ÷ 44,267.2⌉ = 2 and V = (250.40 + 1,460) ÷ 0.0087 = 196,597.70… in the first GPU.
		['dedicated, first GPU', [dedicated()], 1710.4 / 0.0087],
		// Dedicated without a minimum GPU: the first call still starts a GPU, so the answer is the same.
		['dedicated, scale to zero', [dedicated({ alwaysOn: false })], 1710.4 / 0.0087],
		// $20/h: c = $14,600, Δ·w − c = 31,127.2; n* = ⌈(45,727.2 + 250.4) ÷ 31,127.2⌉ = ⌈1.477⌉ = 2,
		// V = (250.40 + 14,600) ÷ 0.0087 = 1,706,942.53…
		['dedicated, dearer GPUs', [dedicated({ gpuHourPrice: 20 })], 14_850.4 / 0.0087],
		// $40/h: c = $29,200, Δ·w − c = 16,527.2; n* = ⌈45,977.6 ÷ 16,527.2⌉ = 3: the first crossing inside
		// GPU 1 (at (250.4 + 29,200) ÷ 0.0087 = 3.39M) is undone by the second GPU, so V = (250.40 + 2 × 29,200) ÷ 0.0087.
		[
			'dedicated, crossing in the second GPU',
			[dedicated({ gpuHourPrice: 40 })],
			(250.4 + 2 * 29_200) / 0.0087,
		],
		// $70/h: c = $51,100 > Δ·w = $45,727.20: each GPU costs more than the calls it carries save. Never.
		['dedicated, saving never pays for a GPU', [dedicated({ gpuHourPrice: 70 })], null],
		// A's $5,000 vector store covers B's GPU ($1,460) and retraining ($250.40): cheaper at any volume.
		[
			'dedicated, A carries a larger fixed cost',
			[dedicated(), (m) => void (m.a.retrieval = true), (m) => void (m.retrieval.vectorStoreMonthly = 5000)],
			0,
		],
		// Dedicated and dearer per call (B retrieves, A does not and costs nothing): never.
		[
			'dedicated, A free per call',
			[dedicated(), (m) => void (m.a.inputPricePerMTok = 0), (m) => void (m.a.outputPricePerMTok = 0)],
			null,
		],
		// No output tokens: GPUs stay at one ($1,460) whatever the volume; A costs 3,100 × $2 ÷ 1M = $0.0062 a call.
		// V = (250.40 + 1,460) ÷ 0.0062 = 275,870.97…
		['dedicated, no output tokens', [dedicated(), (m) => void (m.outputTokens = 0)], 1710.4 / 0.0062],
		// Free GPUs: only retraining is fixed, as if served per token: 250.40 ÷ 0.0087.
		['dedicated, free GPUs', [dedicated({ gpuHourPrice: 0 })], 250.4 / 0.0087],
		// A GPU with no throughput can never carry traffic.
		['dedicated, no throughput', [dedicated({ outputTokensPerSecondPerGpu: 0 })], null],
	])('%s', (_name, changes, expected) => {
		it(`is ${expected === null ? 'never' : expected}`, () => {
			const model = modelWith(...changes);
			const actual = breakEvenVolume(model, model.a);
			if (expected === null || expected === 0) expect(actual).toBe(expected);
			else expectRelative(actual ?? Number.NaN, expected, 1e-9);
		});
	});

	describe('when the saving per call exactly pays for a full GPU', () => {
		// Whole numbers keep the arithmetic exact: 1M output tokens at $1 per 1M = $1 a call; a GPU doing
		// 1M tokens/s at peak 1 carries 2,628,000 calls; $3,600/h × 730 = $2,628,000 a month = Δ·w.
		const exact = (vectorStore: number): CostModelInputs =>
			modelWith(
				(m) => void (m.userInputTokens = 0),
				(m) => void (m.outputTokens = 1_000_000),
				(m) => void Object.assign(m.a, { instructionTokens: 0, fewShotTokens: 0, outputPricePerMTok: 1 }),
				(m) => void Object.assign(m.b, { promptTokens: 0, hostingMonthly: 0 }),
				(m) => void (m.b.training.retrainEveryMonths = 0),
				(m) =>
					void Object.assign(m.retrieval, {
						chunks: 0,
						embeddingPricePerMTok: 0,
						vectorStoreMonthly: vectorStore,
					}),
				(m) => void (m.a.retrieval = vectorStore > 0),
				dedicated({ gpuHourPrice: 3600, outputTokensPerSecondPerGpu: 1_000_000, peakToAverage: 1 }),
			);

		it('is never when B also pays more fixed cost', () => {
			const model = exact(0);
			expect(breakEvenVolume(model, model.a)).toBeNull();
		});

		it('is 0 when A’s fixed cost covers one GPU', () => {
			const model = exact(3_000_000);
			expect(breakEvenVolume(model, model.a)).toBe(0);
		});
	});
});

describe('edge cases', () => {
	it('handles zero volume', () => {
		const results = evaluateCostModel(modelWith((m) => void (m.monthlyVolume = 0)));
		// A costs nothing; B still pays $250.40 retraining, so it saves nothing and never pays back.
		expect(results.a.monthlyCost).toBe(0);
		expect(results.b.monthlyCost).toBeCloseTo(250.4, 10);
		expect(results.a.averageCostPerCall).toBeNull();
		expect(results.monthlySavings).toBeCloseTo(-250.4, 10);
		expect(results.paybackDays).toBeNull();
	});

	it('has no C results when C is left out', () => {
		const model = modelWith((m) => void (m.c = null));
		const results = evaluateCostModel(model);
		expect(results.c).toBeNull();
		expect(results.breakEvenVolumeVsC).toBeNull();
		expect(results.monthlySavingsVsC).toBeNull();
		expect(() => monthlyCost(model, 'c', 1)).toThrow(/left out/);
	});

	it('reports the GPU count of dedicated serving', () => {
		expect(evaluateCostModel(modelWith(dedicated())).b.gpuCount).toBe(1);
	});

	it('pays back instantly when training is free', () => {
		const free = modelWith((m) => void Object.assign(m.b.training, { pricePerMTok: 0, preparationCost: 0 }));
		expect(evaluateCostModel(free).paybackDays).toBe(0);
	});

	describe.each<[string, Change[]]>([
		['per token', []],
		['dedicated', [dedicated()]],
		[
			'with retrieval everywhere',
			[(m) => void Object.assign(m.a, { retrieval: true }), (m) => void (m.b.retrieval = true)],
		],
	])('at 1e12 calls a month, %s', (_name, changes) => {
		it('stays finite', () => {
			const results = evaluateCostModel(modelWith(...changes, (m) => void (m.monthlyVolume = 1e12)));
			for (const option of [results.a, results.b, results.c]) {
				expect(Number.isFinite(option?.monthlyCost)).toBe(true);
				expect(Number.isFinite(option?.yearlyCost)).toBe(true);
			}
			expect(Number.isFinite(results.monthlySavings)).toBe(true);
		});
	});

	it('does not round: a hundredth of a cent per call survives', () => {
		// 1 call at (450 × 0.2 + 250 × 0.2) ÷ 1M = $0.00014 — not $0.00.
		const model = modelWith((m) => void (m.b.training.retrainEveryMonths = 0));
		expect(monthlyCost(model, 'b', 1)).toBe(fineTunedCostPerCall(model, model.b));
		expect(monthlyCost(model, 'b', 1)).toBeGreaterThan(0);
	});
});

describe('cost curve', () => {
	const model = example();
	const curve = costCurve(model);

	it('spans 1e2 to 1e9 with 8 points a decade plus the break-even and reader volumes', () => {
		// 7 decades × 8 + 1 = 57 grid points; break-even (29,252) and reader (1,000,000 is on the grid) add one.
		expect(curve[0]?.volume).toBe(100);
		expect(curve.at(-1)?.volume).toBeCloseTo(1e9, 0);
		expect(curve).toHaveLength(58);
		expect(curve.filter((point) => point.markers.includes('break-even'))).toHaveLength(1);
		expect(curve.find((point) => point.markers.includes('reader'))?.volume).toBe(1_000_000);
		for (let i = 1; i < curve.length; i++)
			expect(curve[i]?.volume).toBeGreaterThan(curve[i - 1]?.volume ?? 0);
	});

	it('meets at the break-even point', () => {
		const point = curve.find((candidate) => candidate.markers.includes('break-even'));
		expectRelative(point?.a ?? 0, point?.b ?? 1, 1e-9);
	});

	it('leaves out markers outside the range and C when C is left out', () => {
		const narrow = costCurve(
			modelWith((m) => void (m.c = null)),
			{ from: 1e6, to: 1e7, pointsPerDecade: 4 },
		);
		// 1 decade × 4 + 1 = 5 points; break-even (29,252) is below the range; the reader's 1e6 is the first point.
		expect(narrow).toHaveLength(5);
		expect(narrow.every((point) => point.c === null)).toBe(true);
		expect(narrow[0]?.markers).toEqual(['reader']);
	});

	it('has no break-even marker when B never breaks even', () => {
		const never = costCurve(
			modelWith(
				(m) => void (m.b.serving = { mode: 'per-token', inputPricePerMTok: 20, outputPricePerMTok: 20 }),
			),
		);
		expect(never.some((point) => point.markers.includes('break-even'))).toBe(false);
	});

	it('writes CSV with a header and one row per point', () => {
		const csv = curveToCsv(curve);
		const lines = csv.trimEnd().split('\n');
		expect(lines[0]).toBe(
			'monthly_calls,option_a_usd_per_month,option_b_usd_per_month,option_c_usd_per_month,marker',
		);
		expect(lines).toHaveLength(curve.length + 1);
		// The first row is 100 calls: A = 100 × 0.0087 = 0.87; B = 100 × 0.00014 + 250.4 = 250.414; C = 0.0435.
		const [volume, a, b, c, marker] = (lines[1] ?? '').split(',');
		expect(volume).toBe('100');
		expect(Number(a)).toBeCloseTo(0.87, 12);
		expect(Number(b)).toBeCloseTo(250.414, 10);
		expect(Number(c)).toBeCloseTo(0.0435, 12);
		expect(marker).toBe('');
		expect(csv).toContain(',reader\n');
		expect(csv).toContain(',break-even\n');
	});

	it('drops the C column when no point has C', () => {
		const csv = curveToCsv(
			costCurve(
				modelWith((m) => void (m.c = null)),
				{ from: 1e2, to: 1e3, pointsPerDecade: 1 },
			),
		);
		expect(csv).toBe(
			'monthly_calls,option_a_usd_per_month,option_b_usd_per_month,marker\n' +
				`100,${100 * 0.0087},${100 * 0.00014 + 250.4},\n` +
				`1000,${1000 * 0.0087},${1000 * 0.00014 + 250.4},\n`,
		);
	});

	it('marks a point that is both the break-even and the reader volume once', () => {
		const volume = 250.4 / 0.00856;
		const both = costCurve(modelWith((m) => void (m.monthlyVolume = volume)));
		expect(both.find((point) => point.volume === volume)?.markers).toEqual(['break-even', 'reader']);
	});
});

// Property tests over random valid inputs. Amounts are 0 or at least 1e-6: far smaller doubles (down to the
// subnormal 5e-324) lose their precision to underflow, and no price or volume is ever that small.
const amount = (max: number): fc.Arbitrary<number> =>
	fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max, noNaN: true, noDefaultInfinity: true }));
const tokens = fc.integer({ min: 0, max: 20_000 });
const price = amount(100);
const latencyArb = fc.record({
	timeToFirstTokenMs: fc.integer({ min: 0, max: 5000 }),
	outputTokensPerSecond: fc.integer({ min: 1, max: 20_000 }),
	prefillMsPerThousandInputTokens: fc.integer({ min: 0, max: 100 }),
});
const promptedArb: fc.Arbitrary<PromptedOption> = fc.record({
	instructionTokens: tokens,
	fewShotTokens: tokens,
	inputPricePerMTok: price,
	outputPricePerMTok: price,
	cachedInputPricePerMTok: price,
	cacheHitShare: fc.double({ min: 0, max: 1, noNaN: true }),
	batchDiscountPercent: fc.integer({ min: 0, max: 100 }),
	retrieval: fc.boolean(),
	latency: latencyArb,
});
const servingArb: fc.Arbitrary<Serving> = fc.oneof(
	fc.record({ mode: fc.constant('per-token' as const), inputPricePerMTok: price, outputPricePerMTok: price }),
	fc.record({
		mode: fc.constant('dedicated' as const),
		gpuHourPrice: amount(50),
		outputTokensPerSecondPerGpu: fc.integer({ min: 1, max: 50_000 }),
		peakToAverage: fc.double({ min: 1, max: 10, noNaN: true }),
		alwaysOn: fc.boolean(),
	}),
);
const fineTunedArb: fc.Arbitrary<FineTunedOption> = fc.record({
	promptTokens: tokens,
	serving: servingArb,
	hostingMonthly: amount(10_000),
	training: fc.record({
		examples: fc.integer({ min: 0, max: 100_000 }),
		tokensPerExample: fc.integer({ min: 0, max: 4000 }),
		epochs: fc.integer({ min: 1, max: 10 }),
		pricePerMTok: price,
		preparationCost: amount(100_000),
		retrainEveryMonths: fc.integer({ min: 0, max: 24 }),
	}),
	retrieval: fc.boolean(),
	latency: latencyArb,
});
const modelArb: fc.Arbitrary<CostModelInputs> = fc.record({
	monthlyVolume: amount(1e12),
	userInputTokens: tokens,
	outputTokens: tokens,
	latencyBudgetMs: fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: null }),
	retrieval: fc.record({
		chunks: fc.integer({ min: 0, max: 20 }),
		tokensPerChunk: fc.integer({ min: 0, max: 2000 }),
		queryTokens: fc.integer({ min: 0, max: 500 }),
		embeddingPricePerMTok: amount(1),
		vectorStoreMonthly: amount(10_000),
		latencyMs: fc.integer({ min: 0, max: 1000 }),
	}),
	a: promptedArb,
	b: fineTunedArb,
	c: fc.option(promptedArb, { nil: null }),
});
const ids = (model: CostModelInputs): OptionId[] => (model.c === null ? ['a', 'b'] : ['a', 'b', 'c']);

/** Every money figure of the model × k; token counts, shares and percentages stay. */
function scalePrices(model: CostModelInputs, k: number): CostModelInputs {
	const scalePrompted = (option: PromptedOption): PromptedOption => ({
		...option,
		inputPricePerMTok: option.inputPricePerMTok * k,
		outputPricePerMTok: option.outputPricePerMTok * k,
		cachedInputPricePerMTok: option.cachedInputPricePerMTok * k,
	});
	const serving: Serving =
		model.b.serving.mode === 'per-token'
			? {
					...model.b.serving,
					inputPricePerMTok: model.b.serving.inputPricePerMTok * k,
					outputPricePerMTok: model.b.serving.outputPricePerMTok * k,
				}
			: { ...model.b.serving, gpuHourPrice: model.b.serving.gpuHourPrice * k };
	return {
		...model,
		retrieval: {
			...model.retrieval,
			embeddingPricePerMTok: model.retrieval.embeddingPricePerMTok * k,
			vectorStoreMonthly: model.retrieval.vectorStoreMonthly * k,
		},
		a: scalePrompted(model.a),
		c: model.c === null ? null : scalePrompted(model.c),
		b: {
			...model.b,
			serving,
			hostingMonthly: model.b.hostingMonthly * k,
			training: {
				...model.b.training,
				pricePerMTok: model.b.training.pricePerMTok * k,
				preparationCost: model.b.training.preparationCost * k,
			},
		},
	};
}

describe('properties', () => {
	it('never yields a negative cost', () => {
		fc.assert(
			fc.property(modelArb, (model) => {
				const results = evaluateCostModel(model);
				for (const option of [results.a, results.b, results.c]) {
					if (option === null) continue;
					expect(option.costPerCall).toBeGreaterThanOrEqual(0);
					expect(option.monthlyCost).toBeGreaterThanOrEqual(0);
					expect(option.yearlyCost).toBeGreaterThanOrEqual(0);
				}
				expect(results.trainingCost).toBeGreaterThanOrEqual(0);
			}),
		);
	});

	it('is monotone in volume', () => {
		fc.assert(
			fc.property(modelArb, amount(1e12), amount(1e12), (model, x, y) => {
				const [low, high] = x <= y ? [x, y] : [y, x];
				for (const id of ids(model))
					expect(monthlyCost(model, id, high)).toBeGreaterThanOrEqual(monthlyCost(model, id, low));
			}),
		);
	});

	it('makes the monthly totals agree at the break-even volume', () => {
		fc.assert(
			fc.property(modelArb, (model) => {
				for (const prompted of model.c === null ? [model.a] : [model.a, model.c]) {
					const volume = breakEvenVolume(model, prompted);
					if (volume === null || volume === 0) continue;
					const promptedTotal =
						promptedCostPerCall(model, prompted) * volume +
						(prompted.retrieval ? model.retrieval.vectorStoreMonthly : 0);
					const fineTunedTotal = monthlyCost(model, 'b', volume);
					expectRelative(fineTunedTotal, promptedTotal, 1e-9);
				}
			}),
		);
	});

	it('keeps B no dearer than A above the break-even volume', () => {
		fc.assert(
			fc.property(modelArb, fc.double({ min: 1, max: 1e3, noNaN: true }), (model, factor) => {
				const volume = breakEvenVolume(model, model.a);
				if (volume === null) return;
				const above = volume * factor + 1;
				expect(monthlyCost(model, 'b', above)).toBeLessThanOrEqual(
					monthlyCost(model, 'a', above) * (1 + 1e-9) + 1e-9,
				);
			}),
		);
	});

	it('scales every cost by k when every price is scaled by k', () => {
		fc.assert(
			fc.property(modelArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (model, k) => {
				const base = evaluateCostModel(model);
				const scaled = evaluateCostModel(scalePrices(model, k));
				// Relative to `scale`: a difference such as the savings is only as exact as the totals it subtracts.
				const close = (actual: number, expected: number, scale = Math.abs(expected)): void => {
					expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * scale + 1e-300);
				};
				for (const id of ids(model)) {
					const before = base[id];
					const after = scaled[id];
					if (before === null || after === null) continue;
					close(after.costPerCall, before.costPerCall * k);
					close(after.monthlyCost, before.monthlyCost * k);
					close(after.yearlyCost, before.yearlyCost * k);
				}
				close(scaled.trainingCost, base.trainingCost * k);
				close(
					scaled.monthlySavings,
					base.monthlySavings * k,
					Math.max(base.a.monthlyCost, base.b.monthlyCost) * k,
				);
			}),
		);
	});
});
