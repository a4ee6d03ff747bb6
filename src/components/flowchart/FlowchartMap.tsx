import { useEffect, useState } from 'preact/hooks';
import type { GraphLayout } from '../../lib/decision/graph-layout';
import type { ReachedPath } from '../../lib/decision/paths';
import type { DecisionGraph } from '../../lib/decision/schema';
import { fetchLayout } from './flowchart-data';
import { FlowchartGraph } from './FlowchartGraph';

/** Id of the element the disclosure button controls; one flowchart per page. */
const MAP_ID = 'flowchart-map-drawing';

/** Props of {@link FlowchartMap}. */
export interface FlowchartMapProps {
	graph: DecisionGraph;
	path: ReachedPath;
	/** Open on first render: the reader asked for the drawing before it loaded. */
	initialOpen: boolean;
	/** Moves the flowchart in place; without it the drawing's nodes are links to their pages. */
	onJump?: (slugs: string[]) => void;
}

/** The whole flowchart behind a disclosure button; its layout is fetched the first time it opens. */
export function FlowchartMap({ graph, path, initialOpen, onJump }: FlowchartMapProps) {
	const [open, setOpen] = useState(initialOpen);
	const [layout, setLayout] = useState<GraphLayout | null>(null);
	const [failed, setFailed] = useState(false);

	useEffect(() => {
		if (!open || layout) return;
		setFailed(false);
		fetchLayout().then(setLayout, () => setFailed(true));
	}, [open, layout]);

	return (
		<div class="flowchart-map">
			<button type="button" aria-expanded={open} aria-controls={MAP_ID} onClick={() => setOpen(!open)}>
				{open ? 'Hide the whole flowchart' : 'Show the whole flowchart'}
			</button>
			<div id={MAP_ID} hidden={!open}>
				{layout ? (
					<FlowchartGraph graph={graph} layout={layout} path={path} {...(onJump && { onJump })} />
				) : (
					<p role="status">
						{failed ? 'The drawing could not be loaded. Try again later.' : 'Loading the drawing…'}
					</p>
				)}
			</div>
		</div>
	);
}
