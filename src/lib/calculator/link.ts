/** Links into the calculator from elsewhere on the site (the flowchart's next steps). */
import { LATEST_SNAPSHOT } from './latest-snapshot';

/** Where the cost calculator lives; its query string is the calculator's URL contract. */
export const CALCULATOR_PATH = '/guide/cost-calculator/';

/** A next step that opens the calculator, optionally primed (the decision graph's calculator steps). */
export interface CalculatorStep {
	/** The link's text. */
	label: string;
	/** Marks the step as the calculator. */
	calculator: true;
	/** Preset id to start from. */
	preset?: string | undefined;
	/** Calls per month. */
	volume?: number | undefined;
	/** Switch retrieval on for every option. */
	retrieval?: boolean | undefined;
}

// The calculator reads one flag per option: A (large prompted model), B (tuned model), C (small base model).
const RETRIEVAL_FLAGS = ['ra', 'rb', 'rc'] as const;

/**
 * Calculator URL at today's prices (`s`, the newest snapshot) primed with a step's preset (`p`), monthly volume
 * (`v`) and retrieval on every option (`ra`/`rb`/`rc`).
 */
export function calculatorHref(step: CalculatorStep): string {
	const query = new URLSearchParams({ s: LATEST_SNAPSHOT });
	if (step.preset !== undefined) query.set('p', step.preset);
	if (step.volume !== undefined) query.set('v', String(step.volume));
	if (step.retrieval === true) for (const flag of RETRIEVAL_FLAGS) query.set(flag, '1');
	return `${CALCULATOR_PATH}?${query.toString()}`;
}

/** Link target of any next step: a guide page as written, or the primed calculator. */
export function nextStepHref(step: { href: string } | CalculatorStep): string {
	return 'calculator' in step ? calculatorHref(step) : step.href;
}
