/**
 * The models a link or the reader chose for A, C and the embedding. The picker's chunk, which prices them from
 * the snapshot's model list, is fetched only when a reader opens the picker or a link names a model.
 */
import { useRef, useState } from 'preact/hooks';
import type { CalculatorInputs } from '../../lib/calculator/fields';
import type { ApplyModels, LinkModels, PickerContext } from '../../lib/calculator/model-choice';
import type { ModelPicks, ModelSlot } from '../../lib/calculator/model-picks';
import type { ResolvedPreset, Snapshot } from '../../lib/calculator/snapshots';
import { samePresetAt, type LinkState } from '../../lib/calculator/url-state';

/** The picker's chunk: its code, the model lists, search and choice. */
export const loadPicker = () => import('./ModelPicker');

/** A start with no model priced yet: the preset, and the ids a link names until the picker's chunk prices them. */
export const presetModels = (start: ResolvedPreset, picks: ModelPicks = {}): LinkModels => ({
	start,
	picks,
	chosen: {},
	notices: {},
	today: null,
});

/** What a slot says when the picker's chunk cannot be loaded. */
export const PICKER_FAILED =
	'Could not load the model list: this shows the preset’s model. Check your connection and try again.';

/** The chosen models, starting from `initial` (a preset); `modelLists` names the snapshots that have a list. */
export function useModels(initial: ResolvedPreset, newest: Snapshot, modelLists: readonly string[]) {
	const [models, setModels] = useState<LinkModels>(() => presetModels(initial));
	// Counts the links read and the models set: only the latest may apply its models.
	const requests = useRef(0);
	const contextOf = (state: LinkState): PickerContext => ({
		modelLists,
		today: state.snapshot === newest ? null : { snapshotId: newest.id, preset: samePresetAt(state, newest) },
	});
	/** Start from a link's preset; once the picker's chunk has priced the link's models, move the inputs onto them. */
	const readModels = (
		state: LinkState,
		setInputs: (update: (inputs: CalculatorInputs) => CalculatorInputs) => void,
	) => {
		setModels(presetModels(state.preset, state.picks));
		const request = ++requests.current;
		const apply: ApplyModels = (next, update) => {
			if (request !== requests.current) return;
			setModels(next);
			if (update !== undefined) setInputs(update);
		};
		const slots = Object.keys(state.picks) as ModelSlot[];
		if (slots.length > 0)
			loadPicker().then(
				(picker) => picker.openLink(state, contextOf(state), apply),
				() =>
					apply({
						...presetModels(state.preset, state.picks),
						notices: Object.fromEntries(slots.map((slot) => [slot, PICKER_FAILED])),
					}),
			);
	};
	/** Take the models the reader chose, or a preset's own: a link's models still being priced no longer apply. */
	const setChosen = (next: LinkModels): void => {
		requests.current++;
		setModels(next);
	};
	return { models, contextOf, readModels, setChosen };
}
