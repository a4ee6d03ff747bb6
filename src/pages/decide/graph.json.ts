import type { APIRoute } from 'astro';
import { loadFlowchartData } from '../../components/flowchart/load-flowchart';

/** `/decide/graph.json`: the flowchart's rules for tools, in the shape `PublishedGraph` documents. */
export const GET: APIRoute = async () => {
	const { published } = await loadFlowchartData();
	return new Response(`${JSON.stringify(published, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
