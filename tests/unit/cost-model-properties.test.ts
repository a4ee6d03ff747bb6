import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenVolume } from '../../src/lib/calculator/break-even';
import { evaluateCostModel } from '../../src/lib/calculator/evaluate';
import type {
	CostModelInputs,
	FineTunedOption,
	PromptedOption,
	Serving,
	TokenPrices,
} from '../../src/lib/calculator/model-types';
import { fineTunedMonthlyCost, promptedMonthlyCost } from '../../src/lib/calculator/monthly';
import { expectRelative } from './fixtures/cost-model';

// Amounts are 0 or at least 1e-6: far smaller doubles (down to the subnormal 5e-324) lose their precision to
// underflow, and no price or volume is ever that small.
const amount = (max: number): fc.Arbitrary<number> =>
	fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max, noNaN: true, noDefaultInfinity: true }));
const tokens = fc.integer({ min: 0, max: 20_000 });
const price = amount(100);
const prices: fc.Arbitrary<TokenPrices> = fc.record({
	input: price,
	output: price,
	cachedInput: price,
	cacheWrite: price,
});
const latencyArb = fc.record({
	timeToFirstTokenMs: fc.integer({ min: 0, max: 5000 }),
	outputTokensPerSecond: fc.integer({ min: 1, max: 20_000 }),
	prefillMsPerThousandInputTokens: fc.integer({ min: 0, max: 100 }),
});
const promptedArb: fc.Arbitrary<PromptedOption> = fc.record({
	instructionTokens: tokens,
	fewShotTokens: tokens,
	reasoningTokens: tokens,
	prices,
	longContext: fc.option(fc.record({ thresholdTokens: fc.integer({ min: 1, max: 60_000 }), prices }), {
		nil: null,
	}),
	// No subnormal shares (below about 1e-306 %, which only a deliberate "1e-310" could give): they carry too few
	// significant bits for any relative comparison, and they put break-even near the largest double, where a volume
	// "above it" overflows to Infinity. Shares from 1e-100 up keep both properties meaningful.
	cacheHitShare: fc.oneof(fc.constant(0), fc.double({ min: 1e-100, max: 1, noNaN: true })),
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
		inputTokensPerSecondPerGpu: fc.integer({ min: 1, max: 500_000 }),
		targetUtilisation: fc.double({ min: 0.05, max: 1, noNaN: true }),
		spareGpu: fc.boolean(),
		peakToAverage: fc.double({ min: 1, max: 10, noNaN: true }),
		alwaysOn: fc.boolean(),
		trafficHoursPerDay: fc.integer({ min: 1, max: 24 }),
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
	horizonMonths: fc.integer({ min: 1, max: 120 }),
	userInputTokens: tokens,
	outputTokens: tokens,
	latencyBudgetMs: fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: null }),
	retrieval: fc.record({
		chunks: fc.integer({ min: 0, max: 20 }),
		tokensPerChunk: fc.integer({ min: 0, max: 2000 }),
		repeatsAcrossCalls: fc.boolean(),
		queryTokens: fc.integer({ min: 0, max: 500 }),
		embeddingPricePerMTok: amount(1),
		vectorStoreMonthly: amount(10_000),
		latencyMs: fc.integer({ min: 0, max: 1000 }),
	}),
	a: promptedArb,
	b: fineTunedArb,
	c: fc.option(promptedArb, { nil: null }),
});

/** Every monthly total of a model at a volume: A, B, and C when present. */
function totals(model: CostModelInputs, volume: number): number[] {
	const list = [promptedMonthlyCost(model, model.a, volume), fineTunedMonthlyCost(model, volume)];
	if (model.c !== null) list.push(promptedMonthlyCost(model, model.c, volume));
	return list;
}

/** Every money figure of the model × k; token counts, rates, shares and percentages stay. */
function scalePrices(model: CostModelInputs, k: number): CostModelInputs {
	const scale = (p: TokenPrices): TokenPrices => ({
		input: p.input * k,
		output: p.output * k,
		cachedInput: p.cachedInput * k,
		cacheWrite: p.cacheWrite * k,
	});
	const scalePrompted = (option: PromptedOption): PromptedOption => ({
		...option,
		prices: scale(option.prices),
		longContext:
			option.longContext === null
				? null
				: { ...option.longContext, prices: scale(option.longContext.prices) },
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

describe('properties of the cost model', () => {
	it('never yields a negative cost', () => {
		fc.assert(
			fc.property(modelArb, (model) => {
				const results = evaluateCostModel(model);
				for (const option of [results.a, results.b, results.c]) {
					if (option === null) continue;
					expect(option.costPerCall).toBeGreaterThanOrEqual(0);
					expect(option.monthlyCost).toBeGreaterThanOrEqual(0);
				}
				expect(results.trainingCost).toBeGreaterThanOrEqual(0);
			}),
		);
	});

	it('is monotone in volume, GPU steps and traffic floors included', () => {
		fc.assert(
			fc.property(modelArb, amount(1e12), amount(1e12), (model, x, y) => {
				const [low, high] = x <= y ? [x, y] : [y, x];
				const lower = totals(model, low);
				totals(model, high).forEach((total, index) =>
					expect(total).toBeGreaterThanOrEqual(lower[index] ?? 0),
				);
			}),
		);
	});

	it('makes the monthly totals agree at the break-even volume', () => {
		fc.assert(
			fc.property(modelArb, (model) => {
				for (const prompted of model.c === null ? [model.a] : [model.a, model.c]) {
					const volume = breakEvenVolume(model, prompted);
					if (volume === null || volume === 0) continue;
					expectRelative(
						fineTunedMonthlyCost(model, volume),
						promptedMonthlyCost(model, prompted, volume),
						1e-9,
					);
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
				expect(fineTunedMonthlyCost(model, above)).toBeLessThanOrEqual(
					promptedMonthlyCost(model, model.a, above) * (1 + 1e-9) + 1e-9,
				);
			}),
		);
	});

	it('finds a break-even above zero whenever B has a fixed cost the prompted option lacks', () => {
		fc.assert(
			fc.property(modelArb, (model) => {
				const fixed = evaluateCostModel({ ...model, monthlyVolume: 0 });
				if (fixed.b.monthlyCost > fixed.a.monthlyCost) expect(breakEvenVolume(model, model.a)).not.toBe(0);
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
				for (const id of ['a', 'b', 'c'] as const) {
					const before = base[id];
					const after = scaled[id];
					if (before === null || after === null) continue;
					close(after.costPerCall, before.costPerCall * k);
					close(after.monthlyCost, before.monthlyCost * k);
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
