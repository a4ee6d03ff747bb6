import { getCollection, getEntry } from 'astro:content';
import { drawingTextMeasure } from '../../lib/decision/drawing-font';
import { layoutVariants, type GraphLayout } from '../../lib/decision/graph-layout';
import { publishGraph, type PublishedGraph } from '../../lib/decision/graph-json';
import { pathPrefixes } from '../../lib/decision/paths';
import type { PermalinkRegistry } from '../../lib/decision/permalinks';
import type { DecisionGraph } from '../../lib/decision/schema';
import type { TextMeasure } from '../../lib/decision/text-measure';
import type { Reference } from '../../lib/references';

/** What every flowchart page, copy and image is built from. */
export interface FlowchartData {
	graph: DecisionGraph;
	/** Every decision URL ever published, and where the retired ones redirect. */
	registry: PermalinkRegistry;
	/** The references the verdicts cite, in the site list's order. */
	references: Reference[];
	/** The graph as `/decide/graph.json` publishes it; the browser's flowchart reads the same object. */
	published: PublishedGraph;
}

let loaded: Promise<FlowchartData> | undefined;

async function load(): Promise<FlowchartData> {
	const graphEntry = await getEntry('decisionGraph', 'graph');
	const registryEntry = await getEntry('decisionPermalinks', 'registry');
	if (!graphEntry || !registryEntry)
		throw new Error('the decision graph or its permalink registry is missing');
	const graph = graphEntry.data;
	const registry = registryEntry.data;
	const all = (await getCollection('references')).map((reference) => reference.data);
	const published = publishGraph(graph, all, registry);
	return { graph, registry, references: published.references, published };
}

/** The validated graph, its registry, the references it cites and its published form, loaded once per build. */
export function loadFlowchartData(): Promise<FlowchartData> {
	loaded ??= load();
	return loaded;
}

/** The drawing in every offered width and the text measure it was laid out with, made once per build. */
export interface DrawingData {
	layouts: GraphLayout[];
	measure: TextMeasure;
}

let drawing: Promise<DrawingData> | undefined;

/** The drawing's layouts, made once per build from the loaded graph. */
export function loadDrawing(): Promise<DrawingData> {
	drawing ??= loadFlowchartData().then(({ graph }) => {
		const measure = drawingTextMeasure();
		return { layouts: layoutVariants(graph, measure), measure };
	});
	return drawing;
}

/** Every character the drawing sets, so its web fonts can be cut down to them. */
export function drawingCharacters(layouts: readonly GraphLayout[]): string {
	const lines = layouts.flatMap((layout) => [
		...layout.nodes.flatMap((node) => node.lines),
		...layout.edges.flatMap((edge) => edge.lines),
	]);
	return [...new Set(lines.map((line) => line.text).join(''))].sort().join('');
}

/** The static paths of a route with one file per path page, by the path's answer slugs (`a/b` for `/decide/a/b/`). */
export async function pathPageRoutes(
	{ start }: { start: boolean } = { start: false },
): Promise<{ params: { path: string | undefined }; props: { slugs: string[] } }[]> {
	const { graph } = await loadFlowchartData();
	// Unfinished paths get pages too: readers link to them mid-walk, and every answer link leads to one. The start
	// page, /decide/ itself, is another route's unless `start` is asked for (its rest parameter is empty).
	return pathPrefixes(graph)
		.filter((path) => start || path.slugs.length > 0)
		.map((path) => ({
			params: { path: path.slugs.length === 0 ? undefined : path.slugs.join('/') },
			props: { slugs: [...path.slugs] },
		}));
}
