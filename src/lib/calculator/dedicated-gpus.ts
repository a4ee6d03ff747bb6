/**
 * Dedicated GPUs for option B: how many a volume needs and how many GPU-hours are billed.
 *
 * One call occupies a GPU for input ÷ prefill rate + output ÷ output rate seconds, both rates measured on the
 * same GPU at the benchmark's concurrency. Adding the two is conservative (a busy server overlaps prefill and
 * decoding), and reproduces a benchmark whose two rates were fitted to its own runs.
 *
 * - Always on: a fleet sized for the peak hour at the target utilisation runs the whole 730-hour month,
 *   at least one GPU, plus the spare.
 * - Scaled with traffic: GPUs run for the hours the work needs at the target utilisation, but at least one
 *   GPU (plus the spare) runs through every hour that has traffic; nothing runs at zero volume.
 */
import type { CostModelInputs, DedicatedServing } from './model-types';
import { fineTunedInputTokens } from './per-call';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, SECONDS_PER_MONTH } from './units';

/** GPU-seconds one call occupies: input tokens ÷ prefill tokens/s + output tokens ÷ output tokens/s. */
export function gpuSecondsPerCall(model: CostModelInputs, serving: DedicatedServing): number {
	const prefill = fineTunedInputTokens(model, model.b) / serving.inputTokensPerSecondPerGpu;
	const decode = model.outputTokens / serving.outputTokensPerSecondPerGpu;
	return prefill + decode;
}

/**
 * Calls one GPU carries in a month when the fleet is sized for the peak:
 * seconds per month × utilisation ÷ (GPU-seconds per call × peak-to-average). Infinity when a call takes no GPU time.
 */
export function callsPerGpuMonth(model: CostModelInputs, serving: DedicatedServing): number {
	const demand = gpuSecondsPerCall(model, serving) * serving.peakToAverage;
	return demand > 0 ? (SECONDS_PER_MONTH * serving.targetUtilisation) / demand : Number.POSITIVE_INFINITY;
}

/** GPUs the peak hour needs at a volume, not counting the spare: ⌈volume ÷ calls per GPU-month⌉, at least one. */
export function peakGpus(model: CostModelInputs, serving: DedicatedServing, volume: number): number {
	if (volume <= 0) return serving.alwaysOn ? 1 : 0;
	return Math.max(1, Math.ceil(volume / callsPerGpuMonth(model, serving)));
}

/** Hours a month that have traffic: hours a day × 30.4167 days. */
export function trafficHoursPerMonth(serving: DedicatedServing): number {
	return serving.trafficHoursPerDay * DAYS_PER_MONTH;
}

/** GPU-hours of work per call at the target utilisation: GPU-seconds per call ÷ 3,600 ÷ utilisation. */
export function gpuHoursPerCall(model: CostModelInputs, serving: DedicatedServing): number {
	return gpuSecondsPerCall(model, serving) / 3600 / serving.targetUtilisation;
}

/**
 * GPU-hours billed in a month at a volume.
 * Always on: (peak GPUs + spare) × 730. Scaled: max(volume × GPU-hours per call, traffic hours) + spare × traffic
 * hours, and 0 at zero volume.
 */
export function billedGpuHours(model: CostModelInputs, serving: DedicatedServing, volume: number): number {
	const spare = serving.spareGpu ? 1 : 0;
	if (serving.alwaysOn) return (peakGpus(model, serving, volume) + spare) * HOURS_PER_MONTH;
	if (volume <= 0) return 0;
	const withTraffic = trafficHoursPerMonth(serving);
	return Math.max(volume * gpuHoursPerCall(model, serving), withTraffic) + spare * withTraffic;
}

/** Monthly GPU bill at a volume: billed GPU-hours × $ per GPU-hour. */
export function gpuMonthlyCost(model: CostModelInputs, serving: DedicatedServing, volume: number): number {
	return billedGpuHours(model, serving, volume) * serving.gpuHourPrice;
}
