import { getCollection, getEntry } from 'astro:content';
import type { DecisionGraph } from '../../lib/decision-graph';
import { layoutDecisionGraph, type GraphLayout } from '../../lib/graph-layout';
import type { Reference } from '../../lib/references';

/** What every flowchart page and image is built from. */
export interface FlowchartData {
	graph: DecisionGraph;
	/** Computed once per build; the client only draws it, so dagre never ships to the browser. */
	layout: GraphLayout;
	/** The references the outcomes cite, in the site list's order. */
	references: Reference[];
}

let loaded: Promise<FlowchartData> | undefined;

async function load(): Promise<FlowchartData> {
	const entry = await getEntry('decisionGraph', 'graph');
	if (!entry) throw new Error('the decisionGraph collection has no "graph" entry');
	const graph = entry.data;
	const cited = new Set(graph.outcomes.flatMap((outcome) => outcome.sources));
	const references = (await getCollection('references'))
		.map((reference) => reference.data)
		.filter((reference) => cited.has(reference.id));
	return { graph, layout: layoutDecisionGraph(graph), references };
}

/** The validated graph, its build-time layout and the references it cites, loaded once per build. */
export function loadFlowchartData(): Promise<FlowchartData> {
	loaded ??= load();
	return loaded;
}
