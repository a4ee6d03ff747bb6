/** Monthly totals: per-call cost × volume + fixed monthly costs (training spread over months, GPUs, fees). */
import { gpuMonthlyCost } from './dedicated-gpus';
import type {
	CostModelInputs,
	FineTunedOption,
	PromptedOption,
	SharedModelInputs,
	TrainingSettings,
} from './model-types';
import { fineTunedCostPerCall, promptedCostPerCall } from './per-call';
import { TOKENS_PER_PRICE_UNIT } from './units';

/** One training run: examples × tokens per example × epochs × $ per 1M ÷ 1M + preparation cost. */
export function trainingCost(training: TrainingSettings): number {
	const tokens = training.examples * training.tokensPerExample * training.epochs;
	return (tokens * training.pricePerMTok) / TOKENS_PER_PRICE_UNIT + training.preparationCost;
}

/**
 * Months one training run is spread over: the retraining interval, but never more than the evaluation horizon
 * (a run made within the horizon is paid within it); the horizon itself when the model is trained once.
 */
export function trainingSpreadMonths(training: TrainingSettings, horizonMonths: number): number {
	return training.retrainEveryMonths > 0
		? Math.min(training.retrainEveryMonths, horizonMonths)
		: horizonMonths;
}

/** Training per month: one run ÷ the months it is spread over. */
export function monthlyTrainingCost(training: TrainingSettings, horizonMonths: number): number {
	return trainingCost(training) / trainingSpreadMonths(training, horizonMonths);
}

function vectorStore(model: SharedModelInputs, on: boolean): number {
	return on ? model.retrieval.vectorStoreMonthly : 0;
}

/** Fixed monthly cost of a prompted option: the vector store when it retrieves, else nothing. */
export function promptedFixedMonthly(model: SharedModelInputs, option: PromptedOption): number {
	return vectorStore(model, option.retrieval);
}

/** B's fixed monthly cost without GPUs: hosting fee + training per month + vector store. */
export function fineTunedFixedWithoutGpus(model: CostModelInputs, option: FineTunedOption): number {
	return (
		option.hostingMonthly +
		monthlyTrainingCost(option.training, model.horizonMonths) +
		vectorStore(model, option.retrieval)
	);
}

/** B's GPU bill at a volume; 0 when served per token. */
export function fineTunedGpuMonthly(model: CostModelInputs, option: FineTunedOption, volume: number): number {
	return option.serving.mode === 'dedicated' ? gpuMonthlyCost(model, option.serving, volume) : 0;
}

/** Fixed monthly cost of the fine-tuned option at a volume: GPUs + hosting fee + training + vector store. */
export function fineTunedFixedMonthly(
	model: CostModelInputs,
	option: FineTunedOption,
	volume: number,
): number {
	return fineTunedGpuMonthly(model, option, volume) + fineTunedFixedWithoutGpus(model, option);
}

/** Monthly total of a prompted option (A or C) at a volume: cost per call × volume + fixed monthly cost. */
export function promptedMonthlyCost(
	model: SharedModelInputs,
	option: PromptedOption,
	volume: number,
): number {
	return promptedCostPerCall(model, option) * volume + promptedFixedMonthly(model, option);
}

/** Monthly total of the fine-tuned option B at a volume: cost per call × volume + fixed monthly cost. */
export function fineTunedMonthlyCost(model: CostModelInputs, volume: number): number {
	return fineTunedCostPerCall(model, model.b) * volume + fineTunedFixedMonthly(model, model.b, volume);
}
