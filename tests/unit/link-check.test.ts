import { describe, expect, it } from 'vitest';
import { extractLinks, findBrokenLinks, type PageLinks } from '../../src/lib/link-check';

const page = (ids: string[], hrefs: string[]): PageLinks => ({ ids: new Set(ids), hrefs });

describe('extractLinks', () => {
	it('collects element ids and anchor hrefs', () => {
		const links = extractLinks('<h2 id="why">Why</h2><a href="/guide/x/#why">x</a><link href="/style.css">');
		expect([...links.ids]).toEqual(['why']);
		// Only <a> elements are links a reader follows.
		expect(links.hrefs).toEqual(['/guide/x/#why']);
	});
});

describe('findBrokenLinks', () => {
	const pages = new Map([
		['/', page(['top'], ['/guide/a/', '/guide/a/#intro', '#top', 'https://arxiv.org/abs/1', '/favicon.svg'])],
		['/guide/a/', page(['intro'], ['../', 'b/', '/guide/a/#missing', '/gone/'])],
	]);

	it.each([
		// A page that does not exist.
		['/guide/a/ links to /gone/, which does not exist'],
		// A relative link resolved against its page.
		['/guide/a/ links to /guide/a/b/, which does not exist'],
		// An anchor its target page lacks.
		['/guide/a/ links to /guide/a/#missing, which has no such anchor'],
	])('reports %s', (problem) => {
		expect(findBrokenLinks(pages, new Set(['/favicon.svg']))).toContain(problem);
	});

	it('accepts links to pages, anchors, built files and other sites', () => {
		expect(findBrokenLinks(pages, new Set(['/favicon.svg'])).filter((p) => p.startsWith('/ '))).toEqual([]);
	});
});
