import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFlowchartData } from '../../../components/flowchart/load-flowchart';
import { pathTitle } from '../../../lib/decision/navigation';
import { resolvePath } from '../../../lib/decision/paths';
import { retiredPageHtml } from '../../../lib/decision/retired-page';
import { slugsFromPermalink } from '../../../lib/decision/slugs';

/**
 * A redirect page for every retired decision URL in content/decision-permalinks.json. An endpoint rather than a
 * page, so it stays out of the sitemap and the search index.
 */
export const getStaticPaths = (async () => {
	const { graph, registry } = await loadFlowchartData();
	return Object.entries(registry.redirects).map(([from, { to, retired }]) => {
		const target = resolvePath(graph, slugsFromPermalink(to) ?? []);
		if (!target) throw new Error(`retired ${from} redirects to ${to}, which is not a page`);
		const slugs = slugsFromPermalink(from) ?? [];
		return { params: { retired: slugs.join('/') }, props: { from, to, toTitle: pathTitle(target), retired } };
	});
}) satisfies GetStaticPaths;

/** Serve the redirect page. */
export const GET: APIRoute<{ from: string; to: string; toTitle: string; retired: string }> = ({
	props,
	site,
}) =>
	new Response(retiredPageHtml({ ...props, siteUrl: site ?? 'http://localhost:4321/' }), {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
