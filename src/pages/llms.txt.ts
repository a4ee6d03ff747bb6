import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadFlowchartData } from '../components/flowchart/load-flowchart';
import { decisionLlmsSection } from '../lib/decision/markdown';
import { llmsTxt, markdownPath, sectionsFromSidebar } from '../lib/plain-markdown';
import { sidebar } from '../sidebar';

const SUMMARY =
	'A sourced guide for engineers deciding whether an LLM feature needs retrieval-augmented generation (RAG), fine-tuning, both, or a better prompt. Every research finding and dated fact links to its source.';

const DETAILS =
	'Each link below is a plain-Markdown copy of one page, generated from the same source as the HTML site. Citations appear as [n] markers with a numbered "Sources" list at the end of each page.';

/** `/llms.txt`: an index of the guide's pages for language models, with links to their Markdown copies. */
export const GET: APIRoute = async ({ site }) => {
	const entries = (await getCollection('docs')).filter((entry) => entry.id !== '404');
	const pages = new Map(
		entries.map((entry) => [
			entry.id,
			{ title: entry.data.title, description: entry.data.description ?? '' },
		]),
	);
	const base = site ?? new URL('http://localhost:4321');
	const sections = sectionsFromSidebar(sidebar, pages, (id) => new URL(markdownPath(id), base).href);
	const { graph } = await loadFlowchartData();
	sections.push(decisionLlmsSection(graph, base));
	return new Response(llmsTxt('RAG or fine-tuning?', SUMMARY, DETAILS, sections), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
