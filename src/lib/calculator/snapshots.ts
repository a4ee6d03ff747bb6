/**
 * Price snapshots: dated, frozen copies of everything a calculator link relies on (every preset's defaults as
 * numbers, labels, sources, which preset is the default). A link names its snapshot with `s`; a link without it
 * reads the first snapshot, which holds the figures the calculator showed before snapshots existed. Published
 * snapshots are never edited: content/prices/snapshots/published.json records each one's hash.
 */
import type { CalculatorInputs, Field } from './fields';

/** A source to cite next to a figure. */
export interface PriceSource {
	/** What the figure is, e.g. 'Training, base models up to 16B: $0.50 per 1M tokens'. */
	label: string;
	/** The provider's own page. */
	url: string;
	/** Day the figure was read (for a dataset: the date of its data), YYYY-MM-DD. */
	accessed: string;
	/** Dataset and version the figure was read from, e.g. '@pydantic/genai-prices 0.1.8'; null when read on the page. */
	via: string | null;
	/** The calculator fields this source gives figures for. */
	fields: Field[];
}

/** A preset with every figure resolved to numbers (or null: no sourced figure), ready to seed the calculator. */
export interface ResolvedPreset {
	/** Preset id, the `p` URL key. */
	id: string;
	/** Preset name. */
	name: string;
	/** What it compares. */
	description: string;
	/** Warning to show with it, if any. */
	notice: string | null;
	/** Names of the three options. */
	labels: { a: string; b: string; c: string | null };
	/** Calculator inputs with the preset's figures. */
	defaults: CalculatorInputs;
	/** Sources of every price and benchmark figure used. */
	sources: PriceSource[];
}

/** One dated snapshot of the price data. */
export interface Snapshot {
	/** Its date, YYYY-MM-DD: the `s` URL key. */
	id: string;
	/** What changed in it, for the reader. */
	summary: string;
	/** Preset a link without `p` starts from. */
	defaultPreset: string;
	/** Base-model price dataset it was resolved from. */
	priceData: { package: string; version: string; dataDate: string };
	/** Every preset, resolved. */
	presets: ResolvedPreset[];
}

/** URL key naming the snapshot a link's figures come from. */
export const SNAPSHOT_KEY = 's';

/** URL key naming the preset a link starts from. */
export const PRESET_KEY = 'p';

/** The oldest snapshot: what links without `s` read. Snapshots are sorted by date, oldest first. */
export function firstSnapshot(snapshots: readonly Snapshot[]): Snapshot {
	const first = snapshots[0];
	if (first === undefined) throw new Error('no price snapshot');
	return first;
}

/** The newest snapshot: today's prices, and what Copy link writes. */
export function newestSnapshot(snapshots: readonly Snapshot[]): Snapshot {
	const newest = snapshots.at(-1);
	if (newest === undefined) throw new Error('no price snapshot');
	return newest;
}

/** The preset with an id in a snapshot, if it has one. */
export function presetOf(snapshot: Snapshot, id: string): ResolvedPreset | undefined {
	return snapshot.presets.find((preset) => preset.id === id);
}

/** The snapshot's default preset; throws when a snapshot is malformed (its schema rules that out). */
export function defaultPresetOf(snapshot: Snapshot): ResolvedPreset {
	const preset = presetOf(snapshot, snapshot.defaultPreset);
	if (preset === undefined)
		throw new Error(`snapshot ${snapshot.id} has no preset "${snapshot.defaultPreset}"`);
	return preset;
}
