/** One input of the calculator form: a text field, a checkbox or the serving choice, with its hint and messages. */
import {
	OPTION_NAMES,
	SERVING_MODES,
	type CalculatorInputs,
	type Field,
	type FieldOption,
	type FieldSpec,
} from '../../lib/calculator/fields';
import { fieldText, NO_FIGURE, unitSuffix, visibleLabel } from '../../lib/calculator/view';

/** What one field needs from the form. */
export interface FieldProps {
	spec: FieldSpec;
	/** The option of the fieldset the field sits in (its name is dropped from the visible label). */
	group: FieldOption;
	inputs: CalculatorInputs;
	draft: string | undefined;
	/** Error (while the typed text is invalid) or notice (a link's rejected value). */
	message: string | undefined;
	isError: boolean;
	/** Hint under the field, e.g. where the preset's figure comes from. */
	hint: string | null;
	onText: (field: Field, text: string) => void;
	onValue: <F extends Field>(field: F, value: CalculatorInputs[F]) => void;
}

const SERVING_LABELS = {
	'per-token': 'Per token (hosted adapter)',
	dedicated: 'Dedicated GPUs (billed per hour)',
};

/** One field of the form; inside its option's fieldset the option's name is read out but not shown. */
export function FieldControl({
	spec,
	group,
	inputs,
	draft,
	message,
	isError,
	hint,
	onText,
	onValue,
}: FieldProps) {
	const id = `calc-${spec.key}`;
	const value = inputs[spec.field];
	const missing = value === null && draft === undefined;
	const notes: [string, string, string][] = [];
	if (missing) notes.push([`${id}-missing`, 'notice', NO_FIGURE]);
	if (hint !== null) notes.push([`${id}-hint`, 'hint', hint]);
	if (message !== undefined) notes.push([`${id}-message`, isError ? 'error' : 'notice', message]);
	const describedBy = notes.map(([noteId]) => noteId).join(' ') || undefined;
	const hidden = spec.option !== null && spec.option === group ? `${OPTION_NAMES[spec.option]}: ` : '';
	const label = (
		<>
			{hidden === '' ? null : <span class="sr-only">{hidden}</span>}
			{visibleLabel(spec, group)}
			{unitSuffix(spec)}
		</>
	);
	const after = notes.map(([noteId, kind, text]) => (
		<p key={noteId} class={kind} id={noteId} role={kind === 'hint' ? undefined : 'status'}>
			{text}
		</p>
	));
	if (spec.kind === 'boolean')
		return (
			<div class="field field-check">
				<label>
					<input
						type="checkbox"
						data-field={spec.field}
						checked={inputs[spec.field]}
						onChange={(event) => onValue(spec.field, event.currentTarget.checked)}
						aria-describedby={describedBy}
					/>{' '}
					{label}
				</label>
				{after}
			</div>
		);
	if (spec.kind === 'choice')
		return (
			<fieldset class="field field-choice" aria-describedby={describedBy}>
				<legend>{label}</legend>
				{SERVING_MODES.map((mode) => (
					<label key={mode}>
						<input
							type="radio"
							name={id}
							value={mode}
							data-field={spec.field}
							checked={inputs.bServing === mode}
							onChange={() => onValue('bServing', mode)}
						/>{' '}
						{SERVING_LABELS[mode]}
					</label>
				))}
				{after}
			</fieldset>
		);
	return (
		<div class="field">
			<label for={id} class="field-label">
				{label}
			</label>
			<input
				id={id}
				type="text"
				inputMode={spec.kind === 'currency' || spec.kind === 'date' ? 'text' : 'decimal'}
				autoComplete="off"
				spellcheck={false}
				data-field={spec.field}
				value={
					draft ?? (typeof value === 'string' ? value : typeof value === 'number' ? fieldText(value) : '')
				}
				placeholder={missing ? NO_FIGURE : undefined}
				onInput={(event) => onText(spec.field, event.currentTarget.value)}
				aria-invalid={isError}
				aria-describedby={describedBy}
			/>
			{after}
		</div>
	);
}
