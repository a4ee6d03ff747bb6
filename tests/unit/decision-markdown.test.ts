import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	enumeratePaths,
	loadDecisionGraph,
	pathToMarkdown,
	resolvePath,
	type DecisionPath,
} from '../../src/lib/decision-graph';
import { parseReferences, type Reference } from '../../src/lib/references';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));

/** A fixed reference list, so the expected Markdown does not change when content/references.yaml is edited. */
const references: Reference[] = [
	{
		id: 'balaguer-2024',
		title: 'RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture',
		authors: 'Balaguer et al.',
		publisher: 'arXiv:2401.08406',
		year: 2024,
		url: 'https://arxiv.org/abs/2401.08406',
		accessed: '2026-11-27',
	},
	{
		id: 'zhang-2024-raft',
		title: 'RAFT: Adapting Language Model to Domain Specific RAG',
		authors: 'Zhang et al.',
		publisher: 'arXiv:2403.10131',
		year: 2024,
		url: 'https://arxiv.org/abs/2403.10131',
		accessed: '2026-11-27',
	},
];

/** The site's real reference list. */
const siteReferences = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8')));

function completePath(slugs: string[]): DecisionPath {
	const path = resolvePath(graph, slugs);
	if (path?.kind !== 'complete') throw new Error(`${slugs.join('/')} is not a complete path`);
	return path;
}

const SITE = 'https://rag-or-fine-tuning.example';
const both = completePath(['behaviour-gap', 'prompting-plateaued', 'enough-examples', 'knowledge-changes']);
const markdown = pathToMarkdown(both, graph, { siteUrl: SITE, references });

describe('pathToMarkdown', () => {
	it('is headed by the verdict title', () => {
		expect(markdown.split('\n')[0]).toBe('## Decision: Fine-tuned model plus retrieval');
	});

	it('lists every question and the answer taken, in order', () => {
		const positions = both.steps.flatMap(({ question, answer }) => [
			markdown.indexOf(`**${question.question}**`),
			markdown.indexOf(`*${answer.label}.* ${answer.reason}`),
		]);
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('gives the verdict, the reasons and the caveats', () => {
		expect(markdown).toContain(`**Verdict:** ${both.outcome.verdict}`);
		for (const line of [...both.outcome.reasons, ...both.outcome.caveats])
			expect(markdown).toContain(`- ${line}`);
	});

	it('numbers the sources with their links', () => {
		expect(markdown).toContain(
			'1. Balaguer et al. (2024). RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture. arXiv:2401.08406. <https://arxiv.org/abs/2401.08406>',
		);
		expect(markdown).toContain(
			'2. Zhang et al. (2024). RAFT: Adapting Language Model to Domain Specific RAG. arXiv:2403.10131. <https://arxiv.org/abs/2403.10131>',
		);
	});

	it('ends with the absolute permalink', () => {
		expect(markdown.trimEnd().split('\n').at(-1)).toBe(
			`Permalink: <${SITE}/decide/behaviour-gap/prompting-plateaued/enough-examples/knowledge-changes/>`,
		);
	});

	describe.each([
		// Origin without a trailing slash, as SITE_URL is usually set.
		{ siteUrl: 'https://example.org', expected: 'https://example.org/decide/not-sure/no-new-knowledge/' },
		// Origin with a trailing slash.
		{ siteUrl: 'https://example.org/', expected: 'https://example.org/decide/not-sure/no-new-knowledge/' },
		// Site served under a base path: the permalink stays under it.
		{
			siteUrl: 'https://example.org/docs',
			expected: 'https://example.org/docs/decide/not-sure/no-new-knowledge/',
		},
		// A URL object works as well as a string.
		{
			siteUrl: new URL('http://localhost:4321'),
			expected: 'http://localhost:4321/decide/not-sure/no-new-knowledge/',
		},
	])('with site URL $siteUrl', ({ siteUrl, expected }) => {
		it('makes the permalink absolute', () => {
			const text = pathToMarkdown(completePath(['not-sure', 'no-new-knowledge']), graph, {
				siteUrl,
				references,
			});
			expect(text).toContain(`Permalink: <${expected}>`);
		});
	});

	describe.each(graph.outcomes.map((outcome) => ({ id: outcome.id })))('for a path to $id', ({ id }) => {
		it('links every source of the outcome from the site reference list', () => {
			const path = enumeratePaths(graph).find((candidate) => candidate.outcome.id === id);
			if (!path) throw new Error(`no path reaches ${id}`);
			const text = pathToMarkdown(path, graph, { siteUrl: SITE, references: siteReferences });
			expect(text).not.toContain('not in the reference list');
			for (const source of path.outcome.sources) {
				const entry = siteReferences.find((candidate) => candidate.id === source);
				expect(text, source).toContain(`${entry?.title}`);
				expect(text, source).toContain(`<${entry?.url}>`);
			}
		});
	});

	it('names a source missing from the reference list instead of dropping it', () => {
		const text = pathToMarkdown(both, graph, { siteUrl: SITE, references: [] });
		expect(text).toContain('1. balaguer-2024 (not in the reference list)');
	});

	it('escapes Markdown in text from the graph', () => {
		const outcome = { ...both.outcome, reasons: ['Costs *drop* with [LoRA]_adapters_.'] };
		const text = pathToMarkdown({ ...both, outcome }, graph, { siteUrl: SITE, references });
		expect(text).toContain('- Costs \\*drop\\* with \\[LoRA\\]\\_adapters\\_.');
	});
});
