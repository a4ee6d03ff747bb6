/**
 * The model picker's chunk, loaded only when a reader opens the picker or a link names a model: the picker for one
 * slot, and `openLink`, which prices a link's models. Like cost-chart.ts, it imports no module the island loads (a
 * shared module would become a chunk of its own on the first load): what it needs comes in a `PickerContext`.
 */
import { useEffect, useState } from 'preact/hooks';
import { slotTitle } from '../../lib/calculator/model-choice';
import { slotFields, type ListedModel, type ModelList } from '../../lib/calculator/model-list';
import type { ModelSlot } from '../../lib/calculator/model-picks';
import { ModelCombobox } from './ModelCombobox';
import { loadModelList, priceModels } from './model-pricing';
import pickerStyles from './model-picker.css?inline';
import type { CalculatorState } from './use-calculator';

export { openLink } from './model-pricing';

// The picker's styles arrive with its code, not with the page: a stylesheet this module imported the usual way would
// be inlined into every calculator page. A constructed stylesheet is applied through the CSSOM, which the CSP allows.
if (typeof document !== 'undefined') {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(pickerStyles);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** What the picker takes. */
export interface PickerProps {
	state: CalculatorState;
	slot: ModelSlot;
	/** Id of the button that opened the picker, which takes the focus back when it closes. */
	opener: string;
	/** Close the picker, with the model chosen or not. */
	onClose: () => void;
}

/** The picker for one slot: loads the link's snapshot's model list, then offers the combobox. */
export function ModelPicker({ state, slot, opener, onClose }: PickerProps) {
	const context = state.pickerContext;
	const snapshotId = state.link.snapshot.id;
	const hasList = context.modelLists.includes(snapshotId);
	const [list, setList] = useState<ModelList | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		if (hasList) loadModelList(snapshotId).then(setList, () => setFailed(true));
	}, [snapshotId, hasList]);
	const close = (): void => {
		onClose();
		// The button is back once the island has re-rendered.
		requestAnimationFrame(() => document.getElementById(opener)?.focus());
	};
	const choose = (model: ListedModel | null): void => {
		const picks = { ...state.models.picks };
		if (model === null) delete picks[slot];
		else picks[slot] = model.key;
		priceModels(state.link.preset, snapshotId, picks, context).then(
			(models) => {
				// The slot's prices replace what its fields hold, typed or not; the other fields stay as they are.
				const fields = Object.fromEntries(
					slotFields(slot).map((field) => [field, models.start.defaults[field]]),
				);
				const notices = { ...state.models.notices };
				delete notices[slot];
				state.chooseModels({ ...models, notices: { ...notices, ...models.notices } }, fields);
				close();
			},
			() => setFailed(true),
		);
	};
	let status: string | null = null;
	if (!hasList)
		status = `The prices of ${snapshotId} predate the model list: open these inputs at today’s prices to choose a model.`;
	else if (failed) status = 'Could not load the model list. Check your connection and try again.';
	return (
		<div class="model-picker">
			{status === null ? null : (
				<p class={failed || !hasList ? 'notice' : 'hint'} role="status">
					{status}
				</p>
			)}
			{/* Shown at once, so what the reader types while the list loads is kept and searched when it arrives. */}
			{!hasList || failed ? null : (
				<ModelCombobox list={list} slot={slot} name={slotTitle(slot)} onChoose={choose} onCancel={close} />
			)}
			<div class="model-picker-actions">
				<button type="button" onClick={close}>
					<span class="sr-only">{slotTitle(slot)}: </span>Cancel
				</button>
				{list !== null && state.models.picks[slot] !== undefined ? (
					<button type="button" onClick={() => choose(null)}>
						<span class="sr-only">{slotTitle(slot)}: </span>Back to the preset’s model
					</button>
				) : null}
			</div>
		</div>
	);
}
