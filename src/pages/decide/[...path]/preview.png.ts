import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDrawing, loadFlowchartData, pathPageRoutes } from '../../../components/flowchart/load-flowchart';
import { renderPng } from '../../../components/flowchart/render-png';
import { pathHighlight } from '../../../lib/decision/navigation';
import { previewContent, previewImageSvg } from '../../../lib/decision/og-image';
import { resolvePath } from '../../../lib/decision/paths';

/** One preview image per path page, the start included: `/decide/a/b/` → `/decide/a/b/preview.png`. */
export const getStaticPaths = (() => pathPageRoutes({ start: true })) satisfies GetStaticPaths;

/** The page's verdict or question, the answers that led there, and the drawing with the path where it fits. */
export const GET: APIRoute<{ slugs: string[] }> = async ({ props }) => {
	const { graph } = await loadFlowchartData();
	const { layouts, measure } = await loadDrawing();
	const path = resolvePath(graph, props.slugs);
	const [layout] = layouts;
	if (!path || !layout) throw new Error(`/decide/${props.slugs.join('/')}/ is not a path of the graph`);
	return renderPng(
		previewImageSvg(previewContent(graph, path), measure, { layout, highlight: pathHighlight(path) }),
	);
};
