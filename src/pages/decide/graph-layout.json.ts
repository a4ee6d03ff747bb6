import type { APIRoute } from 'astro';
import { loadFlowchartData } from '../../components/flowchart/load-flowchart';
import { layoutDecisionGraph } from '../../lib/decision/graph-layout';

/** The drawing's layout, computed once at build time so the layout library never ships to the browser. */
export const GET: APIRoute = async () => {
	const { graph } = await loadFlowchartData();
	return new Response(JSON.stringify(layoutDecisionGraph(graph)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
