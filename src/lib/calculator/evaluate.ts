/** Every option's results at the reader's volume, with break-even, savings and payback. */
import { breakEvenVolume } from './break-even';
import { billedGpuHours, gpuMonthlyCost, peakGpus } from './dedicated-gpus';
import type { CostModelInputs, LatencySettings, PromptedOption, SharedModelInputs } from './model-types';
import {
	fineTunedFixedMonthly,
	monthlyTrainingCost,
	promptedFixedMonthly,
	trainingCost,
	trainingSpreadMonths,
} from './monthly';
import {
	callLatencyMs,
	fineTunedCostPerCall,
	fineTunedInputTokens,
	promptedCostPerCall,
	promptedInputTokens,
} from './per-call';
import { DAYS_PER_MONTH, MONTHS_PER_YEAR } from './units';

/** B's dedicated GPUs at the reader's volume. */
export interface GpuUse {
	/** GPUs the peak hour needs, spare not included. */
	peakGpus: number;
	/** GPU-hours billed in the month, spare included. */
	billedHours: number;
	/** The GPU bill, $ per month. */
	monthlyCost: number;
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
	/** GPUs of B on dedicated serving; null otherwise. */
	gpu: GpuUse | null;
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
	/** Months one run is spread over (the retraining interval, or the horizon when trained once). */
	trainingSpreadMonths: number;
	/** Training per month, $. */
	monthlyTrainingCost: number;
	/** Volume from which B is no dearer than A (see break-even.ts). */
	breakEvenVolume: number | null;
	/** Volume from which B is no dearer than C; null when C is left out or never. */
	breakEvenVolumeVsC: number | null;
	/** A's monthly total − B's at the reader's volume, $ (negative when B costs more). */
	monthlySavings: number;
	/** Monthly savings × 12, $. */
	yearlySavings: number;
	/** C's monthly total − B's; null when C is left out. */
	monthlySavingsVsC: number | null;
	/**
	 * Days for B to repay one training run: run ÷ (A monthly − B monthly before training) × 30.4167;
	 * null when that saving is not positive.
	 */
	paybackDays: number | null;
}

function resultOf(
	model: SharedModelInputs,
	volume: number,
	costs: Pick<OptionResult, 'costPerCall' | 'fixedMonthlyCost' | 'inputTokensPerCall' | 'gpu'>,
	latency: LatencySettings,
	retrieval: boolean,
	reasoningTokens: number,
): OptionResult {
	const monthly = costs.costPerCall * volume + costs.fixedMonthlyCost;
	const latencyMs = callLatencyMs(model, latency, costs.inputTokensPerCall, retrieval, reasoningTokens);
	const budget = model.latencyBudgetMs;
	return {
		...costs,
		monthlyCost: monthly,
		yearlyCost: monthly * MONTHS_PER_YEAR,
		averageCostPerCall: volume > 0 ? monthly / volume : null,
		latencyMs,
		meetsLatencyBudget: budget === null ? null : latencyMs <= budget,
	};
}

/** Results of a prompted option (A or C) at the reader's volume. */
export function promptedResult(model: SharedModelInputs, option: PromptedOption): OptionResult {
	const costs = {
		costPerCall: promptedCostPerCall(model, option),
		fixedMonthlyCost: promptedFixedMonthly(model, option),
		inputTokensPerCall: promptedInputTokens(model, option),
		gpu: null,
	};
	return resultOf(
		model,
		model.monthlyVolume,
		costs,
		option.latency,
		option.retrieval,
		option.reasoningTokens,
	);
}

function fineTunedResult(model: CostModelInputs): OptionResult {
	const { b, monthlyVolume: volume } = model;
	const gpu =
		b.serving.mode === 'dedicated'
			? {
					peakGpus: peakGpus(model, b.serving, volume),
					billedHours: billedGpuHours(model, b.serving, volume),
					monthlyCost: gpuMonthlyCost(model, b.serving, volume),
				}
			: null;
	const costs = {
		costPerCall: fineTunedCostPerCall(model, b),
		fixedMonthlyCost: fineTunedFixedMonthly(model, b, volume),
		inputTokensPerCall: fineTunedInputTokens(model, b),
		gpu,
	};
	return resultOf(model, volume, costs, b.latency, b.retrieval, 0);
}

/** Evaluate every option at the reader's volume, with break-even, savings and payback. */
export function evaluateCostModel(model: CostModelInputs): CostResults {
	const a = promptedResult(model, model.a);
	const b = fineTunedResult(model);
	const c = model.c === null ? null : promptedResult(model, model.c);
	const run = trainingCost(model.b.training);
	const perMonth = monthlyTrainingCost(model.b.training, model.horizonMonths);
	const monthlySavings = a.monthlyCost - b.monthlyCost;
	const savingBeforeTraining = monthlySavings + perMonth;
	return {
		monthlyVolume: model.monthlyVolume,
		a,
		b,
		c,
		trainingCost: run,
		trainingSpreadMonths: trainingSpreadMonths(model.b.training, model.horizonMonths),
		monthlyTrainingCost: perMonth,
		breakEvenVolume: breakEvenVolume(model, model.a),
		breakEvenVolumeVsC: model.c === null ? null : breakEvenVolume(model, model.c),
		monthlySavings,
		yearlySavings: monthlySavings * MONTHS_PER_YEAR,
		monthlySavingsVsC: c === null ? null : c.monthlyCost - b.monthlyCost,
		paybackDays: savingBeforeTraining > 0 ? (run / savingBeforeTraining) * DAYS_PER_MONTH : null,
	};
}
