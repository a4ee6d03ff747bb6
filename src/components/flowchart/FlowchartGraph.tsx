import { MIN_DRAWN_SCALE, type GraphLayout, type NodeBox } from '../../lib/decision/graph-layout';
import { answerKey, jumpTarget, pathHighlight } from '../../lib/decision/navigation';
import type { ReachedPath } from '../../lib/decision/paths';
import type { DecisionGraph } from '../../lib/decision/schema';
import { permalinkFor } from '../../lib/decision/slugs';

/** Props of {@link FlowchartGraph}. */
export interface FlowchartGraphProps {
	graph: DecisionGraph;
	layout: GraphLayout;
	path: ReachedPath;
	/** Moves the flowchart in place to the node a reader picked; without it, each node is a plain link to its page. */
	onJump?: (slugs: string[]) => void;
}

function nodeName(node: NodeBox, onPath: boolean, current: boolean): string {
	const kind = node.kind === 'question' ? 'Question' : 'Verdict';
	const where = current ? ', where you are' : onPath ? ', on your path' : '';
	return `${kind}: ${node.label}${where}`;
}

/** The whole flowchart as SVG from the build-time layout, the reader's path highlighted, every node a link. */
export function FlowchartGraph({ graph, layout, path, onJump }: FlowchartGraphProps) {
	const highlight = pathHighlight(path);
	const current = path.kind === 'complete' ? path.outcome.id : path.question.id;
	return (
		<svg
			class="flowchart-graph"
			viewBox={`0 0 ${layout.width} ${layout.height}`}
			width={layout.width}
			height={layout.height}
			// Set through the DOM, which the content security policy allows, unlike a style attribute in the HTML.
			style={{ minWidth: `${Math.ceil(layout.width * MIN_DRAWN_SCALE)}px` }}
			role="group"
			aria-label="The whole flowchart: pick a question or verdict to go to it"
		>
			<defs>
				<marker
					id="flowchart-arrow"
					viewBox="0 0 10 10"
					refX="9"
					refY="5"
					markerWidth="6"
					markerHeight="6"
					orient="auto-start-reverse"
				>
					<path d="M 0 0 L 10 5 L 0 10 z" class="flowchart-arrowhead" />
				</marker>
			</defs>
			<g aria-hidden="true">
				{layout.edges.map((edge) => {
					const taken = edge.answers.some((slug) => highlight.answers.has(answerKey(edge.from, slug)));
					const top = edge.labelY - edge.labelHeight / 2;
					return (
						<g key={`${edge.from}-${edge.to}`} class={taken ? 'flowchart-edge is-taken' : 'flowchart-edge'}>
							<polyline
								points={edge.points.map((point) => `${point.x},${point.y}`).join(' ')}
								marker-end="url(#flowchart-arrow)"
							/>
							<text font-size={layout.edgeFontSize} text-anchor="middle">
								{edge.lines.map((line, index) =>
									line === '' ? null : (
										<tspan
											key={index}
											x={edge.labelX}
											y={top + index * layout.edgeLineHeight + layout.edgeFontSize}
										>
											{line}
										</tspan>
									),
								)}
							</text>
						</g>
					);
				})}
			</g>
			{layout.nodes.map((node) => {
				const slugs = jumpTarget(graph, path, node.id);
				if (!slugs) return null;
				const onPath = highlight.nodes.has(node.id);
				const isCurrent = node.id === current;
				const top = node.y + (node.height - node.lines.length * layout.lineHeight) / 2;
				const classes = [
					'flowchart-node',
					`is-${node.kind}`,
					onPath ? 'is-on-path' : '',
					isCurrent ? 'is-current' : '',
				];
				return (
					<a
						key={node.id}
						href={permalinkFor(slugs)}
						class={classes.filter(Boolean).join(' ')}
						aria-label={nodeName(node, onPath, isCurrent)}
						aria-current={isCurrent ? 'step' : undefined}
						onClick={(event) => {
							if (!onJump || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
							event.preventDefault();
							onJump(slugs);
						}}
					>
						<rect
							x={node.x}
							y={node.y}
							width={node.width}
							height={node.height}
							rx={node.kind === 'outcome' ? 12 : 4}
						/>
						<text font-size={layout.fontSize} text-anchor="middle">
							{node.lines.map((line, index) => (
								<tspan
									key={index}
									x={node.x + node.width / 2}
									y={top + index * layout.lineHeight + layout.fontSize}
								>
									{/* The space keeps the lines apart as words in the accessible text, which must match the name. */}
									{index < node.lines.length - 1 ? `${line} ` : line}
								</tspan>
							))}
						</text>
					</a>
				);
			})}
		</svg>
	);
}
