/**
 * The picker's chunk fetching model lists and pricing the models a link or a choice names. Loaded with the picker
 * (see ModelPicker.tsx), never on a first visit.
 */
import {
	rebase,
	resolvePicks,
	type ApplyModels,
	type LinkModels,
	type ModelStart,
	type PickerContext,
} from '../../lib/calculator/model-choice';
import { decodeModelList, modelListPath, type ModelList } from '../../lib/calculator/model-list';
import type { ModelPicks, ModelSlot, SlotNotices } from '../../lib/calculator/model-picks';
import type { ResolvedPreset } from '../../lib/calculator/snapshots';
import type { LinkState } from '../../lib/calculator/url-state';

const lists = new Map<string, Promise<ModelList>>();

/** A snapshot's model list, fetched once per page; a failed fetch is forgotten so that the next try refetches. */
export function loadModelList(snapshotId: string): Promise<ModelList> {
	let list = lists.get(snapshotId);
	if (list === undefined) {
		list = fetch(modelListPath(snapshotId))
			.then((response) => {
				if (!response.ok) throw new Error(`model list: HTTP ${response.status}`);
				return response.json();
			})
			.then(decodeModelList);
		list.catch(() => lists.delete(snapshotId));
		lists.set(snapshotId, list);
	}
	return list;
}

/** Models applied to a preset from its snapshot's list; rejects when the list cannot be loaded. */
async function priceAt(
	preset: ResolvedPreset,
	snapshotId: string,
	picks: ModelPicks,
	context: PickerContext,
): Promise<ModelStart> {
	const list = context.modelLists.includes(snapshotId) ? await loadModelList(snapshotId) : null;
	return resolvePicks(preset, snapshotId, picks, list);
}

/**
 * Price the models `picks` names on a preset, from its snapshot's list, and, when that is an older snapshot, on
 * today's preset from the newest list (where a model the newest list lacks is left out).
 */
export async function priceModels(
	preset: ResolvedPreset,
	snapshotId: string,
	picks: ModelPicks,
	context: PickerContext,
): Promise<LinkModels> {
	const today = context.today;
	const [priced, atToday] = await Promise.all([
		priceAt(preset, snapshotId, picks, context),
		today === null ? null : priceAt(today.preset, today.snapshotId, picks, context),
	]);
	return { ...priced, today: atToday };
}

// The same words as the island's PICKER_FAILED (use-calculator.ts), which this chunk cannot import.
const LIST_FAILED =
	'Could not load the model list: this shows the preset’s model. Check your connection and try again.';

/**
 * Price the models a link names and hand them to the island: fields still at the preset's figures take the models'
 * prices, and the link's own values stay. When a list cannot be loaded, each slot says so and keeps the preset's
 * model, and the link keeps its ids.
 */
export function openLink(link: LinkState, context: PickerContext, apply: ApplyModels): Promise<void> {
	return priceModels(link.preset, link.snapshot.id, link.picks, context).then(
		(models) =>
			apply(models, (inputs) => rebase(inputs, link.preset.defaults, models.start.defaults, link.overrides)),
		() => {
			const notices: SlotNotices = {};
			for (const slot of Object.keys(link.picks) as ModelSlot[]) notices[slot] = LIST_FAILED;
			apply({ start: link.preset, picks: link.picks, chosen: {}, notices, today: null });
		},
	);
}
