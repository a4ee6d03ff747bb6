import { CALCULATOR_PATH } from '../calculator/link';
import { LATEST_SNAPSHOT } from '../calculator/latest-snapshot';
import type { CalculatorStep, NextStep } from './schema';

// Keys from the table in content/calculator-url-keys.json, which the calculator keeps working for good.
// Options: A is the large prompted model, B the fine-tuned one, C the small prompted one.
const RETRIEVAL_FLAGS = ['ra', 'rb', 'rc'] as const;
const PROMPTED_OPTIONS = ['a', 'c'] as const;

/**
 * Calculator URL at the prices of the build (`s`, the newest snapshot, so the link keeps its figures when prices
 * change) in the state a step asks for: preset (`p`), volume (`v`), retrieval on every option
 * (`ra`/`rb`/`rc`), option C shown (`c`), option A's instruction tokens (`ai`), and for A and C the cache-hit
 * share (`ach`/`cch`) and batch discount (`abd`/`cbd`).
 */
export function calculatorHref(step: CalculatorStep): string {
	const query = new URLSearchParams({ s: LATEST_SNAPSHOT });
	if (step.preset !== undefined) query.set('p', step.preset);
	if (step.volume !== undefined) query.set('v', String(step.volume));
	if (step.compareSmallerModel === true) query.set('c', '1');
	if (step.retrieval === true) for (const flag of RETRIEVAL_FLAGS) query.set(flag, '1');
	if (step.instructionTokens !== undefined) query.set('ai', String(step.instructionTokens));
	for (const option of PROMPTED_OPTIONS) {
		if (step.cacheHitPercent !== undefined) query.set(`${option}ch`, String(step.cacheHitPercent));
		if (step.batchDiscountPercent !== undefined) query.set(`${option}bd`, String(step.batchDiscountPercent));
	}
	return `${CALCULATOR_PATH}?${query.toString()}`;
}

/** Link target of any next step: a guide page as written, or the primed calculator. */
export function nextStepHref(step: NextStep): string {
	return 'calculator' in step ? calculatorHref(step) : step.href;
}
