import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDrawing, loadFlowchartData } from '../../../components/flowchart/load-flowchart';
import { renderPng } from '../../../components/flowchart/render-png';
import { previewImageSvg } from '../../../lib/decision/og-image';

/**
 * A preview image per verdict, the one pages linked before each path had its own. Kept because link previews
 * already published, and `/decide/graph.json`, name these URLs.
 */
export const getStaticPaths = (async () => {
	const { graph } = await loadFlowchartData();
	return graph.outcomes.map((outcome) => ({ params: { outcome: outcome.id }, props: { id: outcome.id } }));
}) satisfies GetStaticPaths;

/** The verdict alone: its name, its sentence, and where it sits in the drawing. */
export const GET: APIRoute<{ id: string }> = async ({ props }) => {
	const { graph } = await loadFlowchartData();
	const { layouts, measure } = await loadDrawing();
	const outcome = graph.outcomes.find((candidate) => candidate.id === props.id);
	const [layout] = layouts;
	if (!outcome || !layout) throw new Error(`no verdict ${props.id}`);
	const content = {
		siteTitle: graph.title,
		kicker: `Decision flowchart, rules of ${graph.version}`,
		heading: `Verdict: ${outcome.title}`,
		verdict: outcome.verdict,
		answers: [],
	};
	const highlight = { nodes: new Set([outcome.id]), answers: new Set<string>() };
	return renderPng(previewImageSvg(content, measure, { layout, highlight }));
};
