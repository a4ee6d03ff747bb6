/**
 * A slot's model in its fieldset: the model the figures come from, what the price data says about it, and a
 * button that loads the model picker in its place (the picker's code and the model list are fetched only then).
 */
import { useState } from 'preact/hooks';
import type { ModelSlot } from '../../lib/calculator/model-picks';
import type { CalculatorState } from './use-calculator';
import { loadPicker, PICKER_FAILED } from './use-models';

/** The model of A, C or the embedding, with the button that opens the picker. */
export function ModelField({ slot, state }: { slot: ModelSlot; state: CalculatorState }) {
	// The picker's chunk once loaded and open; false when it could not be loaded.
	const [picker, setPicker] = useState<Awaited<ReturnType<typeof loadPicker>> | null | false>(null);
	const chosen = state.models.chosen[slot];
	const id = `calc-${slot}-model`;
	const notices = [
		...(chosen?.notes ?? []),
		state.models.notices[slot],
		picker === false ? PICKER_FAILED : null,
	];
	return (
		<div class="field model-field">
			<span class="field-label">{slot === 'embedding' ? 'Embedding model' : 'Model'}</span>
			<p id={`${id}-current`}>
				{chosen?.label ??
					(slot === 'embedding' ? 'The preset’s' : `${state.preset.labels[slot]} (the preset’s)`)}
			</p>
			{notices.map((text) =>
				text ? (
					<p key={text} class="notice" role="status">
						{text}
					</p>
				) : null,
			)}
			{picker ? (
				<picker.ModelPicker
					state={state}
					slot={slot}
					opener={`${id}-change`}
					onClose={() => setPicker(null)}
				/>
			) : (
				<button
					id={`${id}-change`}
					type="button"
					aria-describedby={`${id}-current`}
					onClick={() => loadPicker().then(setPicker, () => setPicker(false))}
				>
					Change {slot === 'embedding' ? 'the embedding' : `${slot.toUpperCase()}’s`} model
				</button>
			)}
		</div>
	);
}
