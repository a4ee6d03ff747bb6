import { pathPageMarkdown } from '../../lib/decision/markdown';
import { resolvePath } from '../../lib/decision/paths';
import { loadFlowchartData } from './load-flowchart';

/** The plain-Markdown copy of the path page at `slugs`, as the response its `.md` address serves. */
export async function markdownResponse(slugs: readonly string[], site: URL | undefined): Promise<Response> {
	const { graph, references } = await loadFlowchartData();
	const path = resolvePath(graph, slugs);
	if (!path) throw new Error(`/decide/${slugs.join('/')}/ is not a path of the decision graph`);
	const markdown = pathPageMarkdown(path, graph, { siteUrl: site ?? 'http://localhost:4321/', references });
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
