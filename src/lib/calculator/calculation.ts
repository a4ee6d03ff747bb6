/** Everything the calculator shows for a set of inputs, whether or not option B has all its figures. */
import { costCurve, type CurvePoint } from './cost-curve';
import { evaluateCostModel, promptedResult, type CostResults, type OptionResult } from './evaluate';
import type { CalculatorInputs, SourcedField } from './fields';
import { missingFigures, sharedModelInputs, toCostModelInputs } from './to-model';

/** The calculator's figures for one set of inputs. */
export interface Calculation {
	/** Sourced figures B needs but lacks; when any, B's results, savings and break-even are not computed. */
	missing: SourcedField[];
	/** Every result; null while B lacks a figure. */
	results: CostResults | null;
	/** Option A's results (they never depend on B). */
	a: OptionResult;
	/** Option C's results; null when left out. */
	c: OptionResult | null;
	/** The chart's curve; without B's line while B lacks a figure. */
	curve: CurvePoint[];
}

/** Compute what the calculator shows: all results, or A and C alone while B lacks a sourced figure. */
export function calculate(inputs: CalculatorInputs): Calculation {
	const missing = missingFigures(inputs);
	if (missing.length === 0) {
		const model = toCostModelInputs(inputs);
		const results = evaluateCostModel(model);
		return { missing, results, a: results.a, c: results.c, curve: costCurve(model) };
	}
	const shared = sharedModelInputs(inputs);
	return {
		missing,
		results: null,
		a: promptedResult(shared, shared.a),
		c: shared.c === null ? null : promptedResult(shared, shared.c),
		curve: costCurve(shared),
	};
}
