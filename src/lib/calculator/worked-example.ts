/** The figures a calculator link produces, computed by the calculator's own functions for pages that quote them. */
import { formatDays, formatDuration, formatMoney, formatVolume } from '../format';
import { calculate, type Calculation } from './calculation';
import type { OptionResult } from './evaluate';
import type { CalculatorInputs } from './fields';
import { CALCULATOR_PATH } from './link';
import type { Snapshot } from './snapshots';
import { readLink } from './url-state';
import { breakEvenText, NO_FIGURE } from './view';

export { CALCULATOR_PATH };

/** What a calculator link produces: the snapshot and preset it reads, its inputs and the results. */
export interface CalculatorFigures {
	/** Snapshot the prices come from. */
	snapshot: { id: string };
	/** Id and name of the preset the link starts from. */
	preset: { id: string; name: string };
	/** Names of options A, B and C (C null when left out). */
	labels: { a: string; b: string; c: string | null };
	/** The inputs after the link's query is applied to the preset. */
	inputs: CalculatorInputs;
	/** The calculator's figures for those inputs. */
	calculation: Calculation;
}

/**
 * Compute the figures a calculator link produces, exactly as the calculator would. Throws when the link is not a
 * calculator link, names no snapshot (worked examples must pin theirs), names an unknown snapshot or preset, or
 * carries a value the calculator would reject: a page can never state figures for a link that shows others.
 */
export function calculatorFigures(link: string, snapshots: readonly Snapshot[]): CalculatorFigures {
	const url = new URL(link, 'https://guide.invalid');
	if (url.pathname !== CALCULATOR_PATH) throw new Error(`${link} is not a link to ${CALCULATOR_PATH}`);
	if (!url.searchParams.has('s') || !url.searchParams.has('p'))
		throw new Error(`${link} must name its price snapshot (s) and preset (p)`);
	const state = readLink(url.search, snapshots);
	const problems = [state.linkNotice, ...Object.values(state.notices)].filter((text) => text !== null);
	if (problems.length > 0) throw new Error(`${link}: ${problems.join(' ')}`);
	return {
		snapshot: { id: state.snapshot.id },
		preset: { id: state.preset.id, name: state.preset.name },
		labels: state.preset.labels,
		inputs: state.inputs,
		calculation: calculate(state.inputs),
	};
}

/** One row of the figures table: an option's name, whether it retrieves, and its results. */
export interface FiguresRow {
	/** Option name with its role, e.g. "A. GPT-6 Sol, prompted". */
	option: string;
	/** Monthly total, formatted. */
	monthly: string;
	/** Average cost of one call, formatted. */
	perCall: string;
	/** Latency of one call, formatted, with the budget verdict. */
	latency: string;
}

function row(name: string, retrieval: boolean, result: OptionResult | null): FiguresRow {
	const option = `${name}${retrieval ? ', with retrieval' : ''}`;
	if (result === null) return { option, monthly: NO_FIGURE, perCall: NO_FIGURE, latency: '–' };
	const verdict =
		result.meetsLatencyBudget === null
			? ''
			: result.meetsLatencyBudget
				? ' (within budget)'
				: ' (over budget)';
	return {
		option,
		monthly: formatMoney(result.monthlyCost),
		perCall: result.averageCostPerCall === null ? 'n/a' : formatMoney(result.averageCostPerCall),
		latency: `${formatDuration(result.latencyMs)}${verdict}`,
	};
}

/** The figures as table rows, A, B and C in the calculator's order. */
export function figuresRows(figures: CalculatorFigures): FiguresRow[] {
	const { labels, inputs, calculation } = figures;
	const rows = [
		row(`A. ${labels.a}, prompted`, inputs.ragA, calculation.a),
		row(`B. ${labels.b}, fine-tuned`, inputs.ragB, calculation.results?.b ?? null),
	];
	if (calculation.c !== null && labels.c !== null)
		rows.push(row(`C. ${labels.c}, prompted`, inputs.ragC, calculation.c));
	return rows;
}

/** One sentence on training cost, break-even volume and payback against A, with the snapshot's date. */
export function figuresSummary(figures: CalculatorFigures): string {
	const results = figures.calculation.results;
	const at = `At ${formatVolume(figures.inputs.volume)} calls a month (prices as read on ${figures.snapshot.id})`;
	if (results === null) return `${at}, B has no sourced figure for its serving: ${NO_FIGURE}.`;
	const breakEven =
		results.breakEvenVolume === null
			? 'B never becomes cheaper than A at any volume'
			: `B costs no more than A ${breakEvenText(results.breakEvenVolume)}`;
	const payback =
		results.paybackDays === null
			? 'its savings never repay training'
			: `its savings repay one training run in ${formatDays(results.paybackDays)}`;
	return `${at}, one training run of B costs ${formatMoney(results.trainingCost)}; ${breakEven}, and ${payback}.`;
}

/** The figures as a Markdown table and summary, for the plain-Markdown copy of a page. */
export function figuresMarkdown(figures: CalculatorFigures, link: string): string {
	const lines = [
		'| Option | Per month | Per call | Latency |',
		'| --- | --- | --- | --- |',
		...figuresRows(figures).map((r) => `| ${r.option} | ${r.monthly} | ${r.perCall} | ${r.latency} |`),
	];
	return `${lines.join('\n')}\n\n${figuresSummary(figures)} [Open these inputs in the calculator](${link}).`;
}
