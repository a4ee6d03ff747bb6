import type { NextStep } from '../decision-graph';

/** Where the cost calculator lives; its query string is the calculator's URL contract. */
export const CALCULATOR_PATH = '/guide/cost-calculator/';

/** A next step that opens the calculator. */
export type CalculatorStep = Extract<NextStep, { calculator: true }>;

// The calculator reads one flag per option: A (large prompted model), B (tuned model), C (small base model).
const RETRIEVAL_FLAGS = ['ra', 'rb', 'rc'] as const;

/** Calculator URL primed with a step's preset (`p`), monthly volume (`v`) and retrieval on every option (`ra`/`rb`/`rc`). */
export function calculatorHref(step: CalculatorStep): string {
	const query = new URLSearchParams();
	if (step.preset !== undefined) query.set('p', step.preset);
	if (step.volume !== undefined) query.set('v', String(step.volume));
	if (step.retrieval === true) for (const flag of RETRIEVAL_FLAGS) query.set(flag, '1');
	const search = query.toString();
	return search === '' ? CALCULATOR_PATH : `${CALCULATOR_PATH}?${search}`;
}

/** Link target of any next step: a guide page as written, or the primed calculator. */
export function nextStepHref(step: NextStep): string {
	return 'calculator' in step ? calculatorHref(step) : step.href;
}
