/** Everything the calculator shows for a set of inputs, whether or not every option has all its figures. */
import { costCurve, type CurvePoint } from './cost-curve';
import {
	evaluateCostModel,
	fineTunedResult,
	promptedResult,
	type CostResults,
	type OptionResult,
} from './evaluate';
import type { CalculatorInputs, SourcedField } from './fields';
import { fineTunedOption, missingOf, promptedOption, workloadOf } from './to-model';

/** The calculator's figures for one set of inputs. */
export interface Calculation {
	/** Sourced figures the options lack, A's first; an option lacking one has no results. */
	missing: SourcedField[];
	/** Every result, savings and break-even included; null while A or B lacks a figure. */
	results: CostResults | null;
	/** Option A's results; null while it lacks a figure. */
	a: OptionResult | null;
	/** Option B's results; null while it lacks a figure. */
	b: OptionResult | null;
	/** Option C's results; null when left out or lacking a figure. */
	c: OptionResult | null;
	/** The chart's curve: a line for each option that has its figures. */
	curve: CurvePoint[];
}

/** Compute what the calculator shows: all results, or those of the options that have their figures. */
export function calculate(inputs: CalculatorInputs): Calculation {
	const lacking = { a: missingOf(inputs, 'a'), b: missingOf(inputs, 'b'), c: missingOf(inputs, 'c') };
	const missing = [...lacking.a, ...lacking.b, ...lacking.c];
	const workload = workloadOf(inputs);
	const a = lacking.a.length === 0 ? promptedOption(inputs, 'a') : null;
	const b = lacking.b.length === 0 ? fineTunedOption(inputs) : null;
	const c = inputs.includeC && lacking.c.length === 0 ? promptedOption(inputs, 'c') : null;
	const curve = costCurve({ ...workload, a, b, c });
	if (a !== null && b !== null) {
		const results = evaluateCostModel({ ...workload, a, b, c });
		return { missing, results, a: results.a, b: results.b, c: results.c, curve };
	}
	return {
		missing,
		results: null,
		a: a === null ? null : promptedResult(workload, a),
		b: b === null ? null : fineTunedResult({ ...workload, b }),
		c: c === null ? null : promptedResult(workload, c),
		curve,
	};
}
