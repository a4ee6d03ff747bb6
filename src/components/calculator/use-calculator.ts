/** The calculator island's state: the link it was opened with, what the reader types, and what follows from them. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { calculate, type Calculation } from '../../lib/calculator/calculation';
import { checkField, specOf, type CalculatorInputs, type Field } from '../../lib/calculator/fields';
import { sensitivity, type Swing } from '../../lib/calculator/sensitivity';
import {
	defaultPresetOf,
	newestSnapshot,
	presetOf,
	type ResolvedPreset,
	type Snapshot,
} from '../../lib/calculator/snapshots';
import { atSnapshot, overridesOf, readLink, writeLink, type LinkState } from '../../lib/calculator/url-state';
import { groupsOpenedBy } from '../../lib/calculator/view';

/** Messages by field. */
export type Messages = Partial<Record<Field, string>>;

/** The same inputs at the newest snapshot's prices, shown beside a link that reads an older one. */
export interface TodaysPrices {
	/** The newest snapshot. */
	snapshot: Snapshot;
	/** Its figures for the link's inputs. */
	calculation: Calculation;
	/** Query string of that state. */
	query: string;
}

// URL writes wait for a pause in typing so history.replaceState is not called on every keystroke.
const URL_DELAY_MS = 250;

// The "which inputs matter" ranking follows a pause in typing too.
const SENSITIVITY_DELAY_MS = 150;

function without<T extends object>(record: T, key: keyof T): T {
	const copy = { ...record };
	delete copy[key];
	return copy;
}

/** A link with no calculator keys is a visit to the page, not a shared state: it opens at today's prices. */
function readVisit(search: string, snapshots: readonly Snapshot[]): LinkState {
	const state = readLink(search, snapshots);
	const hasKeys = state.keys.length > 0 || /[?&](s|p)=/.test(search);
	return hasKeys ? state : readLink(`s=${newestSnapshot(snapshots).id}`, snapshots);
}

/** The island's state and actions. */
export function useCalculator(snapshots: readonly Snapshot[], initialSwings: Swing[] | null) {
	const newest = newestSnapshot(snapshots);
	const [link, setLink] = useState<LinkState>(() => readVisit('', snapshots));
	const [inputs, setInputs] = useState<CalculatorInputs>(link.inputs);
	// Text the reader is typing, per field: it stays as typed; only valid text changes `inputs`.
	const [drafts, setDrafts] = useState<Messages>({});
	const [openGroups, setOpenGroups] = useState<string[]>([]);
	const [mounted, setMounted] = useState(false);

	// Read the URL once mounted (location does not exist on the server), and again on Back and Forward.
	useEffect(() => {
		const restore = (): void => {
			const state = readVisit(location.search, snapshots);
			setLink(state);
			setInputs(state.inputs);
			setDrafts({});
			setOpenGroups(groupsOpenedBy(state.keys));
		};
		restore();
		setMounted(true);
		const onPopState = (): void => restore();
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, [snapshots]);

	const preset: ResolvedPreset = link.preset;
	const calculation = useMemo(() => calculate(inputs), [inputs]);
	const query = writeLink(link.snapshot.id, preset, inputs);
	const pristine =
		link.snapshot === newest &&
		preset.id === newest.defaultPreset &&
		query === writeLink(newest.id, preset, preset.defaults);
	// The ranking runs the model 100-odd times: keep it off the path from a keystroke to the answer and the chart.
	// Today's default state was ranked at build time.
	const [swings, setSwings] = useState<Swing[] | null>(initialSwings);
	useEffect(() => {
		if (pristine) {
			setSwings(initialSwings);
			return;
		}
		const timer = window.setTimeout(() => setSwings(sensitivity(inputs)), SENSITIVITY_DELAY_MS);
		return () => window.clearTimeout(timer);
	}, [inputs, pristine]);
	const today = useMemo((): TodaysPrices | null => {
		if (link.snapshot === newest) return null;
		const moved = atSnapshot({ ...link, overrides: overridesOf(preset, inputs) }, newest);
		return {
			snapshot: newest,
			calculation: calculate(moved.inputs),
			query: writeLink(newest.id, moved.preset, moved.inputs),
		};
	}, [link, inputs]);

	useEffect(() => {
		if (!mounted) return;
		const timer = window.setTimeout(() => {
			const url = `${location.pathname}${pristine ? '' : `?${query}`}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`)
				history.replaceState(null, '', url);
		}, URL_DELAY_MS);
		return () => window.clearTimeout(timer);
	}, [query, pristine, mounted]);

	const errors: Messages = {};
	for (const [field, text] of Object.entries(drafts) as [Field, string][]) {
		const check = checkField(specOf(field), text);
		if (!check.ok) errors[field] = check.message;
	}

	const setValue = <F extends Field>(field: F, value: CalculatorInputs[F]): void => {
		setInputs((current) => ({ ...current, [field]: value }));
		setDrafts((current) => without(current, field));
		setLink((current) => ({ ...current, notices: without(current.notices, field) }));
	};
	const setText = (field: Field, text: string): void => {
		setDrafts((current) => ({ ...current, [field]: text }));
		setLink((current) => ({ ...current, notices: without(current.notices, field) }));
		const check = checkField(specOf(field), text);
		if (!check.ok) return;
		setInputs((current) => {
			const next = { ...current, [field]: check.value };
			// A typed rate is dated the day it is typed, unless the reader gives the date.
			if (field === 'usdRate' && drafts.rateDate === undefined)
				next.rateDate = new Date().toISOString().slice(0, 10);
			return next;
		});
	};
	const choosePreset = (id: string): void => {
		const chosen = presetOf(link.snapshot, id) ?? defaultPresetOf(link.snapshot);
		setLink((current) => ({ ...current, preset: chosen, notices: {}, linkNotice: null }));
		// Currency is the reader's, not the preset's: keep it across presets.
		setInputs({
			...chosen.defaults,
			currency: inputs.currency,
			usdRate: inputs.usdRate,
			rateDate: inputs.rateDate,
		});
		setDrafts({});
	};
	const toggleGroup = (id: string, open: boolean): void =>
		setOpenGroups((current) =>
			open ? [...new Set([...current, id])] : current.filter((group) => group !== id),
		);

	return {
		link,
		preset,
		inputs,
		drafts,
		errors,
		calculation,
		swings,
		query,
		today,
		openGroups,
		mounted,
		setValue,
		setText,
		choosePreset,
		toggleGroup,
	};
}

/** Everything the views receive from the calculator's state. */
export type CalculatorState = ReturnType<typeof useCalculator>;
