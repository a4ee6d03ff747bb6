import { conditionHolds } from './conditions';
import type { DecisionPath } from './paths';
import type { NextStep, Outcome, Statement } from './schema';

/** A reason or caveat as one path shows it, with its citations numbered in the path's source list. */
export interface ShownStatement {
	/** Position in the outcome's list in the data, so tools can refer to it. */
	index: number;
	text: string;
	/** Reference ids the sentence cites. */
	cites: readonly string[];
	/** Numbers of those references in {@link PathVerdict.sources}, 1-based, in citation order. */
	sourceNumbers: readonly number[];
}

/** A next step as one path shows it. */
export interface ShownNextStep {
	/** Position in the outcome's list in the data. */
	index: number;
	step: NextStep;
}

/** What a complete path says: only the reasons, caveats and next steps its answers call for, and their sources. */
export interface PathVerdict {
	outcome: Outcome;
	reasons: ShownStatement[];
	caveats: ShownStatement[];
	nextSteps: ShownNextStep[];
	/** Reference ids cited by the shown sentences, numbered by first citation (reasons before caveats). */
	sources: string[];
}

/** The reasons, caveats, next steps and sources a complete path shows, by the conditions in the data. */
export function pathVerdict(path: DecisionPath): PathVerdict {
	const { outcome, steps } = path;
	const sources: string[] = [];
	const show = (statements: readonly Statement[]): ShownStatement[] =>
		statements.flatMap((statement, index) => {
			if (!conditionHolds(statement.when, steps)) return [];
			const cites = statement.cites ?? [];
			for (const id of cites) if (!sources.includes(id)) sources.push(id);
			return [
				{ index, text: statement.text, cites, sourceNumbers: cites.map((id) => sources.indexOf(id) + 1) },
			];
		});
	const reasons = show(outcome.reasons);
	const caveats = show(outcome.caveats);
	const nextSteps = outcome.nextSteps.flatMap((step, index) =>
		conditionHolds(step.when, steps) ? [{ index, step }] : [],
	);
	return { outcome, reasons, caveats, nextSteps, sources };
}
