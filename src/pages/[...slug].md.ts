import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { figuresForLink, todaysDefaultLink } from '../components/calculator-data';
import { pageMarkdown, type ComponentRenderer } from '../lib/plain-markdown';
import { findProvider, providersMarkdown, statusMarkdown } from '../lib/content/fine-tuning-providers';
import type { Reference } from '../lib/references';
import { figuresMarkdown } from '../lib/calculator/worked-example';
import { parsePassRateTable, passRateMarkdown } from '../lib/evaluation/confidence';

/** Plain-Markdown renderings of the components articles use, from the same functions as the pages. */
const pageComponents: Record<string, ComponentRenderer> = {
	CalculatorFigures: ({ link = '', caption = '' }) =>
		`**${caption}**\n\n${figuresMarkdown(figuresForLink(link), link)}`,
	// The live calculator needs a browser; the copy carries its default results, as the page does without JS.
	CostCalculator: () => {
		const link = todaysDefaultLink();
		return `**Default results** (the live calculator needs JavaScript)\n\n${figuresMarkdown(figuresForLink(link), link)}`;
	},
	PassRateIntervals: ({ rate = '', sizes = '', caption = '' }) =>
		passRateMarkdown(parsePassRateTable(rate, sizes), caption),
	DecisionFlowchart: () =>
		'[Walk through the decision flowchart](/decide/): one question at a time, every path with its own page.',
};

/** Renderings of the provider-table components, which need the table and the reference list. */
async function providerComponents(
	references: readonly Reference[],
): Promise<Record<string, ComponentRenderer>> {
	const providers = (await getCollection('fineTuningProviders')).map((entry) => entry.data);
	return {
		FineTuningProviders: () => providersMarkdown(providers, references),
		ProviderStatus: ({ provider = '' }) => statusMarkdown(findProvider(providers, provider), references),
	};
}

/** One plain-Markdown copy per article (`/guide/x.md`, `/index.md`); the 404 page has none. */
export const getStaticPaths = (async () => {
	const references = (await getCollection('references')).map((entry) => entry.data);
	const components = { ...pageComponents, ...(await providerComponents(references)) };
	const entries = (await getCollection('docs')).filter((entry) => entry.id !== '404');
	return entries.map((entry) => ({
		params: { slug: entry.id },
		props: {
			markdown: pageMarkdown(
				{ title: entry.data.title, description: entry.data.description ?? '', body: entry.body ?? '' },
				references,
				components,
			),
		},
	}));
}) satisfies GetStaticPaths;

/** Serve the page's Markdown as built from its MDX source. */
export const GET: APIRoute<{ markdown: string }> = ({ props }) =>
	new Response(props.markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
