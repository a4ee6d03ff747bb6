import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFlowchartData } from '../../components/flowchart/load-flowchart';
import { markdownResponse } from '../../components/flowchart/markdown-response';
import { pathPrefixes } from '../../lib/decision/paths';

/** A plain-Markdown copy of every path page: `/decide/a/b/` → `/decide/a/b.md` (the start's is /decide.md). */
export const getStaticPaths = (async () => {
	const { graph } = await loadFlowchartData();
	return pathPrefixes(graph)
		.filter((path) => path.slugs.length > 0)
		.map((path) => ({ params: { path: path.slugs.join('/') }, props: { slugs: [...path.slugs] } }));
}) satisfies GetStaticPaths;

/** Serve the path's Markdown, built from the same data and rules as its page. */
export const GET: APIRoute<{ slugs: string[] }> = ({ props, site }) => markdownResponse(props.slugs, site);
