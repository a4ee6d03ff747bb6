import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { decisionLlmsSection, pathPageMarkdown, pathToMarkdown } from '../../src/lib/decision/markdown';
import { enumeratePaths, pathPrefixes, resolvePath, type DecisionPath } from '../../src/lib/decision/paths';
import { pathVerdict } from '../../src/lib/decision/verdict';
import { parseReferences, type Reference } from '../../src/lib/references';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const references: Reference[] = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8')));
const SITE = 'https://rag-or-fine-tuning.example';

function completePath(slugs: string[]): DecisionPath {
	const path = resolvePath(graph, slugs);
	if (path?.kind !== 'complete') throw new Error(`${slugs.join('/')} is not a complete path`);
	return path;
}

const both = completePath([
	'behaviour-gap',
	'beyond-schema',
	'prompting-plateaued',
	'enough-examples',
	'knowledge-changes',
]);
const markdown = pathToMarkdown(both, graph, { siteUrl: SITE, references });

describe('pathToMarkdown (Copy for proposal)', () => {
	it('is headed by the verdict title and names the rules’ version', () => {
		const [heading, , version] = markdown.split('\n');
		expect(heading).toBe('## Decision: Fine-tuned model plus retrieval');
		expect(version).toBe('Reached with the “RAG or fine-tuning?” flowchart, rules of 2026-11-28.');
	});

	it('lists every question and the answer taken, in order', () => {
		const positions = both.steps.flatMap(({ question, answer }) => [
			markdown.indexOf(`**${question.question}**`),
			markdown.indexOf(`*${answer.label}.* ${answer.reason}`),
		]);
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('gives the verdict and exactly the reasons and caveats the path shows, with numbered citations', () => {
		const verdict = pathVerdict(both);
		expect(markdown).toContain(`**Verdict:** ${both.outcome.verdict}`);
		// The agriculture study is the first source this path cites.
		expect(markdown).toContain(
			'- In an agriculture case study, fine-tuning and retrieval each added accuracy and the gains added up; there the fine-tuning was on question-answer pairs drawn from the documents, so it added domain facts as well as behaviour. [1]',
		);
		const bullets = markdown.split('\n').filter((line) => line.startsWith('- ') && !line.startsWith('- ['));
		expect(bullets).toHaveLength(verdict.reasons.length + verdict.caveats.length);
		// A sentence for another path stays out.
		expect(markdown).not.toContain('Access varies by user');
	});

	it('numbers the sources with their links and the date they were read', () => {
		expect(markdown).toMatch(
			/^1\. Balaguer, .* \(2024\)\. RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture\. arXiv:2401\.08406\. <https:\/\/arxiv\.org\/abs\/2401\.08406>, as read on 2026-11-28\.$/m,
		);
	});

	it('makes next-step links absolute, the calculator primed', () => {
		expect(markdown).toContain(
			`- [Compare the running cost of both against either alone](${SITE}/guide/cost-calculator/?s=2026-11-28&p=lora-dedicated&v=1000000&ra=1&rb=1&rc=1)`,
		);
	});

	it('ends with the absolute permalink', () => {
		expect(markdown.trimEnd().split('\n').at(-1)).toBe(`Permalink: <${SITE}${both.permalink}>`);
	});

	it('escapes Markdown in the data', () => {
		const tricky = structuredClone(both);
		Object.assign(tricky.outcome, { title: 'A *bold* [link](x) <b>' });
		expect(pathToMarkdown(tricky, graph, { siteUrl: SITE, references })).toContain(
			'## Decision: A \\*bold\\* \\[link\\](x) \\<b\\>',
		);
	});
});

describe('pathPageMarkdown (the .md copy of a page)', () => {
	it('titles a verdict page as its HTML page is titled, with its description', () => {
		const page = pathPageMarkdown(both, graph, { siteUrl: SITE, references });
		expect(page.split('\n').slice(0, 3)).toEqual([
			'# Verdict: Fine-tuned model plus retrieval',
			'',
			expect.stringMatching(/^> Fine-tune a model for the task's behaviour/),
		]);
		expect(page).toContain('## How we got here');
		expect(page).toContain('rules of 2026-11-28');
	});

	it('gives an unfinished path its question and each answer with a link to the next copy', () => {
		const path = resolvePath(graph, ['behaviour-fine']);
		if (!path) throw new Error('no path');
		const page = pathPageMarkdown(path, graph, { siteUrl: SITE, references });
		expect(page).toMatch(/^# Question 2: Do the answers depend on facts the model does not have\?\n/);
		expect(page).toContain(`- [Yes, and they change](${SITE}/decide/behaviour-fine/knowledge-changes.md): `);
		expect(page).toContain('## Your answers so far');
	});
});

describe('decisionLlmsSection', () => {
	const section = decisionLlmsSection(graph, SITE);

	it('lists every path page’s copy once: the start, then verdicts, then unfinished paths', () => {
		expect(section.pages).toHaveLength(pathPrefixes(graph).length);
		expect(section.pages[0]?.url).toBe(`${SITE}/decide.md`);
		expect(section.pages[1]?.url).toBe(`${SITE}${enumeratePaths(graph)[0]?.permalink.slice(0, -1)}.md`);
	});

	it('names each verdict with the answers that lead to it', () => {
		expect(section.pages.map((page) => page.title)).toContain(
			'Verdict: Retrieval (RAG) (No, it behaves as we need → Yes, and access varies by user)',
		);
	});
});
