import { describe, expect, it } from 'vitest';
import { breakEvenVolume } from '../../src/lib/calculator/break-even';
import {
	billedGpuHours,
	callsPerGpuMonth,
	gpuSecondsPerCall,
	peakGpus,
	trafficHoursPerMonth,
} from '../../src/lib/calculator/dedicated-gpus';
import { evaluateCostModel } from '../../src/lib/calculator/evaluate';
import type { CostModelInputs, DedicatedServing, PromptedOption } from '../../src/lib/calculator/model-types';
import {
	fineTunedMonthlyCost,
	monthlyTrainingCost,
	trainingCost,
	trainingSpreadMonths,
} from '../../src/lib/calculator/monthly';
import {
	callLatencyMs,
	embeddingCostPerCall,
	fineTunedCostPerCall,
	promptedCostPerCall,
	promptedInputTokens,
	promptParts,
	retrievedTokensPerCall,
} from '../../src/lib/calculator/per-call';
import {
	DAYS_PER_MONTH,
	HOURS_PER_DAY,
	HOURS_PER_MONTH,
	MONTHS_PER_YEAR,
	SECONDS_PER_MONTH,
} from '../../src/lib/calculator/units';
import { dedicated, example, expectRelative, modelWith, type Change } from './fixtures/cost-model';

describe('one month everywhere', () => {
	it('is a twelfth of 365 days: 730 hours, 30.41666… days, 2,628,000 seconds', () => {
		expect(HOURS_PER_MONTH).toBe(730);
		expect(DAYS_PER_MONTH).toBe(365 / 12);
		expect(DAYS_PER_MONTH * HOURS_PER_DAY).toBe(HOURS_PER_MONTH);
		expect(DAYS_PER_MONTH * MONTHS_PER_YEAR).toBeCloseTo(365, 12);
		expect(SECONDS_PER_MONTH).toBe(2_628_000);
	});
});

describe('cost per call', () => {
	describe.each<[string, Change[], 'a' | 'b' | 'c', number]>([
		// A: input 800 + 2000 + 300 = 3,100 tokens × $2 = 6,200; output 250 × $10 = 2,500; 8,700 ÷ 1M = $0.0087.
		['A, plain prompt', [], 'a', 0.0087],
		// B per token: (150 + 300) × $0.20 = 90; 250 × $0.20 = 50; 140 ÷ 1M = $0.00014.
		['B, per token', [], 'b', 0.00014],
		// C: 3,100 × $0.10 = 310; 250 × $0.50 = 125; 435 ÷ 1M = $0.000435.
		['C, plain prompt', [], 'c', 0.000435],
		// Half the calls find the 2,800-token prefix cached: it costs 0.5 × $0.20 + 0.5 × $2.50 (cache write) = $1.35
		// per 1M; 2,800 × 1.35 = 3,780, + user input 300 × 2 = 600, + output 2,500 = 6,880 ÷ 1M = $0.00688.
		['A, 50 % prefix cache hits', [(m) => void (m.a.cacheHitShare = 0.5)], 'a', 0.00688],
		// Every call hits: 2,800 × 0.2 = 560 + 600 + 2,500 = 3,660 ÷ 1M = $0.00366 (the user's input is never cached).
		['A, every prefix cached', [(m) => void (m.a.cacheHitShare = 1)], 'a', 0.00366],
		// Retrieved text that changes per call is not cached: rest = 300 + 1,500 = 1,800 × 2 = 3,600; prefix 3,780;
		// output 2,500: 9,880 ÷ 1M + embedding 50 × $0.02 ÷ 1M = 0.00988 + 0.000001 = $0.009881.
		[
			'A, retrieval, 50 % hits, chunks change per call',
			[(m) => void (m.a.cacheHitShare = 0.5), (m) => void (m.a.retrieval = true)],
			'a',
			0.009881,
		],
		// Retrieved text that repeats joins the prefix: 4,300 × 1.35 = 5,805 + 600 + 2,500 = 8,905 ÷ 1M + 0.000001.
		[
			'A, retrieval, 50 % hits, chunks repeat',
			[
				(m) => void (m.a.cacheHitShare = 0.5),
				(m) => void (m.a.retrieval = true),
				(m) => void (m.retrieval.repeatsAcrossCalls = true),
			],
			'a',
			0.008906,
		],
		// 1,000 reasoning tokens billed as output: 6,200 + (250 + 1,000) × 10 = 18,700 ÷ 1M = $0.0187.
		['A, 1,000 reasoning tokens', [(m) => void (m.a.reasoningTokens = 1000)], 'a', 0.0187],
		// 302,800 input tokens exceed the 272,000 tier: the whole call at $4 / $15:
		// 302,800 × 4 + 250 × 15 = 1,214,950 ÷ 1M = $1.21495.
		['A, input above the long-context tier', [(m) => void (m.userInputTokens = 300_000)], 'a', 1.21495],
		// Exactly 272,000 input tokens stay in the base tier: 272,000 × 2 + 2,500 = 546,500 ÷ 1M = $0.5465.
		['A, input at the tier threshold', [(m) => void (m.userInputTokens = 269_200)], 'a', 0.5465],
		// Batch 50 % off: 0.0087 × 0.5 = $0.00435.
		['A, batch discount 50 %', [(m) => void (m.a.batchDiscountPercent = 50)], 'a', 0.00435],
		// B with retrieval: (1,950 × 0.2 + 250 × 0.2) ÷ 1M = 0.00044 + 0.000001 = $0.000441.
		['B, per token with retrieval', [(m) => void (m.b.retrieval = true)], 'b', 0.000441],
		// Dedicated GPUs are a monthly cost: a call itself costs nothing but its query embedding.
		['B, dedicated', [dedicated()], 'b', 0],
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

	it('splits the input into the cacheable prefix and the rest', () => {
		const model = modelWith((m) => void (m.a.retrieval = true));
		// Retrieved 5 × 300 = 1,500 tokens change per call: prefix 800 + 2,000; rest 300 + 1,500.
		expect(promptParts(model, model.a)).toEqual({ cacheablePrefix: 2800, rest: 1800 });
		expect(promptedInputTokens(model, model.a)).toBe(4600);
		expect(retrievedTokensPerCall(model.retrieval)).toBe(1500);
		expectRelative(embeddingCostPerCall(model.retrieval), 0.000001);
	});
});

describe('training over time', () => {
	describe.each([
		// 2,000 × 800 × 3 = 4.8M tokens × $0.50 = $2.40 + $1,500 = $1,502.40 a run; every 6 months: $250.40.
		[6, 12, 6, 250.4],
		// Trained once: spread over the 12-month horizon, $125.20 a month (it no longer vanishes).
		[0, 12, 12, 125.2],
		// Trained once over 24 months: $62.60.
		[0, 24, 24, 62.6],
		// Retrained every 24 months but judged over 12: the run falls inside the horizon, $125.20.
		[24, 12, 12, 125.2],
		// Retrained every month: the whole run each month.
		[1, 12, 1, 1502.4],
	])('retraining every %d months over %d', (every, horizon, spread, monthly) => {
		it(`spreads $1,502.40 over ${spread} months: $${monthly} a month`, () => {
			const { training } = modelWith((m) => void (m.b.training.retrainEveryMonths = every)).b;
			expectRelative(trainingCost(training), 1502.4);
			expect(trainingSpreadMonths(training, horizon)).toBe(spread);
			expectRelative(monthlyTrainingCost(training, horizon), monthly, 1e-12);
		});
	});
});

describe('dedicated GPUs', () => {
	const serving = (model: CostModelInputs): DedicatedServing => model.b.serving as DedicatedServing;
	// One call: 450 input tokens ÷ 9,000/s = 0.05 s + 250 output ÷ 1,000/s = 0.25 s = 0.3 GPU-seconds.
	// Sized for twice the average at full utilisation: 2,628,000 s ÷ (0.3 × 2) = 4,380,000 calls per GPU-month.
	const model = modelWith(dedicated());

	it('counts prefill and output time against rates measured on the same GPU', () => {
		expectRelative(gpuSecondsPerCall(model, serving(model)), 0.3);
		expectRelative(callsPerGpuMonth(model, serving(model)), 4_380_000);
	});

	it('plans for the target utilisation: at 75 %, 2,628,000 × 0.75 ÷ 0.6 = 3,285,000 calls per GPU', () => {
		const planned = modelWith(dedicated({ targetUtilisation: 0.75 }));
		expectRelative(callsPerGpuMonth(planned, serving(planned)), 3_285_000);
	});

	describe.each<[string, Change[], number, number, number]>([
		// Always on: one GPU even with no traffic, billed 730 h.
		['always on, no traffic', [], 0, 1, 730],
		// Exactly one GPU's worth, then one call more.
		['always on, one GPU full', [], 4_380_000, 1, 730],
		['always on, one call past one GPU', [], 4_380_001, 2, 1460],
		// 1e9 ÷ 4,380,000 = 228.3 → 229 GPUs × 730 h = 167,170 h.
		['always on, a billion calls', [], 1e9, 229, 167_170],
		// A spare GPU adds 730 h on top of the peak's.
		['always on with a spare', [dedicated({ spareGpu: true })], 1_000_000, 1, 1460],
		// Following traffic: 1M calls need 1M × 0.3 s ÷ 3,600 = 83.3 GPU-hours, but one GPU runs through the
		// 24 × 30.4167 = 730 hours with traffic.
		['following traffic, 1M calls', [dedicated({ alwaysOn: false })], 1_000_000, 1, 730],
		// 20M calls need 20M × 0.3 ÷ 3,600 = 1,666.67 GPU-hours, more than the floor: billed as worked. The peak
		// needs ⌈20M ÷ 4,380,000⌉ = 5 GPUs (the autoscaler's high-water mark; not billed all month).
		['following traffic, 20M calls', [dedicated({ alwaysOn: false })], 20_000_000, 5, 20_000_000 / 12_000],
		// Traffic 10 hours a day: the floor is 10 × 30.4167 = 304.17 hours.
		[
			'following traffic, 10 h a day',
			[dedicated({ alwaysOn: false, trafficHoursPerDay: 10 })],
			1_000_000,
			1,
			3650 / 12,
		],
		// At 50 % utilisation the work takes twice the hours: 20M calls → 3,333.3 h; peak ⌈20M ÷ 2,190,000⌉ = 10.
		[
			'following traffic at 50 %',
			[dedicated({ alwaysOn: false, targetUtilisation: 0.5 })],
			20_000_000,
			10,
			20_000_000 / 6_000,
		],
		// With a spare through the traffic hours: 730 + 730.
		['following traffic with a spare', [dedicated({ alwaysOn: false, spareGpu: true })], 1_000_000, 1, 1460],
		// No calls, no GPUs.
		['following traffic, no calls', [dedicated({ alwaysOn: false })], 0, 0, 0],
	])('%s', (_name, changes, volume, peak, hours) => {
		it(`needs ${peak} GPU(s) at the peak and bills ${hours.toFixed(2)} GPU-hours`, () => {
			const changed = modelWith(dedicated(), ...changes);
			expect(peakGpus(changed, serving(changed), volume)).toBe(peak);
			expectRelative(billedGpuHours(changed, serving(changed), volume), hours, 1e-12);
		});
	});

	it('counts the hours with traffic in the shared month', () => {
		expect(trafficHoursPerMonth(serving(modelWith(dedicated({ trafficHoursPerDay: 24 }))))).toBe(730);
	});

	describe.each([
		// 1 GPU × $2 × 730 h = $1,460, + $250.40 training = $1,710.40.
		[1_000_000, 1710.4],
		// ⌈6,000,000 ÷ 4,380,000⌉ = 2 GPUs = $2,920, + $250.40 = $3,170.40.
		[6_000_000, 3170.4],
	])('monthly total at %d calls, always on', (volume, expected) => {
		it(`is $${expected}`, () => {
			expectRelative(fineTunedMonthlyCost(model, volume), expected, 1e-12);
		});
	});
});

describe('evaluateCostModel on the worked example', () => {
	const results = evaluateCostModel(example());

	it('totals each option per month and per year', () => {
		// A: $0.0087 × 1M = $8,700; B: $0.00014 × 1M = $140 + $250.40 training = $390.40; C: $435.
		expectRelative(results.a.monthlyCost, 8700);
		expectRelative(results.b.monthlyCost, 390.4);
		expectRelative(results.c?.monthlyCost ?? 0, 435);
		expectRelative(results.a.yearlyCost, 104_400);
		expectRelative(results.b.averageCostPerCall ?? 0, 0.0003904);
		expect(results.b.gpu).toBeNull();
		expect(results.trainingSpreadMonths).toBe(6);
		expectRelative(results.monthlyTrainingCost, 250.4);
	});

	it('solves break-even analytically', () => {
		// 250.40 ÷ (0.0087 − 0.00014) = 29,252.34…; against C 250.40 ÷ 0.000295 = 848,813.56…
		expectRelative(results.breakEvenVolume ?? Number.NaN, 250.4 / 0.00856, 1e-9);
		expectRelative(results.breakEvenVolumeVsC ?? Number.NaN, 250.4 / 0.000295, 1e-9);
	});

	it('pays training back from the saving before training, counted once', () => {
		// Savings 8,700 − 390.40 = $8,309.60. Payback: one run $1,502.40 ÷ (8,700 − 140) × 365 ÷ 12
		// = 0.175514… × 30.41666… = 5.3386 days. (It was 1,502.40 ÷ 8,309.60 × 30.4375 = 5.50 days, which took
		// training off the savings once and then counted the run again.)
		expectRelative(results.monthlySavings, 8309.6, 1e-12);
		expectRelative(results.yearlySavings, 99_715.2, 1e-12);
		expectRelative(results.paybackDays ?? Number.NaN, (1502.4 / 8560) * (365 / 12), 1e-12);
	});

	it('adds up latency, reasoning included, and checks the budget', () => {
		// A: 600 ms + 250 ÷ 80 × 1000 = 3,725 ms, over 2,000; B: 200 + 1,666.7 = 1,866.7 ms, within.
		expectRelative(results.a.latencyMs, 3725);
		expect(results.a.meetsLatencyBudget).toBe(false);
		expectRelative(results.b.latencyMs, 200 + 250 / 0.15);
		expect(results.b.meetsLatencyBudget).toBe(true);
		// 1,000 reasoning tokens at 80 tokens/s add 12.5 s: 600 + 1,250 ÷ 80 × 1000 = 16,225 ms.
		const reasoning = evaluateCostModel(modelWith((m) => void (m.a.reasoningTokens = 1000)));
		expectRelative(reasoning.a.latencyMs, 16_225);
	});

	it('reports the GPUs of dedicated serving', () => {
		const gpu = evaluateCostModel(modelWith(dedicated())).b.gpu;
		expect(gpu).toEqual({ peakGpus: 1, billedHours: 730, monthlyCost: 1460 });
	});

	describe('training once', () => {
		// rm = 0 at 1,000 calls: training is spread over the 12-month horizon ($125.20), so it no longer vanishes.
		const once = evaluateCostModel(
			modelWith(
				(m) => void (m.b.training.retrainEveryMonths = 0),
				(m) => void (m.monthlyVolume = 1000),
			),
		);

		it('keeps the run in the monthly, yearly and break-even figures', () => {
			// B: 1,000 × $0.00014 + $125.20 = $125.34 a month; A: $8.70.
			expectRelative(once.b.monthlyCost, 125.34, 1e-12);
			expectRelative(once.b.yearlyCost, 1504.08, 1e-12);
			// Break-even 125.20 ÷ 0.00856 = 14,626.17… calls: above zero because B has a fixed cost.
			expectRelative(once.breakEvenVolume ?? Number.NaN, 125.2 / 0.00856, 1e-9);
		});

		it('agrees with the payback on the same page', () => {
			// 1,502.40 ÷ (8.70 − 0.14) × 30.4167 = 5,338.6 days: B's saving before training is $8.56 a month.
			expectRelative(once.paybackDays ?? Number.NaN, (1502.4 / 8.56) * (365 / 12), 1e-12);
		});
	});

	it('has no payback when B saves nothing before training', () => {
		const dearer = evaluateCostModel(
			modelWith((m) => void (m.a.prices = { ...m.a.prices, input: 0, output: 0 })),
		);
		expect(dearer.paybackDays).toBeNull();
	});
});

describe('latency', () => {
	it('adds retrieval and prefill time', () => {
		// Retrieval 100 ms + prefill 10 ms per 1k × 4,600 input tokens = 46 ms + 600 + 3,125 = 3,871 ms.
		const model = modelWith((m) => void (m.a.retrieval = true));
		const latency = { ...model.a.latency, prefillMsPerThousandInputTokens: 10 };
		expectRelative(callLatencyMs(model, latency, 4600, true), 3871);
	});

	it('never finishes a stalled stream, and takes no generation time without output', () => {
		const model = modelWith((m) => void (m.a.latency.outputTokensPerSecond = 0));
		expect(callLatencyMs(model, model.a.latency, 0, false)).toBe(Number.POSITIVE_INFINITY);
		const silent = modelWith(
			(m) => void (m.outputTokens = 0),
			(m) => void (m.a.latency.outputTokensPerSecond = 0),
		);
		expect(callLatencyMs(silent, silent.a.latency, 0, false)).toBe(600);
	});
});

describe('break-even volume', () => {
	describe.each<[string, Change[], number | null]>([
		// B has no fixed cost at all: cheaper from the first call.
		[
			'B has no fixed cost',
			[(m) => void Object.assign(m.b.training, { pricePerMTok: 0, preparationCost: 0 })],
			0,
		],
		// Trained once: 125.20 ÷ 0.00856.
		['trained once', [(m) => void (m.b.training.retrainEveryMonths = 0)], 125.2 / 0.00856],
		// B dearer per call ($20 / $20 per 1M: $0.014 > $0.0087): never.
		[
			'B dearer per call',
			[(m) => void (m.b.serving = { mode: 'per-token', inputPricePerMTok: 20, outputPricePerMTok: 20 })],
			null,
		],
		// Always on, $2/h: c = $1,460, w = 4,380,000, Δ = 0.0087, K = 250.40. Δ·w = 38,106 > c;
		// n* = ⌈(38,106 + 250.4) ÷ 36,646⌉ = 2, V = (250.40 + 1,460) ÷ 0.0087 inside the first GPU.
		['always on, first GPU', [dedicated()], 1710.4 / 0.0087],
		// $40/h: c = 29,200, Δ·w − c = 8,906; n* = ⌈38,356.4 ÷ 8,906⌉ = 5: V = (250.40 + 4 × 29,200) ÷ 0.0087.
		[
			'always on, crossing in the fourth GPU',
			[dedicated({ gpuHourPrice: 40 })],
			(250.4 + 4 * 29_200) / 0.0087,
		],
		// $60/h: c = $43,800 > Δ·w = $38,106: each GPU costs more than the calls it carries save. Never.
		['always on, saving never pays for a GPU', [dedicated({ gpuHourPrice: 60 })], null],
		// A spare GPU adds $1,460 to K: n* = ⌈(38,106 + 1,710.4) ÷ 36,646⌉ = 2, V = (1,710.40 + 1,460) ÷ 0.0087.
		['always on with a spare', [dedicated({ spareGpu: true })], 3170.4 / 0.0087],
		// Following traffic, $2/h: one GPU through 730 h costs $1,460, so V = 1,710.40 ÷ 0.0087 = 196,597.7, below
		// the volume where the work passes the floor (730 h ÷ (0.3 ÷ 3,600) h = 8,760,000 calls).
		['following traffic, on the floor', [dedicated({ alwaysOn: false })], 1710.4 / 0.0087],
		// $104.20/h: the floor (250.40 + 104.20 × 730 = 76,316.40) is not covered before 8,760,000 calls, so B
		// crosses where the work is billed: V = 250.40 ÷ (0.0087 − 104.2 ÷ 12,000) = 250.40 × 60,000 = 15,024,000.
		[
			'following traffic, beyond the floor',
			[dedicated({ alwaysOn: false, gpuHourPrice: 104.2 })],
			15_024_000,
		],
		// $110/h: each call's GPU time (110 ÷ 12,000 = $0.00917) costs more than it saves. Never.
		['following traffic, never', [dedicated({ alwaysOn: false, gpuHourPrice: 110 })], null],
		// A spare through the traffic hours: floor 250.40 + 2 × 730 × 2 = 3,170.40.
		['following traffic with a spare', [dedicated({ alwaysOn: false, spareGpu: true })], 3170.4 / 0.0087],
		// A's $5,000 vector store covers B's GPU and training: B is cheaper at any volume.
		[
			'A carries a larger fixed cost',
			[dedicated(), (m) => void (m.a.retrieval = true), (m) => void (m.retrieval.vectorStoreMonthly = 5000)],
			0,
		],
		// No tokens reach B: calls take no GPU time, one GPU ($1,460) stays whatever the volume, and A costs
		// (800 + 2,000) × $2 ÷ 1M = $0.0056 a call: V = (250.40 + 1,460) ÷ 0.0056.
		[
			'dedicated, calls take no GPU time',
			[
				dedicated(),
				(m) => void (m.outputTokens = 0),
				(m) => void (m.b.promptTokens = 0),
				(m) => void (m.userInputTokens = 0),
			],
			1710.4 / 0.0056,
		],
		// Free GPUs: only training is fixed, as if served per token.
		['dedicated, free GPUs', [dedicated({ gpuHourPrice: 0 })], 250.4 / 0.0087],
	])('%s', (_name, changes, expected) => {
		it(`is ${expected === null ? 'never' : expected}`, () => {
			const model = modelWith(...changes);
			const actual = breakEvenVolume(model, model.a);
			if (expected === null || expected === 0) expect(actual).toBe(expected);
			else expectRelative(actual ?? Number.NaN, expected, 1e-9);
		});
	});
});
