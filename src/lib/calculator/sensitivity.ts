/**
 * Which inputs matter: vary each numeric input by ±50 % on its own (kept within its accepted range), run the
 * model, and rank the inputs by how far they move B's monthly savings against A, then by how far they move
 * the break-even volume. A proposal can then name its risks.
 */
import { evaluateCostModel } from './evaluate';
import { FIELD_SPECS, type CalculatorInputs, type NumericField, type NumericFieldSpec } from './fields';
import { missingFigures, toCostModelInputs } from './to-model';

/** Share by which each input is moved down and up. */
export const SWING = 0.5;

/** The model's answer with one input changed. */
export interface Variation {
	/** The input's value. */
	value: number;
	/** A's monthly total − B's, $. */
	monthlySavings: number;
	/** Break-even volume against A; null when none. */
	breakEvenVolume: number | null;
}

/** How one input moves the answer. */
export interface Swing {
	/** The input. */
	field: NumericField;
	/** Its current value. */
	value: number;
	/** The answer at value × (1 − 50 %). */
	low: Variation;
	/** The answer at value × (1 + 50 %). */
	high: Variation;
	/** Largest change of the monthly savings over the two, $. */
	savingsImpact: number;
	/** Largest relative change of the break-even volume over the two (1 when it appears or disappears). */
	breakEvenImpact: number;
}

function answer(inputs: CalculatorInputs): Omit<Variation, 'value'> {
	const results = evaluateCostModel(toCostModelInputs(inputs));
	return { monthlySavings: results.monthlySavings, breakEvenVolume: results.breakEvenVolume };
}

function relativeChange(base: number | null, changed: number | null): number {
	if (base === changed) return 0;
	if (base === null || changed === null) return 1;
	return Math.abs(changed - base) / Math.max(base, changed);
}

/**
 * The inputs that move B's monthly savings (then its break-even volume) most when changed by ±50 %, at most
 * `limit` of them, largest first; inputs that move neither are left out. Null while B lacks a sourced figure.
 */
export function sensitivity(inputs: CalculatorInputs, limit = 5): Swing[] | null {
	if (missingFigures(inputs).length > 0) return null;
	const base = answer(inputs);
	const swings: Swing[] = [];
	for (const spec of FIELD_SPECS) {
		if (spec.kind !== 'number' && spec.kind !== 'integer' && spec.kind !== 'volume') continue;
		const value = inputs[spec.field];
		if (value === null || value === 0) continue;
		const vary = (factor: number): Variation => {
			const changed = clamp(spec, value * factor);
			return { value: changed, ...answer({ ...inputs, [spec.field]: changed }) };
		};
		const low = vary(1 - SWING);
		const high = vary(1 + SWING);
		const savingsImpact = Math.max(
			Math.abs(low.monthlySavings - base.monthlySavings),
			Math.abs(high.monthlySavings - base.monthlySavings),
		);
		const breakEvenImpact = Math.max(
			relativeChange(base.breakEvenVolume, low.breakEvenVolume),
			relativeChange(base.breakEvenVolume, high.breakEvenVolume),
		);
		// Differences below a millionth of a cent are floating-point noise, not an effect of the input.
		if (savingsImpact > 1e-8 || breakEvenImpact > 1e-9)
			swings.push({ field: spec.field, value, low, high, savingsImpact, breakEvenImpact });
	}
	swings.sort((x, y) => y.savingsImpact - x.savingsImpact || y.breakEvenImpact - x.breakEvenImpact);
	return swings.slice(0, limit);
}

function clamp(spec: NumericFieldSpec, value: number): number {
	return Math.min(spec.max, Math.max(spec.min, value));
}
