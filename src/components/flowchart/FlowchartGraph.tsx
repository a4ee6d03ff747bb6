import { Fragment } from 'preact';
import { curvePathData } from '../../lib/decision/curve';
import { drawingOrder, edgeTaken, nodeCornerRadius, readingOrder } from '../../lib/decision/drawing-svg';
import type { GraphLayout, LabelLine, NodeBox, TextLine } from '../../lib/decision/graph-layout';
import { currentNodeId, jumpTarget, pathHighlight } from '../../lib/decision/navigation';
import type { ReachedPath } from '../../lib/decision/paths';
import type { DecisionGraph } from '../../lib/decision/schema';
import { permalinkFor } from '../../lib/decision/slugs';

/** Props of {@link FlowchartGraph}. */
export interface FlowchartGraphProps {
	graph: DecisionGraph;
	layout: GraphLayout;
	path: ReachedPath;
	/** Shrink to the width of the frame (down to `minScale`); at full size otherwise, for a frame that scrolls. */
	fit: boolean;
	/** Moves the flowchart in place to the node a reader picked; without it, each node is a plain link to its page. */
	onJump?: (slugs: string[]) => void;
}

/** Smallest scale the drawing is shrunk to in a page: answer labels then 8 px; below it the frame scrolls. */
export const MIN_DRAWN_SCALE = 0.66;

/** Distance from a node's box to its keyboard focus ring. */
const FOCUS_RING_OFFSET = 4;

function nodeName(node: NodeBox, onPath: boolean, current: boolean): string {
	const kind = node.kind === 'question' ? 'Question' : 'Verdict';
	const where = current ? ', where you are' : onPath ? ', on your path' : '';
	return `${kind}: ${node.label}${where}`;
}

function Lines({
	lines,
	fontSize,
	bold = false,
}: {
	lines: readonly (TextLine | LabelLine)[];
	fontSize: number;
	/** Drawn bold (an answer on the reader's path): a label set flush right starts further left. */
	bold?: boolean;
}) {
	return (
		<text font-size={fontSize}>
			{lines.map((line, index) => (
				<Fragment key={index}>
					{/* A space between lines keeps their words apart in the accessible text, which must match the link's name. */}
					{index > 0 && ' '}
					<tspan x={bold && 'boldX' in line ? line.boldX : line.x} y={line.y}>
						{line.text}
					</tspan>
				</Fragment>
			))}
		</text>
	);
}

/** The whole flowchart as SVG from the build-time layout, the reader's path highlighted, every node a link. */
export function FlowchartGraph({ graph, layout, path, fit, onJump }: FlowchartGraphProps) {
	const highlight = pathHighlight(path);
	const current = currentNodeId(path);
	return (
		<svg
			class="flowchart-graph"
			viewBox={`0 0 ${layout.width} ${layout.height}`}
			width={layout.width}
			height={layout.height}
			// Set through the DOM, which the content security policy allows, unlike a style attribute in the HTML.
			style={
				fit
					? { maxWidth: `${layout.width}px`, minWidth: `${Math.ceil(layout.width * MIN_DRAWN_SCALE)}px` }
					: { width: `${layout.width}px`, maxWidth: 'none' }
			}
			data-layout={layout.name}
			role="group"
			aria-label="The whole flowchart: pick a question or verdict to go to it"
		>
			<defs>
				{['flowchart-arrow', 'flowchart-arrow-taken'].map((id) => (
					<marker
						key={id}
						id={id}
						viewBox="0 0 10 10"
						refX="10"
						refY="5"
						markerWidth="7"
						markerHeight="7"
						markerUnits="userSpaceOnUse"
						orient="auto"
					>
						<path d="M0 0L10 5L0 10z" class={id} />
					</marker>
				))}
			</defs>
			<g aria-hidden="true">
				{drawingOrder(layout.edges, highlight).map((edge) => {
					const taken = edgeTaken(edge, highlight);
					return (
						<g key={`${edge.from}-${edge.to}`} class={taken ? 'flowchart-edge is-taken' : 'flowchart-edge'}>
							<path
								d={curvePathData(edge.curve)}
								marker-end={`url(#${taken ? 'flowchart-arrow-taken' : 'flowchart-arrow'})`}
							/>
							<Lines lines={edge.lines} fontSize={layout.edgeFontSize} bold={taken} />
						</g>
					);
				})}
			</g>
			{readingOrder(layout.nodes).map((node) => {
				const slugs = jumpTarget(graph, path, node.id);
				if (!slugs) return null;
				const onPath = highlight.nodes.has(node.id);
				const isCurrent = node.id === current;
				const classes = [
					'flowchart-node',
					`is-${node.kind}`,
					onPath && 'is-on-path',
					isCurrent && 'is-current',
				];
				return (
					<a
						key={node.id}
						href={permalinkFor(slugs)}
						class={classes.filter(Boolean).join(' ')}
						data-node={node.id}
						aria-label={nodeName(node, onPath, isCurrent)}
						aria-current={isCurrent ? 'step' : undefined}
						onClick={(event) => {
							if (!onJump || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
							event.preventDefault();
							onJump(slugs);
						}}
					>
						<rect
							class="flowchart-focus-ring"
							x={node.x - FOCUS_RING_OFFSET}
							y={node.y - FOCUS_RING_OFFSET}
							width={node.width + 2 * FOCUS_RING_OFFSET}
							height={node.height + 2 * FOCUS_RING_OFFSET}
							rx={nodeCornerRadius(node) + FOCUS_RING_OFFSET}
						/>
						<rect x={node.x} y={node.y} width={node.width} height={node.height} rx={nodeCornerRadius(node)} />
						<Lines lines={node.lines} fontSize={layout.fontSize} />
					</a>
				);
			})}
		</svg>
	);
}
