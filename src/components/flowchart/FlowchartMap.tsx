import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { chooseLayout } from '../../lib/decision/drawing-svg';
import type { GraphLayout } from '../../lib/decision/graph-layout';
import type { ReachedPath } from '../../lib/decision/paths';
import type { DecisionGraph } from '../../lib/decision/schema';
import { fetchLayouts, loadDrawingFonts, loadDrawingStyles } from './flowchart-data';
import { FlowchartGraph } from './FlowchartGraph';

/** Id of the element the disclosure button controls; one flowchart per page. */
const MAP_ID = 'flowchart-map-drawing';

/** How the drawing is shown: in the page under the flowchart, or full screen in a dialog. */
export type MapMode = 'inline' | 'dialog';

/** Props of {@link FlowchartMap}. */
export interface FlowchartMapProps {
	graph: DecisionGraph;
	path: ReachedPath;
	/** Open on first render: the reader asked for the drawing, this way, before it loaded. */
	initialMode: MapMode | null;
	/** Moves the flowchart in place; without it the drawing's nodes are links to their pages. */
	onJump?: (slugs: string[]) => void;
}

/** The layouts and fonts, fetched the first time `wanted` is true; `failed` once a fetch fails. */
function useDrawing(wanted: boolean): { layouts: GraphLayout[] | null; failed: boolean } {
	const [layouts, setLayouts] = useState<GraphLayout[] | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		if (!wanted || layouts) return;
		setFailed(false);
		Promise.all([fetchLayouts(), loadDrawingStyles(), loadDrawingFonts()]).then(
			([loaded]) => setLayouts(loaded),
			() => setFailed(true),
		);
	}, [wanted, layouts]);
	return { layouts, failed };
}

/** Width of an element, kept current as it resizes. */
function useWidth(element: HTMLElement | null): number {
	const [width, setWidth] = useState(0);
	useLayoutEffect(() => {
		if (!element) return;
		setWidth(element.clientWidth);
		const observer = new ResizeObserver(() => setWidth(element.clientWidth));
		observer.observe(element);
		return () => observer.disconnect();
	}, [element]);
	return width;
}

function Status({ failed }: { failed: boolean }) {
	return (
		<p role="status" class="flowchart-map-status">
			{failed ? 'The drawing could not be loaded. Try again later.' : 'Loading the drawing…'}
		</p>
	);
}

/**
 * The whole flowchart on request: in the page, as wide as the page allows (a disclosure), or full screen in a
 * modal dialog, which is the only way on a phone, where the list of answers stands in for it. Its layouts are
 * fetched the first time either opens.
 */
export function FlowchartMap({ graph, path, initialMode, onJump }: FlowchartMapProps) {
	const [inline, setInline] = useState(initialMode === 'inline');
	const [dialogOpen, setDialogOpen] = useState(initialMode === 'dialog');
	const { layouts, failed } = useDrawing(inline || dialogOpen);
	const [frame, setFrame] = useState<HTMLDivElement | null>(null);
	const [dialogFrame, setDialogFrame] = useState<HTMLDivElement | null>(null);
	const frameWidth = useWidth(frame);
	const dialogWidth = useWidth(dialogFrame);
	const dialogRef = useRef<HTMLDialogElement>(null);
	const openerRef = useRef<HTMLButtonElement>(null);

	useEffect(() => {
		const dialog = dialogRef.current;
		if (dialogOpen && dialog && !dialog.open) dialog.showModal();
	}, [dialogOpen]);

	// Once drawn full screen, bring the reader's own node into view: on a phone the drawing is larger than the screen.
	useEffect(() => {
		if (!dialogOpen || !layouts) return;
		dialogFrame
			?.querySelector('[aria-current="step"]')
			?.scrollIntoView({ block: 'center', inline: 'center' });
	}, [dialogOpen, layouts, dialogFrame]);

	const jump =
		onJump &&
		((slugs: string[]) => {
			dialogRef.current?.close();
			onJump(slugs);
		});

	return (
		<div class="flowchart-map">
			<div class="flowchart-map-buttons">
				<button
					type="button"
					class="flowchart-map-inline"
					aria-expanded={inline}
					aria-controls={MAP_ID}
					onClick={() => setInline(!inline)}
				>
					{inline ? 'Hide the whole flowchart' : 'Show the whole flowchart'}
				</button>
				<button
					type="button"
					class="flowchart-map-full"
					aria-haspopup="dialog"
					ref={openerRef}
					onClick={() => setDialogOpen(true)}
				>
					Whole flowchart, full screen
				</button>
			</div>
			<div id={MAP_ID} class="flowchart-map-drawing" hidden={!inline} ref={setFrame}>
				{inline &&
					(layouts && frameWidth > 0 ? (
						<FlowchartGraph
							graph={graph}
							layout={chooseLayout(layouts, frameWidth)}
							path={path}
							fit
							{...(jump && { onJump: jump })}
						/>
					) : (
						<Status failed={failed} />
					))}
			</div>
			<dialog
				ref={dialogRef}
				class="flowchart-dialog"
				aria-labelledby="flowchart-dialog-title"
				onClose={() => {
					setDialogOpen(false);
					openerRef.current?.focus();
				}}
			>
				<div class="flowchart-dialog-bar">
					<h2 id="flowchart-dialog-title">The whole flowchart</h2>
					<button type="button" autofocus onClick={() => dialogRef.current?.close()}>
						Close
					</button>
				</div>
				<div class="flowchart-dialog-frame" ref={setDialogFrame}>
					{dialogOpen &&
						(layouts && dialogWidth > 0 ? (
							<FlowchartGraph
								graph={graph}
								layout={chooseLayout(layouts, dialogWidth)}
								path={path}
								fit={false}
								{...(jump && { onJump: jump })}
							/>
						) : (
							<Status failed={failed} />
						))}
				</div>
			</dialog>
		</div>
	);
}
