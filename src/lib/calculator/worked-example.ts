import {
	parseCalculatorQuery,
	resolvePreset,
	toCostModelInputs,
	type BaseModelPriceLookup,
	type CalculatorInputs,
} from './fields';
import { evaluateCostModel, type CostResults, type OptionResult } from './cost-model';
import { formatDays, formatDuration, formatMoney, formatVolume } from '../format';
import type { PriceEntry, Preset } from './price-schema';

/** The calculator page that worked examples link to. */
export const CALCULATOR_PATH = '/guide/cost-calculator/';

/** What a calculator link produces: the inputs it sets and the results the calculator shows for them. */
export interface CalculatorFigures {
	/** Id and name of the preset the link starts from. */
	preset: { id: string; name: string };
	/** Names of options A, B and C (C null when left out). */
	labels: { a: string; b: string; c: string | null };
	/** The inputs after the link's query is applied to the preset. */
	inputs: CalculatorInputs;
	/** The cost model's results for those inputs. */
	results: CostResults;
}

/**
 * Compute the figures a calculator link produces, exactly as the calculator would: resolve the preset named by
 * `p`, apply the other keys, evaluate the cost model. Throws when the link is not a calculator link, names no
 * known preset, or carries a value the calculator would reject, so a page can never state figures for a link
 * that shows something else.
 */
export function calculatorFigures(
	link: string,
	presets: readonly Preset[],
	prices: readonly PriceEntry[],
	lookupBase: BaseModelPriceLookup,
): CalculatorFigures {
	const url = new URL(link, 'https://guide.invalid');
	if (url.pathname !== CALCULATOR_PATH) throw new Error(`${link} is not a link to ${CALCULATOR_PATH}`);
	const presetId = url.searchParams.get('p');
	const preset = presets.find((candidate) => candidate.id === presetId);
	if (preset === undefined) throw new Error(`${link} names no preset of content/prices/presets.yaml`);
	const resolved = resolvePreset(preset, prices, lookupBase);
	const { inputs, notices } = parseCalculatorQuery(url.search, resolved.defaults);
	const problems = Object.values(notices);
	if (problems.length > 0)
		throw new Error(`${link} has values the calculator rejects: ${problems.join(' ')}`);
	return {
		preset: { id: resolved.id, name: resolved.name },
		labels: resolved.labels,
		inputs,
		results: evaluateCostModel(toCostModelInputs(inputs)),
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

function row(name: string, retrieval: boolean, result: OptionResult): FiguresRow {
	const verdict =
		result.meetsLatencyBudget === null
			? ''
			: result.meetsLatencyBudget
				? ' (within budget)'
				: ' (over budget)';
	return {
		option: `${name}${retrieval ? ', with retrieval' : ''}`,
		monthly: formatMoney(result.monthlyCost),
		perCall: result.averageCostPerCall === null ? 'n/a' : formatMoney(result.averageCostPerCall),
		latency: `${formatDuration(result.latencyMs)}${verdict}`,
	};
}

/** The figures as table rows, A, B and C in the calculator's order. */
export function figuresRows(figures: CalculatorFigures): FiguresRow[] {
	const { labels, inputs, results } = figures;
	const rows = [
		row(`A. ${labels.a}, prompted`, inputs.ragA, results.a),
		row(`B. ${labels.b}, fine-tuned`, inputs.ragB, results.b),
	];
	if (results.c !== null && labels.c !== null)
		rows.push(row(`C. ${labels.c}, prompted`, inputs.ragC, results.c));
	return rows;
}

/** One sentence on training cost, break-even volume and payback against A. */
export function figuresSummary(figures: CalculatorFigures): string {
	const { results } = figures;
	const breakEven =
		results.breakEvenVolume === null
			? 'B never becomes cheaper than A at any volume'
			: `B costs no more than A from ${formatVolume(Math.ceil(results.breakEvenVolume))} calls a month`;
	const payback =
		results.paybackDays === null
			? 'at this volume the savings never repay training'
			: `the savings repay one training run in ${formatDays(results.paybackDays)}`;
	return `At ${formatVolume(results.monthlyVolume)} calls a month, one training run of B costs ${formatMoney(results.trainingCost)}; ${breakEven}, and ${payback}.`;
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
