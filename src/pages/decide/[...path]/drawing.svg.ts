import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDrawing, loadFlowchartData, pathPageRoutes } from '../../../components/flowchart/load-flowchart';
import { printDrawingSvg } from '../../../components/flowchart/print-drawing';
import { resolvePath } from '../../../lib/decision/paths';

/** The drawing each path page prints, its path highlighted: `/decide/a/b/` → `/decide/a/b/drawing.svg`. */
export const getStaticPaths = (() => pathPageRoutes({ start: true })) satisfies GetStaticPaths;

/** A standalone SVG, its fonts inside it: a browser shows an SVG image without fetching anything it names. */
export const GET: APIRoute<{ slugs: string[] }> = async ({ props }) => {
	const { graph } = await loadFlowchartData();
	const path = resolvePath(graph, props.slugs);
	if (!path) throw new Error(`/decide/${props.slugs.join('/')}/ is not a path of the graph`);
	const [layout] = (await loadDrawing()).layouts;
	if (!layout) throw new Error('the drawing has no layout');
	const svg = await printDrawingSvg(graph, path, layout);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
