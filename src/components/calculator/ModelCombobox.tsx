/**
 * The model picker's editable combobox with list autocomplete (WAI-ARIA APG): DOM focus stays in the text field,
 * `aria-activedescendant` names the option with visual focus, and the list of matching models opens as the reader
 * types or presses Down or Up.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { count, modelTags, money } from '../../lib/calculator/model-choice';
import type { ListedModel, ModelList } from '../../lib/calculator/model-list';
import type { ModelSlot } from '../../lib/calculator/model-picks';
import { searchIndex, searchModels, type SearchIndex } from '../../lib/calculator/model-search';

/** What the combobox takes. */
export interface ComboboxProps {
	/** The snapshot's models; null while they load, when the field already takes what the reader types. */
	list: ModelList | null;
	slot: ModelSlot;
	/** The slot's name, which the field's accessible name starts with. */
	name: string;
	onChoose: (model: ListedModel) => void;
	/** Leave the picker: Escape in an empty, closed combobox. */
	onCancel: () => void;
}

/** The editable combobox: a text field whose list of matching models opens as the reader types. */
export function ModelCombobox({ list, slot, name, onChoose, onCancel }: ComboboxProps) {
	const index: SearchIndex | null = useMemo(() => (list === null ? null : searchIndex(list.models)), [list]);
	const [query, setQuery] = useState('');
	const [expanded, setExpanded] = useState(false);
	// The option with visual focus, by its place in the matches; -1 while the text field has it.
	const [active, setActive] = useState(-1);
	const input = useRef<HTMLInputElement>(null);
	const { matches, total } = useMemo(
		() => (index === null ? { matches: [], total: 0 } : searchModels(index, query)),
		[index, query],
	);
	const id = `calc-${slot}-model`;
	const optionId = (at: number): string => `${id}-option-${at}`;
	useEffect(() => input.current?.focus(), []);
	useEffect(() => {
		if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
	}, [active]);

	const open = expanded && matches.length > 0;
	const onKeyDown = (event: KeyboardEvent): void => {
		const shown = matches.length;
		switch (event.key) {
			case 'ArrowDown':
			case 'ArrowUp': {
				event.preventDefault();
				setExpanded(true);
				if (event.altKey || shown === 0) return;
				const down = event.key === 'ArrowDown';
				if (!open) setActive(down ? 0 : shown - 1);
				else setActive(down ? (active + 1) % shown : active <= 0 ? shown - 1 : active - 1);
				return;
			}
			case 'Enter': {
				event.preventDefault();
				const model = open && active >= 0 ? matches[active] : undefined;
				if (model !== undefined) onChoose(model);
				else setExpanded(false);
				return;
			}
			case 'Escape':
				event.preventDefault();
				event.stopPropagation();
				if (open) setExpanded(false);
				else if (query !== '') setQuery('');
				else onCancel();
				setActive(-1);
				return;
			default:
				// Home, End, Left and Right move the editing cursor: visual focus returns to the text field.
				if (['Home', 'End', 'ArrowLeft', 'ArrowRight'].includes(event.key)) setActive(-1);
		}
	};
	const summary =
		list === null
			? 'Loading the model list…'
			: total === 0
				? 'No model matches: try fewer or other words.'
				: `${count(total)} ${total === 1 ? 'model matches' : 'models match'}${total > matches.length ? `; the first ${matches.length} are listed, type more to narrow` : ''}.`;
	return (
		<>
			<label for={id} class="field-label">
				<span class="sr-only">{name}: </span>
				Search {list === null ? 'the' : count(list.models.length)} models by name, provider or id
			</label>
			<input
				ref={input}
				id={id}
				type="text"
				role="combobox"
				autoComplete="off"
				spellcheck={false}
				placeholder="e.g. sonnet, gemini flash"
				aria-autocomplete="list"
				aria-expanded={open}
				aria-controls={`${id}-list`}
				aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
				aria-describedby={`${id}-count`}
				value={query}
				onInput={(event) => {
					setQuery(event.currentTarget.value);
					setExpanded(true);
					setActive(-1);
				}}
				onKeyDown={onKeyDown}
				onBlur={() => setExpanded(false)}
				onClick={() => setExpanded(true)}
			/>
			<ul id={`${id}-list`} role="listbox" aria-label={`${name}: matching models`} hidden={!open}>
				{matches.map((model, at) => (
					<li
						key={model.key}
						id={optionId(at)}
						role="option"
						aria-selected={at === active}
						onMouseDown={(event) => event.preventDefault()}
						onClick={() => onChoose(model)}
					>
						<span class="model-option-name">{model.name}</span>{' '}
						<span class="model-option-meta">
							{model.provider.name}
							{model.name === model.id ? '' : ` · ${model.id}`} · input {money(model.prices.input)}
							{slot === 'embedding' ? '' : `, output ${money(model.prices.output)}`} per 1M
							{modelTags(model, slot).map((tag) => ` · ${tag}`)}
						</span>
					</li>
				))}
			</ul>
			<p id={`${id}-count`} class="hint" aria-live="polite">
				{summary}
			</p>
		</>
	);
}
