import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFlowchartData } from '../../../components/flowchart/load-flowchart';
import { OG_FONT_FAMILY, ogImageSvg } from '../../../lib/decision/og-image';

// Fonts come from an npm package, never the system: a CI machine may have no fonts at all.
const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
	require.resolve(`dejavu-fonts-ttf/ttf/${name}`),
);

/** One preview image per verdict. */
export const getStaticPaths = (async () => {
	const { graph } = await loadFlowchartData();
	return graph.outcomes.map((outcome) => ({
		params: { outcome: outcome.id },
		props: { siteTitle: graph.title, outcomeTitle: outcome.title, verdict: outcome.verdict },
	}));
}) satisfies GetStaticPaths;

/** The preview image chat tools show when a verdict's permalink is pasted. */
export const GET: APIRoute = ({ props }) => {
	const { siteTitle, outcomeTitle, verdict } = props as {
		siteTitle: string;
		outcomeTitle: string;
		verdict: string;
	};
	const png = new Resvg(ogImageSvg({ siteTitle, outcomeTitle, verdict }), {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY },
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
