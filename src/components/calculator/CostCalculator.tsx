/** The cost and latency calculator: a view over src/lib's cost model, URL state and formatting. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	checkField,
	FIELD_SPEC_BY_FIELD,
	parsePresetQuery,
	serialisePresetQuery,
	type CalculatorInputs,
	type FieldSpec,
	type ResolvedPreset,
} from '../../lib/calculator/fields';
import {
	costCurve,
	curveToCsv,
	evaluateCostModel,
	type CostResults,
	type OptionResult,
} from '../../lib/calculator/cost-model';
import { toCostModelInputs } from '../../lib/calculator/fields';
import {
	chartSeries,
	fieldText,
	FIELD_GROUPS,
	isFieldShown,
	labelWithUnit,
	resultSentences,
	type OptionLabels,
	printedInputs,
} from '../../lib/calculator/view';
import {
	formatCompactVolume,
	formatDuration,
	formatMoney,
	formatNumber,
	formatVolume,
	type MoneyOptions,
} from '../../lib/format';
import { proposalMarkdown } from '../../lib/proposal-markdown';
import {
	perMonthToPerDay,
	sliderPositionToVolume,
	volumeToSliderPosition,
} from '../../lib/calculator/volume';
import { CostChart } from './CostChart';

/** A published throughput regime shown next to the GPU throughput field. */
export interface ThroughputRegime {
	/** e.g. "one request at a time". */
	label: string;
	/** Aggregate output tokens per second. */
	outputTokensPerSecond: number;
}

/** Props, all plain data resolved at build time. */
export interface CostCalculatorProps {
	/** Every preset with its defaults and sources. */
	presets: ResolvedPreset[];
	/** Preset used when the URL names none. */
	defaultPresetId: string;
	/** Throughput benchmarks for the hint next to the GPU throughput field. */
	throughputRegimes: ThroughputRegime[];
}

type Field = keyof CalculatorInputs;
type Messages = Partial<Record<Field, string>>;

// URL writes wait for a pause in typing so history.replaceState is not called on every keystroke.
const URL_DELAY_MS = 250;

function specOf(field: Field): FieldSpec {
	const spec = FIELD_SPEC_BY_FIELD.get(field);
	if (spec === undefined) throw new Error(`no field spec for ${field}`);
	return spec;
}

function without<T extends object>(record: T, key: keyof T): T {
	const copy = { ...record };
	delete copy[key];
	return copy;
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** The calculator island. */
export default function CostCalculator({ presets, defaultPresetId, throughputRegimes }: CostCalculatorProps) {
	const presetDefaults = useMemo(
		() => Object.fromEntries(presets.map((preset) => [preset.id, preset.defaults])),
		[presets],
	);
	const initial = presetDefaults[defaultPresetId];
	if (initial === undefined) throw new Error(`no preset with id "${defaultPresetId}"`);
	const [presetId, setPresetId] = useState(defaultPresetId);
	const [inputs, setInputs] = useState<CalculatorInputs>(initial);
	// Text the reader is typing, per field: it stays as typed; only valid text changes `inputs`.
	const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
	const [urlNotices, setUrlNotices] = useState<Messages>({});
	const [presetNotice, setPresetNotice] = useState<string | null>(null);
	const [rateDate, setRateDate] = useState<string | null>(null);
	const [copyStatus, setCopyStatus] = useState('');
	const [fallbackText, setFallbackText] = useState<string | null>(null);
	const [mounted, setMounted] = useState(false);
	const rootRef = useRef<HTMLDivElement>(null);

	const preset = presets.find((candidate) => candidate.id === presetId) ?? presets[0];
	const labels: OptionLabels = {
		a: preset?.labels.a ?? 'large base model',
		b: preset?.labels.b ?? 'fine-tuned model',
		c: inputs.includeC ? (preset?.labels.c ?? 'small base model') : null,
	};
	const money: MoneyOptions = { currency: inputs.currency, unitsPerUsd: inputs.usdRate };
	const model = useMemo(() => toCostModelInputs(inputs), [inputs]);
	const results = useMemo(() => evaluateCostModel(model), [model]);
	const curve = useMemo(() => costCurve(model), [model]);
	const series = useMemo(
		() => chartSeries(curve, labels, money),
		[curve, labels.a, labels.b, labels.c, money.currency, money.unitsPerUsd],
	);
	const query = useMemo(
		() => serialisePresetQuery(presetId, inputs, presetDefaults, defaultPresetId),
		[presetId, inputs, presetDefaults, defaultPresetId],
	);
	const errors: Messages = {};
	for (const [field, text] of Object.entries(drafts) as [Field, string][]) {
		const check = checkField(specOf(field), text);
		if (!check.ok) errors[field] = check.message;
	}

	// Read the URL (and anything typed before hydration) once mounted: location does not exist on the server.
	useEffect(() => {
		const restore = (): CalculatorInputs => {
			const parsed = parsePresetQuery(location.search, presetDefaults, defaultPresetId);
			setPresetId(parsed.presetId);
			setUrlNotices(parsed.notices);
			setPresetNotice(parsed.presetNotice);
			setDrafts({});
			return parsed.inputs;
		};
		const fromUrl = restore();
		const typed = adoptTypedValues(rootRef.current, fromUrl);
		setInputs(typed.inputs);
		setDrafts(typed.drafts);
		setMounted(true);
		const onPopState = (): void => setInputs(restore());
		window.addEventListener('popstate', onPopState);
		return () => window.removeEventListener('popstate', onPopState);
	}, [presetDefaults, defaultPresetId]);

	useEffect(() => {
		if (!mounted) return;
		const timer = window.setTimeout(() => {
			const url = `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`)
				history.replaceState(null, '', url);
		}, URL_DELAY_MS);
		return () => window.clearTimeout(timer);
	}, [query, mounted]);

	const setValue = <F extends Field>(field: F, value: CalculatorInputs[F]): void => {
		setInputs((current) => ({ ...current, [field]: value }));
		setUrlNotices((current) => without(current, field));
	};
	const setText = (field: Field, text: string): void => {
		setDrafts((current) => ({ ...current, [field]: text }));
		setUrlNotices((current) => without(current, field));
		const check = checkField(specOf(field), text);
		if (check.ok) setInputs((current) => ({ ...current, [field]: check.value }));
		if (field === 'usdRate' || field === 'currency') setRateDate(today());
	};
	const choosePreset = (id: string): void => {
		const defaults = presetDefaults[id];
		if (defaults === undefined) return;
		setPresetId(id);
		// Currency is the reader's, not the preset's: keep it across presets.
		setInputs({ ...defaults, currency: inputs.currency, usdRate: inputs.usdRate });
		setDrafts({});
		setUrlNotices({});
		setPresetNotice(null);
	};

	const permalink = (): string => `${location.origin}${location.pathname}${query === '' ? '' : `?${query}`}`;
	const copy = async (text: string, what: string): Promise<void> => {
		try {
			if (navigator.clipboard === undefined) throw new Error('no clipboard');
			await navigator.clipboard.writeText(text);
			setFallbackText(null);
			setCopyStatus(`Copied ${what} to the clipboard.`);
		} catch {
			setFallbackText(text);
			setCopyStatus(`Your browser did not allow copying: select the ${what} below and copy it yourself.`);
		}
	};
	const copyProposal = (): Promise<void> =>
		copy(
			proposalMarkdown({
				inputs,
				results,
				labels,
				sources: preset?.sources ?? [],
				permalink: permalink(),
				generatedOn: today(),
				...(preset === undefined ? {} : { presetName: preset.name }),
			}),
			'proposal text',
		);
	const downloadCsv = (): void => {
		const url = URL.createObjectURL(new Blob([curveToCsv(curve)], { type: 'text/csv' }));
		const link = document.createElement('a');
		link.href = url;
		link.download = 'cost-curve.csv';
		link.click();
		// The download has started once click() returns; free the blob on the next task.
		window.setTimeout(() => URL.revokeObjectURL(url), 0);
	};

	const field = (name: Field) =>
		isFieldShown(name, inputs) ? (
			<FieldControl
				key={name}
				name={name}
				inputs={inputs}
				draft={drafts[name]}
				message={errors[name] ?? urlNotices[name]}
				isError={errors[name] !== undefined}
				onText={setText}
				onValue={setValue}
				throughputRegimes={throughputRegimes}
				rateDate={rateDate}
			/>
		) : null;

	const volumeMessage = errors.volume ?? urlNotices.volume;
	return (
		<div class="calculator" ref={rootRef}>
			{mounted ? null : (
				// Rendered on the server only: <noscript> is not shown when scripts are merely blocked.
				<p class="calculator-loading">
					The live calculator needs JavaScript. Until it runs, the table shows the results for the default
					preset.
				</p>
			)}
			{/* autocomplete off: the URL, not the browser's form restoration, decides the values after Back. */}
			<form class="calculator-form" autoComplete="off" onSubmit={(event) => event.preventDefault()}>
				<fieldset>
					<legend>Starting point</legend>
					<label class="field">
						<span class="field-label">Preset</span>
						<select
							data-preset
							value={presetId}
							onChange={(event) => choosePreset(event.currentTarget.value)}
							aria-describedby="calc-preset-notice"
						>
							{presets.map((option) => (
								<option key={option.id} value={option.id} selected={option.id === presetId}>
									{option.name}
								</option>
							))}
						</select>
					</label>
					<p class="hint" id="calc-preset-notice">
						{preset?.description} {preset?.notice}
					</p>
					{presetNotice === null ? null : (
						<p class="notice" role="status">
							{presetNotice}
						</p>
					)}
				</fieldset>
				<fieldset>
					<legend>Volume</legend>
					<label class="field volume-field">
						<span class="field-label" id="calc-volume-label">
							Monthly volume (calls per month)
						</span>
						{/* Named by the span alone: otherwise the slider's value would be read as part of its name. */}
						<input
							type="text"
							aria-labelledby="calc-volume-label"
							inputMode="decimal"
							autoComplete="off"
							data-field="volume"
							value={drafts.volume ?? fieldText(inputs.volume)}
							onInput={(event) => setText('volume', event.currentTarget.value)}
							aria-invalid={errors.volume !== undefined}
							aria-describedby={`calc-volume-day${volumeMessage === undefined ? '' : ' calc-volume-message'}`}
						/>
						<input
							type="range"
							min={0}
							max={1000}
							step={1}
							data-slider
							value={volumeToSliderPosition(inputs.volume)}
							aria-label="Monthly volume, log scale from 100 to 1 billion"
							aria-valuetext={`${formatVolume(inputs.volume)} calls per month`}
							onInput={(event) => {
								setDrafts((current) => without(current, 'volume'));
								setValue('volume', sliderPositionToVolume(Number(event.currentTarget.value)));
							}}
						/>
					</label>
					<p class="hint" id="calc-volume-day">
						Accepts 250000, 2.5e5, 250k, 1.5M, or a daily figure such as 50k/day. About{' '}
						{formatVolume(perMonthToPerDay(inputs.volume))} calls a day.
					</p>
					{volumeMessage === undefined ? null : (
						<p
							class={errors.volume === undefined ? 'notice' : 'error'}
							id="calc-volume-message"
							role="status"
						>
							{volumeMessage}
						</p>
					)}
				</fieldset>
				{FIELD_GROUPS.map((group) => (
					<fieldset key={group.id} class="calculator-group">
						<legend>{group.legend}</legend>
						{group.hint === null ? null : <p class="hint">{group.hint}</p>}
						<div class="field-grid">{group.fields.map(field)}</div>
					</fieldset>
				))}
			</form>
			<section class="calculator-results" aria-labelledby="calc-results-heading">
				<h2 id="calc-results-heading">Results</h2>
				<div class="result-sentences" aria-live="polite">
					{resultSentences(results, labels, money, inputs.latencyBudgetMs).map((sentence) => (
						<p key={sentence}>{sentence}</p>
					))}
				</div>
				<ResultsTable results={results} labels={labels} money={money} budgetMs={inputs.latencyBudgetMs} />
				{/* Shown only in print, in place of the form: what the printed results were computed from. */}
				<section class="calculator-print-inputs" aria-labelledby="calc-print-inputs-heading">
					<h3 id="calc-print-inputs-heading">Inputs</h3>
					<table>
						<tbody>
							<tr>
								<th scope="row">Preset</th>
								<td>{preset?.name}</td>
							</tr>
							{printedInputs(inputs).map((row) => (
								<tr key={row.label}>
									<th scope="row">{row.label}</th>
									<td>{row.value}</td>
								</tr>
							))}
						</tbody>
					</table>
					{mounted ? <p>Link to these inputs: {permalink()}</p> : null}
				</section>
				<CostChart series={series} currency={inputs.currency} volume={inputs.volume} />
				<div class="calculator-actions">
					<button type="button" onClick={() => void copy(permalink(), 'link')}>
						Copy link
					</button>
					<button type="button" onClick={() => void copyProposal()}>
						Copy for proposal
					</button>
					<button type="button" onClick={downloadCsv}>
						Download CSV
					</button>
				</div>
				<p role="status" class="copy-status">
					{copyStatus}
				</p>
				{fallbackText === null ? null : (
					<label class="field fallback">
						<span class="field-label">Text to copy</span>
						<textarea
							readOnly
							rows={10}
							value={fallbackText}
							onFocus={(event) => event.currentTarget.select()}
						/>
					</label>
				)}
			</section>
		</div>
	);
}

/**
 * Values typed or ticked before hydration live only in the DOM; the server rendered the defaults as each
 * control's default value, so any control whose value differs from its default was changed by the reader.
 */
function adoptTypedValues(
	root: HTMLElement | null,
	start: CalculatorInputs,
): { inputs: CalculatorInputs; drafts: Partial<Record<Field, string>> } {
	const inputs: CalculatorInputs = { ...start };
	const drafts: Partial<Record<Field, string>> = {};
	if (root === null) return { inputs, drafts };
	for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
		const name = control.dataset['field'] as Field;
		const spec = specOf(name);
		if (control instanceof HTMLInputElement && control.type === 'checkbox') {
			if (control.checked !== control.defaultChecked) Object.assign(inputs, { [name]: control.checked });
		} else if (control instanceof HTMLInputElement && control.type === 'radio') {
			if (control.checked && !control.defaultChecked) Object.assign(inputs, { [name]: control.value });
		} else if (control instanceof HTMLInputElement && control.value !== control.defaultValue) {
			drafts[name] = control.value;
			const check = checkField(spec, control.value);
			if (check.ok) Object.assign(inputs, { [name]: check.value });
		}
	}
	const slider = root.querySelector<HTMLInputElement>('[data-slider]');
	// Compare positions, not volumes: a slider position stands for a rounded volume.
	const moved = slider !== null && Number(slider.value) !== volumeToSliderPosition(inputs.volume);
	if (slider !== null && moved && slider.value !== slider.defaultValue && drafts.volume === undefined)
		inputs.volume = sliderPositionToVolume(Number(slider.value));
	return { inputs, drafts };
}

interface FieldProps {
	name: Field;
	inputs: CalculatorInputs;
	draft: string | undefined;
	message: string | undefined;
	isError: boolean;
	onText: (field: Field, text: string) => void;
	onValue: <F extends Field>(field: F, value: CalculatorInputs[F]) => void;
	throughputRegimes: ThroughputRegime[];
	rateDate: string | null;
}

function FieldControl({
	name,
	inputs,
	draft,
	message,
	isError,
	onText,
	onValue,
	throughputRegimes,
	rateDate,
}: FieldProps) {
	const spec = specOf(name);
	const id = `calc-${spec.key}`;
	const messageId = `${id}-message`;
	const hint = fieldHint(name, inputs, throughputRegimes, rateDate);
	const hintId = `${id}-hint`;
	const describedBy = [hint === null ? null : hintId, message === undefined ? null : messageId]
		.filter((part) => part !== null)
		.join(' ');
	const after = (
		<>
			{hint === null ? null : (
				<p class="hint" id={hintId}>
					{hint}
				</p>
			)}
			{message === undefined ? null : (
				<p class={isError ? 'error' : 'notice'} id={messageId} role="status">
					{message}
				</p>
			)}
		</>
	);
	if (spec.kind === 'boolean') {
		return (
			<div class="field field-check">
				<label>
					<input
						type="checkbox"
						data-field={name}
						checked={inputs[spec.field]}
						onChange={(event) => onValue(spec.field, event.currentTarget.checked)}
						aria-describedby={describedBy || undefined}
					/>{' '}
					{spec.label}
				</label>
				{after}
			</div>
		);
	}
	if (spec.kind === 'choice') {
		return (
			<fieldset class="field field-choice" aria-describedby={describedBy || undefined}>
				<legend>{spec.label}</legend>
				{spec.options.map((option) => (
					<label key={option}>
						<input
							type="radio"
							name={id}
							value={option}
							data-field={name}
							checked={inputs.bServing === option}
							onChange={() => onValue('bServing', option)}
						/>{' '}
						{option === 'per-token' ? 'Per token (hosted adapter)' : 'Dedicated GPUs (billed per hour)'}
					</label>
				))}
				{after}
			</fieldset>
		);
	}
	const value = inputs[spec.field];
	return (
		<div class="field">
			<label for={id} class="field-label">
				{labelWithUnit(spec)}
			</label>
			<input
				id={id}
				type="text"
				inputMode={spec.kind === 'currency' ? 'text' : 'decimal'}
				autoComplete="off"
				spellcheck={false}
				data-field={name}
				value={draft ?? (typeof value === 'number' ? fieldText(value) : value)}
				onInput={(event) => onText(name, event.currentTarget.value)}
				aria-invalid={isError}
				aria-describedby={describedBy || undefined}
			/>
			{after}
		</div>
	);
}

function fieldHint(
	name: Field,
	inputs: CalculatorInputs,
	throughputRegimes: ThroughputRegime[],
	rateDate: string | null,
): string | null {
	if (name === 'gpuThroughput') {
		const regimes = throughputRegimes
			.map((regime) => `${regime.label}: ${formatNumber(regime.outputTokensPerSecond, 0)}`)
			.join('; ');
		return (
			`Aggregate output tokens per second one GPU sustains. It depends on how many requests run at once: ${regimes} (NVIDIA's Llama 3.1 8B benchmark). ` +
			'A lightly used server is near the single-stream figure, so the same GPU-hour buys 10 to 100 times fewer calls.'
		);
	}
	if (name === 'usdRate')
		return `How many ${inputs.currency} one US dollar buys${rateDate === null ? '' : `, as you entered it on ${rateDate}`}. Nothing is fetched: check it yourself.`;
	if (name === 'peakToAverage')
		return 'GPUs are sized for peak traffic: 2.5 means the busiest hour carries 2.5 × the average.';
	if (name === 'retrainEveryMonths') return 'Training cost is spread over this many months.';
	return null;
}

function optionCells(result: OptionResult, money: MoneyOptions, budgetMs: number) {
	const fits = budgetMs <= 0 ? '–' : result.meetsLatencyBudget ? 'yes' : 'no';
	return (
		<>
			<td>{result.averageCostPerCall === null ? '–' : formatMoney(result.averageCostPerCall, money)}</td>
			<td>{formatMoney(result.monthlyCost, money)}</td>
			<td>{formatMoney(result.yearlyCost, money)}</td>
			<td>{formatDuration(result.latencyMs)}</td>
			<td>{fits}</td>
		</>
	);
}

interface ResultsTableProps {
	results: CostResults;
	labels: OptionLabels;
	money: MoneyOptions;
	budgetMs: number;
}

/** The results as a table: what renders without JavaScript, and the chart's accessible counterpart. */
function ResultsTable({ results, labels, money, budgetMs }: ResultsTableProps) {
	const rows: [string, OptionResult][] = [
		[`A: ${labels.a}`, results.a],
		[`B: ${labels.b}`, results.b],
	];
	if (results.c !== null && labels.c !== null) rows.push([`C: ${labels.c}`, results.c]);
	const breakEven =
		results.breakEvenVolume === null ? 'never' : `${formatVolume(results.breakEvenVolume)} calls per month`;
	return (
		<>
			{/* Focusable so that keyboard users can scroll the table sideways on a narrow screen. */}
			<div class="table-scroll" tabIndex={0} role="region" aria-labelledby="calc-results-caption">
				<table class="results-table">
					<caption id="calc-results-caption">
						Cost and latency at {formatCompactVolume(results.monthlyVolume)} calls a month
					</caption>
					<thead>
						<tr>
							<th scope="col">Option</th>
							<th scope="col">Per call</th>
							<th scope="col">Per month</th>
							<th scope="col">Per year</th>
							<th scope="col">Latency per call</th>
							<th scope="col">Within {budgetMs > 0 ? formatDuration(budgetMs) : 'budget'}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map(([label, result]) => (
							<tr key={label}>
								<th scope="row">{label}</th>
								{optionCells(result, money, budgetMs)}
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<dl class="results-figures">
				<dt>Break-even volume (B against A)</dt>
				<dd data-result="break-even">{breakEven}</dd>
				<dt>Monthly savings of B against A</dt>
				<dd data-result="savings">{formatMoney(results.monthlySavings, money)}</dd>
				<dt>One training run of B</dt>
				<dd>{formatMoney(results.trainingCost, money)}</dd>
				{results.b.gpuCount === null ? null : (
					<>
						<dt>Dedicated GPUs for B at this volume</dt>
						<dd>{formatVolume(results.b.gpuCount)}</dd>
					</>
				)}
			</dl>
		</>
	);
}
