import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { figuresForLink, todaysDefaultLink } from '../components/calculator-data';
import { pageMarkdown, type ComponentRenderer } from '../lib/plain-markdown';
import { figuresMarkdown } from '../lib/calculator/worked-example';

/** Plain-Markdown renderings of the components articles use, from the same functions as the pages. */
const components: Record<string, ComponentRenderer> = {
	CalculatorFigures: ({ link = '', caption = '' }) =>
		`**${caption}**\n\n${figuresMarkdown(figuresForLink(link), link)}`,
	// The live calculator needs a browser; the copy carries its default results, as the page does without JS.
	CostCalculator: () => {
		const link = todaysDefaultLink();
		return `**Default results** (the live calculator needs JavaScript)\n\n${figuresMarkdown(figuresForLink(link), link)}`;
	},
	DecisionFlowchart: () =>
		'[Walk through the decision flowchart](/decide/): one question at a time, every path with its own page.',
};

/** One plain-Markdown copy per article (`/guide/x.md`, `/index.md`); the 404 page has none. */
export const getStaticPaths = (async () => {
	const references = (await getCollection('references')).map((entry) => entry.data);
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
