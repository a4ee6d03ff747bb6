/**
 * The break-even volume: the lowest monthly volume from which the fine-tuned option B costs no more than a
 * prompted option for every larger volume; 0 when B is never dearer; null when no such volume exists.
 *
 * Write Δ = (prompted cost per call) − (B's variable cost per call) and K = (B's fixed monthly cost without GPUs)
 * − (the prompted option's fixed monthly cost). The difference of monthly totals is D(V) = Δ·V − K − G(V), with
 * G(V) B's GPU bill (0 when served per token).
 *
 * - Per token: D is linear. Δ > 0 gives max(0, K ÷ Δ); Δ = 0 gives 0 when K ≤ 0, else null; Δ < 0 gives null.
 * - Always-on GPUs: G(V) = c·(n(V) + s) with c = $ per GPU-month, s the spare and n(V) = max(1, ⌈V ÷ w⌉),
 *   w calls per GPU-month. D rises with slope Δ inside each GPU segment ((n − 1)·w, n·w] and drops by c at each
 *   step; its lowest value in segment n is m(n) = (Δ·w − c)·n − Δ·w − K', K' = K + c·s. If Δ·w < c, m falls
 *   without bound: null. If Δ·w = c, m is constant: 0 when it is ≥ 0, else null. Otherwise the first segment n*
 *   with m(n*) ≥ 0 is ⌈(Δ·w + K') ÷ (Δ·w − c)⌉; if n* ≤ 1 the answer is 0, else D crosses zero inside segment
 *   n* − 1 at V = (K' + c·(n* − 1)) ÷ Δ.
 * - GPUs scaled with traffic: G(V) = p·(max(h·V, T) + s·T) for V > 0, with p $ per GPU-hour, h GPU-hours per call
 *   and T hours with traffic. D is continuous and concave on V > 0: slope Δ up to V₁ = T ÷ h, then Δ − p·h.
 *   A final slope below 0 means null; otherwise D never falls, so the answer is where it first reaches 0.
 */
import { callsPerGpuMonth, gpuHoursPerCall, trafficHoursPerMonth } from './dedicated-gpus';
import type { CostModelInputs, DedicatedServing, PromptedOption } from './model-types';
import { fineTunedFixedWithoutGpus, promptedFixedMonthly } from './monthly';
import { fineTunedCostPerCall, promptedCostPerCall } from './per-call';
import { HOURS_PER_MONTH } from './units';

/** Break-even volume of B against a prompted option (see the module comment); null when there is none. */
export function breakEvenVolume(model: CostModelInputs, prompted: PromptedOption): number | null {
	const saving = promptedCostPerCall(model, prompted) - fineTunedCostPerCall(model, model.b);
	const extraFixed = fineTunedFixedWithoutGpus(model, model.b) - promptedFixedMonthly(model, prompted);
	const serving = model.b.serving;
	if (serving.mode === 'per-token') return linearBreakEven(saving, extraFixed);
	if (serving.alwaysOn) return alwaysOnBreakEven(model, serving, saving, extraFixed);
	return scaledBreakEven(model, serving, saving, extraFixed);
}

// A saving of a few subnormal dollars per call can push the quotient past the largest double: no break-even then.
function finiteOrNull(volume: number): number | null {
	return Number.isFinite(volume) ? volume : null;
}

function linearBreakEven(saving: number, extraFixed: number): number | null {
	if (saving > 0) return finiteOrNull(Math.max(0, extraFixed / saving));
	return saving === 0 && extraFixed <= 0 ? 0 : null;
}

function alwaysOnBreakEven(
	model: CostModelInputs,
	serving: DedicatedServing,
	saving: number,
	extraFixed: number,
): number | null {
	const perGpu = serving.gpuHourPrice * HOURS_PER_MONTH;
	const fixed = extraFixed + (serving.spareGpu ? perGpu : 0);
	const width = callsPerGpuMonth(model, serving);
	// Calls that take no GPU time, or free GPUs: the fleet stays at one GPU, a constant.
	if (width === Number.POSITIVE_INFINITY || perGpu === 0) return linearBreakEven(saving, fixed + perGpu);
	if (!(saving > 0) || !(width > 0)) return null;
	const slope = saving * width - perGpu;
	const lowest = (n: number): number => slope * n - saving * width - fixed;
	if (slope < 0) return null;
	if (slope === 0) return lowest(1) >= 0 ? 0 : null;
	let first = Math.max(1, Math.ceil((saving * width + fixed) / slope));
	if (!Number.isFinite(first)) return null;
	// The ceiling of a floating-point quotient can land a segment off: settle it on the inequality itself,
	// a bounded number of times because past 2^53 adding one no longer changes a double.
	for (let i = 0; i < 4 && first > 1 && lowest(first - 1) >= 0; i++) first -= 1;
	for (let i = 0; i < 4 && lowest(first) < 0; i++) first += 1;
	if (first <= 1) return 0;
	return finiteOrNull((fixed + perGpu * (first - 1)) / saving);
}

function scaledBreakEven(
	model: CostModelInputs,
	serving: DedicatedServing,
	saving: number,
	extraFixed: number,
): number | null {
	const price = serving.gpuHourPrice;
	const perCall = gpuHoursPerCall(model, serving);
	const withTraffic = trafficHoursPerMonth(serving);
	const spareHours = serving.spareGpu ? withTraffic : 0;
	const finalSlope = saving - price * perCall;
	if (finalSlope < 0) return null;
	// First piece: at least one GPU through the traffic hours, D(V) = Δ·V − K − p·(T + spare).
	const floor = extraFixed + price * (withTraffic + spareHours);
	if (floor <= 0) return 0;
	const kink = perCall > 0 ? withTraffic / perCall : Number.POSITIVE_INFINITY;
	if (saving > 0 && floor / saving <= kink) return finiteOrNull(floor / saving);
	// Second piece: the work needs more than the floor, D(V) = (Δ − p·h)·V − K − p·spare.
	if (!(finalSlope > 0)) return null;
	return finiteOrNull((extraFixed + price * spareHours) / finalSlope);
}
