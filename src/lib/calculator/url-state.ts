/**
 * Calculator links: `s` names the price snapshot, `p` the preset, and the other keys (see FIELD_SPECS) override
 * that preset's figures. Reading never throws: a rejected value keeps the preset's figure and adds a notice that
 * names the field and its range, never echoing the text.
 */
import {
	checkField,
	FIELD_SPECS,
	serialiseValue,
	type CalculatorInputs,
	type Field,
	type FieldSpec,
} from './fields';
import {
	defaultPresetOf,
	firstSnapshot,
	newestSnapshot,
	PRESET_KEY,
	presetOf,
	SNAPSHOT_KEY,
	type ResolvedPreset,
	type Snapshot,
} from './snapshots';

/** A link read against the snapshots. */
export interface LinkState {
	/** Snapshot the figures come from. */
	snapshot: Snapshot;
	/** Preset the inputs start from. */
	preset: ResolvedPreset;
	/** The preset's figures with the link's valid overrides applied. */
	inputs: CalculatorInputs;
	/** The valid values the link sets, by field. */
	overrides: Partial<CalculatorInputs>;
	/** Fields the link sets, valid or not (their form groups open by themselves). */
	keys: Field[];
	/** One message per rejected value. */
	notices: Partial<Record<Field, string>>;
	/** Message when the link names a snapshot or preset that does not exist; null otherwise. */
	linkNotice: string | null;
}

function searchParams(search: string): URLSearchParams {
	return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

/** The raw value of a field in a link: its key, else the first alias present; null when absent. */
export function rawValue(params: URLSearchParams, spec: FieldSpec): string | null {
	for (const key of [spec.key, ...(spec.aliases ?? [])]) {
		const value = params.get(key);
		if (value !== null) return value;
	}
	return null;
}

/** Read the field keys of a link: the valid overrides, the keys present, and a notice per rejected value. */
export function readOverrides(
	params: URLSearchParams,
	specs: readonly FieldSpec[] = FIELD_SPECS,
): Pick<LinkState, 'overrides' | 'keys' | 'notices'> {
	const overrides: Partial<CalculatorInputs> = {};
	const keys: Field[] = [];
	const notices: Partial<Record<Field, string>> = {};
	for (const spec of specs) {
		const raw = rawValue(params, spec);
		if (raw === null) continue;
		keys.push(spec.field);
		const check = checkField(spec, raw);
		if (check.ok) Object.assign(overrides, { [spec.field]: check.value });
		else notices[spec.field] = `${check.message} Kept the preset's figure.`;
	}
	return { overrides, keys, notices };
}

/** The inputs a preset gives with some overrides applied. */
export function withOverrides(
	preset: ResolvedPreset,
	overrides: Partial<CalculatorInputs>,
): CalculatorInputs {
	return { ...preset.defaults, ...overrides };
}

/**
 * Read a calculator link (its query string, with or without "?"). Without `s` it reads the first snapshot, so
 * links shared before snapshots existed keep their figures; without `p`, that snapshot's default preset.
 */
export function readLink(search: string, snapshots: readonly Snapshot[]): LinkState {
	const params = searchParams(search);
	const snapshotId = params.get(SNAPSHOT_KEY);
	const named = snapshotId === null ? firstSnapshot(snapshots) : snapshots.find((s) => s.id === snapshotId);
	const snapshot = named ?? newestSnapshot(snapshots);
	const presetId = params.get(PRESET_KEY);
	const chosen = presetId === null ? undefined : presetOf(snapshot, presetId);
	const preset = chosen ?? defaultPresetOf(snapshot);
	let linkNotice: string | null = null;
	if (named === undefined)
		linkNotice = 'The link names a price snapshot this calculator does not have, so it shows today’s prices.';
	else if (presetId !== null && chosen === undefined)
		linkNotice =
			'The link names a preset this calculator does not have, so it starts from the default preset.';
	const read = readOverrides(params);
	return { snapshot, preset, inputs: withOverrides(preset, read.overrides), ...read, linkNotice };
}

/** The inputs that differ from a preset's figures: what a link must carry besides `s` and `p`. */
export function overridesOf(preset: ResolvedPreset, inputs: CalculatorInputs): Partial<CalculatorInputs> {
	const overrides: Partial<CalculatorInputs> = {};
	for (const spec of FIELD_SPECS)
		if (inputs[spec.field] !== preset.defaults[spec.field])
			Object.assign(overrides, { [spec.field]: inputs[spec.field] });
	return overrides;
}

/** The same link's inputs at another snapshot's prices: same preset (or that snapshot's default), same overrides. */
export function atSnapshot(state: LinkState, snapshot: Snapshot): LinkState {
	const preset = presetOf(snapshot, state.preset.id) ?? defaultPresetOf(snapshot);
	return { ...state, snapshot, preset, inputs: withOverrides(preset, state.overrides) };
}

/**
 * The query string (without "?") that reproduces some inputs forever: the snapshot and preset always, then every
 * field that differs from that preset's figure, in field-table order.
 */
export function writeLink(snapshotId: string, preset: ResolvedPreset, inputs: CalculatorInputs): string {
	const params = new URLSearchParams({ [SNAPSHOT_KEY]: snapshotId, [PRESET_KEY]: preset.id });
	for (const spec of FIELD_SPECS) {
		const value = inputs[spec.field];
		if (value !== preset.defaults[spec.field]) params.append(spec.key, serialiseValue(value));
	}
	return params.toString();
}
