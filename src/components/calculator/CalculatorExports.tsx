/** Copy link, Copy for proposal, Download CSV, and the inputs table that replaces the form in print. */
import { useState } from 'preact/hooks';
import { CALCULATOR_PATH } from '../../lib/calculator/link';
import { sensitivity } from '../../lib/calculator/sensitivity';
import { printedInputs, type OptionLabels } from '../../lib/calculator/view';
import { PROPOSAL_VIEWS } from '../../lib/proposal-views';
import type { CalculatorState } from './use-calculator';

const today = (): string => new Date().toISOString().slice(0, 10);

// The code that writes the proposal and the CSV is fetched when a reader is about to use a button (pointer over or
// focus on it), not on the first load.
const loadFormats = () => import('./export-formats');

/** The export buttons and the print-only inputs table. */
export function CalculatorExports({ state, labels }: { state: CalculatorState; labels: OptionLabels }) {
	const [status, setStatus] = useState('');
	const [fallback, setFallback] = useState<string | null>(null);
	const { inputs, preset, link, calculation } = state;
	// The full page's address, also when the calculator is embedded: a copied link is for readers, not frames.
	const permalink = (): string => `${location.origin}${CALCULATOR_PATH}?${state.query}`;
	const unprepared = (what: string): void =>
		setStatus(`Could not prepare the ${what}: check your connection and try again.`);
	// A link is copied at once, within the click; the proposal once its code has loaded.
	const copy = async (source: string | Promise<string>, what: string): Promise<void> => {
		let text: string;
		try {
			text = typeof source === 'string' ? source : await source;
		} catch {
			unprepared(what);
			return;
		}
		try {
			if (navigator.clipboard === undefined) throw new Error('no clipboard');
			await navigator.clipboard.writeText(text);
			setFallback(null);
			setStatus(`Copied ${what} to the clipboard.`);
		} catch {
			setFallback(text);
			setStatus(`Your browser did not allow copying: select the ${what} below and copy it yourself.`);
		}
	};
	const proposal = async (): Promise<string> =>
		(await loadFormats()).proposalMarkdown(
			{
				inputs,
				calculation,
				// Ranked afresh: the table on the page may still wait for a pause in typing.
				swings: sensitivity(inputs),
				labels,
				sources: preset.sources,
				permalink: permalink(),
				generatedOn: today(),
				snapshotId: link.snapshot.id,
				presetName: preset.name,
			},
			PROPOSAL_VIEWS,
		);
	const downloadCsv = (): void => {
		loadFormats().then(
			({ curveToCsv }) => {
				const url = URL.createObjectURL(new Blob([curveToCsv(calculation.curve)], { type: 'text/csv' }));
				const anchor = document.createElement('a');
				anchor.href = url;
				anchor.download = 'cost-curve.csv';
				anchor.click();
				// The download has started once click() returns; free the blob on the next task.
				window.setTimeout(() => URL.revokeObjectURL(url), 0);
			},
			() => unprepared('CSV'),
		);
	};
	const warm = (): void => void loadFormats().catch(() => undefined);
	return (
		<>
			{/* Shown only in print, in place of the form: what the printed results were computed from. */}
			<section class="calculator-print-inputs" aria-labelledby="calc-print-inputs-heading">
				<h3 id="calc-print-inputs-heading">Inputs</h3>
				<table>
					<tbody>
						<tr>
							<th scope="row">Preset and prices</th>
							<td>
								{preset.name}, prices as read on {link.snapshot.id}
							</td>
						</tr>
						{printedInputs(inputs).map((row) => (
							<tr key={row.label}>
								<th scope="row">{row.label}</th>
								<td>{row.value}</td>
							</tr>
						))}
					</tbody>
				</table>
				{state.mounted ? <p>Link to these inputs: {permalink()}</p> : null}
			</section>
			<div class="calculator-actions">
				<button type="button" onClick={() => void copy(permalink(), 'link')}>
					Copy link
				</button>
				<button
					type="button"
					onPointerEnter={warm}
					onFocus={warm}
					onClick={() => void copy(proposal(), 'proposal text')}
				>
					Copy for proposal
				</button>
				<button type="button" onPointerEnter={warm} onFocus={warm} onClick={downloadCsv}>
					Download CSV
				</button>
			</div>
			<p role="status" class="copy-status">
				{status}
			</p>
			{fallback === null ? null : (
				<label class="field fallback">
					<span class="field-label">Text to copy</span>
					<textarea readOnly rows={10} value={fallback} onFocus={(event) => event.currentTarget.select()} />
				</label>
			)}
		</>
	);
}
