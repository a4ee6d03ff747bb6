/** The calculator's form: preset, volume, the options' figures, then the folded advanced groups. */
import { specOf, type Field, type FieldOption } from '../../lib/calculator/fields';
import { FIELD_GROUPS, isFieldShown, sourceHint, type FieldGroup } from '../../lib/calculator/view';
import {
	perMonthToPerDay,
	sliderPositionToVolume,
	volumeToSliderPosition,
} from '../../lib/calculator/volume';
import { formatVolume } from '../../lib/format';
import { FieldControl } from './FieldControl';
import type { CalculatorState } from './use-calculator';

/** The whole form. */
export function CalculatorForm({ state }: { state: CalculatorState }) {
	return (
		// autocomplete off: the URL, not the browser's form restoration, decides the values after Back.
		<form class="calculator-form" autoComplete="off" onSubmit={(event) => event.preventDefault()}>
			<PresetPicker state={state} />
			<VolumeControl state={state} />
			{FIELD_GROUPS.map((group) => (
				<GroupView key={group.id} group={group} state={state} />
			))}
		</form>
	);
}

function PresetPicker({ state }: { state: CalculatorState }) {
	const { link, preset } = state;
	return (
		<fieldset>
			<legend>Starting point</legend>
			<label class="field">
				<span class="field-label">Preset</span>
				<select
					value={preset.id}
					onChange={(event) => state.choosePreset(event.currentTarget.value)}
					aria-describedby="calc-preset-notice"
				>
					{link.snapshot.presets.map((option) => (
						<option key={option.id} value={option.id} selected={option.id === preset.id}>
							{option.name}
						</option>
					))}
				</select>
			</label>
			<p class="hint" id="calc-preset-notice">
				Prices as read on {link.snapshot.id}. {preset.description} {preset.notice}
			</p>
			{link.linkNotice === null ? null : (
				<p class="notice" role="status">
					{link.linkNotice}
				</p>
			)}
		</fieldset>
	);
}

function VolumeControl({ state }: { state: CalculatorState }) {
	const { inputs } = state;
	const hint = `Accepts 250000, 2.5e5, 250k, 1.5M or 50k/day. About ${formatVolume(perMonthToPerDay(inputs.volume))} calls a day.`;
	return (
		<fieldset class="volume-field">
			<legend>Volume</legend>
			<FormField field="volume" group={null} state={state} hint={hint} />
			<input
				type="range"
				min={0}
				max={1000}
				step={1}
				value={volumeToSliderPosition(inputs.volume)}
				aria-label="Monthly volume, log scale from 100 to 1 billion"
				aria-valuetext={`${formatVolume(inputs.volume)} calls per month`}
				onInput={(event) =>
					state.setValue('volume', sliderPositionToVolume(Number(event.currentTarget.value)))
				}
			/>
		</fieldset>
	);
}

function GroupView({ group, state }: { group: FieldGroup; state: CalculatorState }) {
	const open = !group.folded || state.openGroups.includes(group.id);
	// A folded group's fields are rendered only once it opens: less to hydrate on a first visit.
	const fields = open ? group.fields.filter((field) => isFieldShown(field, state.inputs)) : [];
	const body = (
		<div class="field-grid">
			{fields.map((field) => (
				<FormField key={field} field={field} group={group.option} state={state} />
			))}
		</div>
	);
	if (!group.folded)
		return (
			<fieldset class="calculator-group">
				<legend>{group.legend}</legend>
				{body}
			</fieldset>
		);
	return (
		<details
			class="calculator-group"
			open={open}
			onToggle={(event) => state.toggleGroup(group.id, event.currentTarget.open)}
		>
			<summary>{group.legend}</summary>
			<fieldset>
				<legend class="sr-only">{group.legend}</legend>
				{body}
			</fieldset>
		</details>
	);
}

function FormField({
	field,
	group,
	state,
	hint,
}: {
	field: Field;
	group: FieldOption;
	state: CalculatorState;
	hint?: string;
}) {
	const { errors, link, drafts } = state;
	return (
		<FieldControl
			spec={specOf(field)}
			group={group}
			inputs={state.inputs}
			draft={drafts[field]}
			message={errors[field] ?? link.notices[field]}
			isError={errors[field] !== undefined}
			hint={hint ?? sourceHint(field, state.preset.sources)}
			onText={state.setText}
			onValue={state.setValue}
		/>
	);
}
