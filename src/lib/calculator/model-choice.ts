/**
 * Models chosen from a snapshot's model list, applied to a preset: the model's prices take the place of the
 * preset's in its slot, its name becomes the option's label, and its source (the provider's page, the price data
 * and the snapshot) replaces the preset's. Loaded with the model picker, never on a first visit: like
 * cost-chart.ts, the picker's chunk imports no module the island loads, and takes what it needs from it as
 * arguments (`PickerContext`).
 */
import type { CalculatorInputs } from './fields';
import { modelFields, slotFields, type ListedModel, type ModelList, type ModelPrices } from './model-list';
import type { ModelPicks, ModelSlot, SlotNotices } from './model-picks';
import type { PriceSource, ResolvedPreset } from './snapshots';

/** What the picker's code takes from the island. */
export interface PickerContext {
	/** For a link that reads an older snapshot: the newest one and its preset, to price the same models today. */
	today: { snapshotId: string; preset: ResolvedPreset } | null;
	/** Ids of the snapshots that have a model list. */
	modelLists: readonly string[];
}

/** What the picker's controls and messages call a slot's model: "A’s model", "The embedding model". */
export function slotTitle(slot: ModelSlot): string {
	return slot === 'embedding' ? 'The embedding model' : `${slot.toUpperCase()}’s model`;
}

const decimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const wholes = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A price as sources and the picker write it: "$0.075", or "none". */
export function money(value: number | null): string {
	return value === null ? 'none' : `$${decimals.format(value)}`;
}

/** A count with thousands separators: "1,517". */
export function count(value: number): string {
	return wholes.format(value);
}

/** A chosen model as the form shows it. */
export interface ChosenModel {
	/** Its `provider:model` id. */
	key: string;
	/** Name and provider, e.g. 'Claude Sonnet 4.5 (Anthropic)'. */
	label: string;
	/** What the price data says about its prices that the reader should know. */
	notes: string[];
}

/** Chosen models by slot. */
export type ChosenModels = Partial<Record<ModelSlot, ChosenModel>>;

/** A link's chosen models applied to its preset, and for a link that reads an older snapshot, to today's. */
export interface LinkModels extends ModelStart {
	/** The same models at the newest snapshot's prices; null when the link reads the newest snapshot. */
	today: ModelStart | null;
}

/**
 * How the picker hands the island a link's models once priced: the new start, and how the inputs move to it
 * (absent when they stay as they are).
 */
export type ApplyModels = (
	models: LinkModels,
	update?: (inputs: CalculatorInputs) => CalculatorInputs,
) => void;

/** A preset with chosen models applied: what a link's other keys override. */
export interface ModelStart {
	/** The preset with the chosen models' prices, labels and sources. */
	start: ResolvedPreset;
	/** The models applied, by slot: what the link writes. */
	picks: ModelPicks;
	chosen: ChosenModels;
	/** One message per slot whose model could not be applied. */
	notices: SlotNotices;
}

/** The name an option takes from its model: 'Claude Sonnet 4.5 (Anthropic)'. */
export function modelLabel(model: ListedModel): string {
	return `${model.name} (${model.provider.name})`;
}

/** Output price missing: what the form and the proposal say (the field itself reads "no sourced figure"). */
export const NO_OUTPUT_PRICE = 'No sourced output price: enter yours.';

/** What the price data says about a model's prices, one sentence each. */
export function modelNotes(model: ListedModel, slot: ModelSlot): string[] {
	const notes = model.flags.map((flag): string => {
		if (flag === 'deprecated') return 'Deprecated by its provider; the price data keeps its last price.';
		if (flag === 'unconfirmed')
			return 'Uncertain price: the price data’s own note says it was not confirmed on the provider’s page (copied from elsewhere, assumed, or a promotion). Check it before you rely on it.';
		if (flag === 'time-of-day')
			return 'The price changes with the time of day; this is the one in force for most of the day.';
		if (flag === 'per-request')
			return 'The provider also bills per request, which this calculator does not count.';
		return `The price data records a new price from ${flag.slice('price-change:'.length)}.`;
	});
	if (slot !== 'embedding' && model.prices.output === null) notes.push(NO_OUTPUT_PRICE);
	return notes;
}

/** The short tags a model carries in the picker's list: 'uncertain price', 'no output price', … */
export function modelTags(model: ListedModel, slot: ModelSlot): string[] {
	const tags = model.flags.map((flag): string => {
		if (flag === 'unconfirmed') return 'uncertain price';
		if (flag === 'per-request') return 'also billed per request';
		if (flag === 'time-of-day') return 'price varies by time of day';
		if (flag === 'deprecated') return 'deprecated';
		return `new price from ${flag.slice('price-change:'.length)}`;
	});
	if (slot !== 'embedding' && model.prices.output === null) tags.push('no output price');
	return tags;
}

/**
 * A model's prices in one line, as sources list them, naming only the prices the data gives (the calculator
 * charges input for cache reads and writes it lists no price for) and saying so when it gives no output price.
 */
export function priceSummary(prices: ModelPrices): string {
	const listed = (what: string, price: number | null): string[] =>
		price === null ? [] : [`${what} ${money(price)}`];
	const tier = prices.longContext;
	const tierOutput = tier?.output ?? prices.output;
	const long =
		tier === null
			? ''
			: `; above ${count(tier.threshold)} input tokens: ${[...listed('input', tier.input), ...listed('output', tierOutput)].join(', ')}`;
	const base = [
		...listed('input', prices.input),
		...listed('cached input', prices.cachedInput),
		...listed('cache writes', prices.cacheWrite),
		...listed('output', prices.output),
	].join(', ');
	return `${base} per 1M tokens${prices.output === null ? ', no output price' : ''}${long}`;
}

/** Where a chosen model's prices come from: the provider's page, read through the price data of the snapshot. */
export function modelSource(slot: ModelSlot, model: ListedModel, list: ModelList): PriceSource {
	const what = slot === 'embedding' ? 'Retrieval embedding' : `Option ${slot.toUpperCase()}`;
	const notes = modelNotes(model, slot);
	const [name, version] = list.dataset.split(' ');
	return {
		label: `${what}, ${model.name} from ${model.provider.name} (${model.key}): ${priceSummary(model.prices)}${notes.length === 0 ? '' : `. ${notes.join(' ')}`}`,
		// The data names no page for a few providers: the package's own page then.
		url: model.provider.pricingUrl ?? `https://www.npmjs.com/package/${name}/v/${version}`,
		accessed: list.dataDate,
		via: `${list.dataset}, snapshot ${list.snapshot}`,
		fields: slotFields(slot),
	};
}

/** A preset with one slot's model replaced: prices, label and source. */
export function withModel(
	start: ResolvedPreset,
	slot: ModelSlot,
	model: ListedModel,
	list: ModelList,
): ResolvedPreset {
	const fields = slotFields(slot);
	const replaced = (source: PriceSource): boolean => source.fields.some((field) => fields.includes(field));
	const first = start.sources.findIndex(replaced);
	const kept = start.sources.filter((source) => !replaced(source));
	// The model's source takes the place of the one it replaces, so sources keep the options' order.
	const at = first === -1 ? kept.length : start.sources.slice(0, first).filter((s) => !replaced(s)).length;
	kept.splice(at, 0, modelSource(slot, model, list));
	return {
		...start,
		labels: slot === 'embedding' ? start.labels : { ...start.labels, [slot]: modelLabel(model) },
		defaults: { ...start.defaults, ...modelFields(slot, model.prices) } as CalculatorInputs,
		sources: kept,
	};
}

/**
 * Apply a link's chosen models to a preset, using the model list of the preset's snapshot (null when that
 * snapshot has none). A model the list lacks keeps the preset's and gets a notice that names its slot.
 */
export function resolvePicks(
	preset: ResolvedPreset,
	snapshotId: string,
	picks: ModelPicks,
	list: ModelList | null,
): ModelStart {
	const result: ModelStart = { start: preset, picks: {}, chosen: {}, notices: {} };
	for (const [slot, key] of Object.entries(picks) as [ModelSlot, string][]) {
		const model = list?.byKey.get(key);
		if (list === null)
			result.notices[slot] =
				`${slotTitle(slot)} in this link cannot be priced: the prices of ${snapshotId} predate the model list. This shows the preset’s model.`;
		else if (model === undefined)
			result.notices[slot] =
				`${slotTitle(slot)} in this link is not in the model list of ${snapshotId} (retired, or mistyped in the link). This shows the preset’s model; the rest of the link is as shared.`;
		else {
			result.start = withModel(result.start, slot, model, list);
			result.picks[slot] = key;
			result.chosen[slot] = { key, label: modelLabel(model), notes: modelNotes(model, slot) };
		}
	}
	return result;
}

/**
 * Move inputs from one starting point to another: each field still at the old start's figure takes the new one;
 * the link's own values (`overrides`) and whatever the reader has typed since stay.
 */
export function rebase(
	inputs: CalculatorInputs,
	from: CalculatorInputs,
	to: CalculatorInputs,
	overrides: Partial<CalculatorInputs>,
): CalculatorInputs {
	const moved = { ...inputs };
	for (const field of Object.keys(to) as (keyof CalculatorInputs)[])
		if (!(field in overrides) && inputs[field] === from[field]) Object.assign(moved, { [field]: to[field] });
	return moved;
}
