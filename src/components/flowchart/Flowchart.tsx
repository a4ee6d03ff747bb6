import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublishedGraph } from '../../lib/decision/graph-json';
import { pathToMarkdown } from '../../lib/decision/markdown';
import { resolvePath, type ReachedPath } from '../../lib/decision/paths';
import { permalinkFor } from '../../lib/decision/slugs';
import { copyMessage, copyToClipboard } from './copy-text';
import { FlowchartMap, type MapMode } from './FlowchartMap';
import { PathView } from './PathView';

/** Props of {@link Flowchart}. */
export interface FlowchartProps {
	/** The graph as `/decide/graph.json` publishes it. */
	graph: PublishedGraph;
	/** Where to stand when mounted: the point the reader clicked before the flowchart loaded. */
	initialSlugs: string[];
	/** Open the drawing at once, this way: the reader asked for it before the flowchart loaded. */
	initialMapMode: MapMode | null;
	/** Site origin the permalinks are made absolute against for copying. */
	siteUrl: string;
}

interface CopyFeedback {
	message: string;
	/** Text to copy by hand when the clipboard refused it. */
	fallback: string | null;
}

/** Step through the decision flowchart in place, inside an article; every step is also a page of its own. */
export default function Flowchart({ graph, initialSlugs, initialMapMode, siteUrl }: FlowchartProps) {
	const [slugs, setSlugs] = useState<readonly string[]>(initialSlugs);
	const [feedback, setFeedback] = useState<CopyFeedback>({ message: '', fallback: null });
	const headingRef = useRef<HTMLHeadingElement>(null);
	const fallbackRef = useRef<HTMLTextAreaElement>(null);
	// The reader's click mounted the flowchart, so its first render is already a step: focus follows it.
	const focusOnRender = useRef(initialMapMode === null);

	const path: ReachedPath = resolvePath(graph, slugs) ?? resolvePath(graph, []) ?? unreachable();
	const permalink = new URL(path.permalink, siteUrl).href;

	const go = (next: readonly string[]) => {
		focusOnRender.current = true;
		setFeedback({ message: '', fallback: null });
		if (next.join('/') === slugs.join('/')) headingRef.current?.focus();
		else setSlugs(next);
	};

	useEffect(() => {
		if (!focusOnRender.current) return;
		focusOnRender.current = false;
		headingRef.current?.focus();
	}, [slugs]);

	useEffect(() => {
		fallbackRef.current?.select();
	}, [feedback.fallback]);

	const copy = async (text: string, what: string) => {
		const copied = await copyToClipboard(text);
		setFeedback({ message: copyMessage(what, copied), fallback: copied ? null : text });
	};

	return (
		<>
			<div class="flowchart-walk">
				<PathView
					path={path}
					references={graph.references}
					version={graph.version}
					placement="embedded"
					headingRef={headingRef}
					onNavigate={go}
				/>
				<div class="flowchart-controls">
					<button
						type="button"
						disabled={path.steps.length === 0}
						onClick={() => go(path.slugs.slice(0, -1))}
					>
						Back
					</button>
					<button type="button" disabled={path.steps.length === 0} onClick={() => go([])}>
						Start over
					</button>
					<button type="button" onClick={() => copy(permalink, 'Link')}>
						Copy link
					</button>
					{path.kind === 'complete' && (
						<button
							type="button"
							onClick={() =>
								copy(pathToMarkdown(path, graph, { siteUrl, references: graph.references }), 'Proposal text')
							}
						>
							Copy for proposal
						</button>
					)}
				</div>
				<p class="flowchart-status" role="status">
					{feedback.message}
				</p>
				{feedback.fallback !== null && (
					<label class="flowchart-fallback">
						Text to copy
						<textarea ref={fallbackRef} readOnly rows={8} value={feedback.fallback} />
					</label>
				)}
				<p class="print-only">Permalink: {new URL(permalinkFor(path.slugs), siteUrl).href}</p>
			</div>
			<FlowchartMap graph={graph} path={path} initialMode={initialMapMode} onJump={go} />
		</>
	);
}

function unreachable(): never {
	throw new Error('the decision graph has no start question');
}
