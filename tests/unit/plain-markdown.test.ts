import { describe, expect, it } from 'vitest';
import {
	citedIds,
	llmsTxt,
	markdownPath,
	pageMarkdown,
	plainComponents,
	plainCitations,
	sectionsFromSidebar,
	sourceLine,
	type SidebarEntry,
} from '../../src/lib/plain-markdown';
import type { Reference } from '../../src/lib/references';

const reference = (id: string, title: string): Reference => ({
	id,
	title,
	authors: `Author of ${id}`,
	publisher: 'arXiv',
	year: 2024,
	url: `https://example.org/${id}`,
	accessed: '2026-11-27',
});

const references = [reference('a', 'Paper A'), reference('b', 'Paper B'), reference('c', 'Paper C')];

describe('citedIds', () => {
	it.each([
		// Reading order, repeats kept.
		['x <Cite id="b" /> y <Cite id="a" /> z <Cite id="b" />', ['b', 'a', 'b']],
		// Single quotes and no space before the slash are valid JSX too.
		["x <Cite id='c'/>", ['c']],
		// Examples inside fenced code are shown, not cited.
		['```mdx\n<Cite id="a" />\n```\nprose <Cite id="b" />', ['b']],
		// No citations.
		['plain prose', []],
	])('finds the cited ids in %j', (body, ids) => {
		expect(citedIds(body)).toEqual(ids);
	});
});

describe('plainCitations', () => {
	it('numbers markers by first appearance, reuses numbers, and appends the sources in that order', () => {
		const out = plainCitations(
			'One <Cite id="b" />. Two <Cite id="a" />. Again <Cite id="b" />.',
			references,
		);
		expect(out).toBe(
			[
				'One [1]. Two [2]. Again [1].',
				'',
				'## Sources',
				'',
				'1. Author of b (2024). [Paper B](https://example.org/b). arXiv. Read 2026-11-27.',
				'2. Author of a (2024). [Paper A](https://example.org/a). arXiv. Read 2026-11-27.',
				'',
			].join('\n'),
		);
	});

	it('leaves a page without citations as it is, with no sources heading', () => {
		expect(plainCitations('Just prose.\n\n', references)).toBe('Just prose.\n');
	});

	it('leaves fenced code untouched', () => {
		const body = '```mdx\nWrite <Cite id="zzz" /> after the claim.\n```';
		expect(plainCitations(body, references)).toBe(`${body}\n`);
	});

	it('fails on an unknown id, naming it', () => {
		expect(() => plainCitations('x <Cite id="nope" />', references)).toThrow(/"nope"/);
	});
});

describe('sourceLine', () => {
	it('gives authors, year, linked title, publisher and the date read', () => {
		expect(sourceLine(3, references[2] ?? reference('c', 'Paper C'))).toBe(
			'3. Author of c (2024). [Paper C](https://example.org/c). arXiv. Read 2026-11-27.',
		);
	});
});

describe('pageMarkdown', () => {
	it('puts the title as the only h1 and the description as a quote above the body', () => {
		const out = pageMarkdown(
			{ title: 'T', description: 'D.', body: '\nBody <Cite id="a" />.\n' },
			references,
		);
		expect(out.startsWith('# T\n\n> D.\n\nBody [1].\n\n## Sources\n\n1. ')).toBe(true);
	});
});

describe.each([
	// Articles keep their path.
	['guide/how-rag-works', '/guide/how-rag-works.md'],
	// The home page has no slug of its own.
	['index', '/index.md'],
	['', '/index.md'],
])('markdownPath(%j)', (id, path) => {
	it(`is ${path}`, () => {
		expect(markdownPath(id)).toBe(path);
	});
});

describe('sectionsFromSidebar', () => {
	const pages = new Map([
		['index', { title: 'Home', description: 'Start.' }],
		['guide/a', { title: 'A', description: 'About A.' }],
		['guide/b', { title: 'B', description: 'About B.' }],
		['guide/orphan', { title: 'Orphan', description: 'Not in the sidebar.' }],
	]);
	const sidebar: SidebarEntry[] = [
		{ label: 'Start here', link: '/' },
		{ label: 'Elsewhere', link: 'https://example.org/' },
		{
			label: 'Group',
			items: [
				{ label: 'B', slug: 'guide/b' },
				{ label: 'Nested', items: [{ label: 'A', slug: 'guide/a' }] },
			],
		},
		{ label: 'Empty', items: [{ label: 'Missing', slug: 'guide/missing' }] },
	];

	it('follows the sidebar order, skips external links and empty groups, and collects the rest', () => {
		const sections = sectionsFromSidebar(sidebar, pages, (id) => `https://x.test/${id}.md`);
		expect(sections.map((section) => [section.label, section.pages.map((page) => page.title)])).toEqual([
			['Start', ['Home']],
			['Group', ['B', 'A']],
			['Other pages', ['Orphan']],
		]);
		expect(sections[1]?.pages[0]).toEqual({
			title: 'B',
			description: 'About B.',
			url: 'https://x.test/guide/b.md',
		});
	});
});

describe('llmsTxt', () => {
	it('writes the title, the summary quote, details, then one link list per section', () => {
		const out = llmsTxt('Site', 'What it is.', 'More.', [
			{ label: 'Docs', pages: [{ title: 'A', description: 'About A.', url: 'https://x.test/a.md' }] },
			{ label: 'Nothing', pages: [] },
		]);
		expect(out).toBe('# Site\n\n> What it is.\n\nMore.\n\n## Docs\n\n- [A](https://x.test/a.md): About A.\n');
	});
});

describe('plainComponents', () => {
	const components = {
		Figures: ({ link = '', caption = '' }: Readonly<Record<string, string>>) => `**${caption}** (${link})`,
	};

	it.each([
		// A one-line component.
		[
			'before\n\n<Figures link="/x/?a=1&b=2" caption="Cap" />\n\nafter',
			'before\n\n**Cap** (/x/?a=1&b=2)\n\nafter',
		],
		// Attributes on their own lines, as Prettier writes long elements, in single quotes too.
		['<Figures\n\tlink=\'/y/\'\n\tcaption="Two words"\n/>', '**Two words** (/y/)'],
		// Imports disappear, leaving one blank line at most.
		["import Figures from '../Figures.astro';\n\n\n## Heading", '\n\n## Heading'],
		// A citation on a line of its own is left for plainCitations.
		['<Cite id="a" />', '<Cite id="a" />'],
		// A component inside a sentence is not a block: left alone.
		['See <Figures link="/z/" /> here.', 'See <Figures link="/z/" /> here.'],
	])('renders %j', (text, expected) => {
		expect(plainComponents(text, components)).toBe(expected);
	});

	it('fails on a component it has no rendering for', () => {
		expect(() => plainComponents('<Chart data="x" />', components)).toThrow(/<Chart \/>/);
	});

	it('works through pageMarkdown, with citations numbered after the component', () => {
		const out = pageMarkdown(
			{
				title: 'T',
				description: 'D.',
				body: 'import Figures from \'./F.astro\';\n\n<Figures link="/f/" caption="C" />\n\nClaim <Cite id="c" />.',
			},
			references,
			components,
		);
		expect(out).toContain('> D.\n\n**C** (/f/)\n\nClaim [1].');
	});
});
