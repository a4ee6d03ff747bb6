import type { GraphLayout } from '../../lib/decision/graph-layout';
import type { PublishedGraph } from '../../lib/decision/graph-json';

/** The graph as published for tools; the flowchart in the browser reads the same file. */
const GRAPH_URL = '/decide/graph.json';

/** The drawing's layout, computed at build time so the browser never runs the layout library. */
const LAYOUT_URL = '/decide/graph-layout.json';

const pending = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return response.json();
}

// One request per file per page; a failed one is forgotten so that trying again fetches it again.
function once(url: string): Promise<unknown> {
	const existing = pending.get(url);
	if (existing) return existing;
	const request = fetchJson(url).catch((error: unknown) => {
		pending.delete(url);
		throw error;
	});
	pending.set(url, request);
	return request;
}

/** The published graph, fetched once per page. */
export function fetchPublishedGraph(): Promise<PublishedGraph> {
	return once(GRAPH_URL) as Promise<PublishedGraph>;
}

/** The drawing's layout, fetched once per page. */
export function fetchLayout(): Promise<GraphLayout> {
	return once(LAYOUT_URL) as Promise<GraphLayout>;
}
