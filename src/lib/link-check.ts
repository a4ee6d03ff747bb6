import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

/** What one built page offers to links (its ids) and asks of other pages (its hrefs). */
export interface PageLinks {
	ids: Set<string>;
	hrefs: string[];
}

/** Collect the element ids and `<a href>` values of one HTML document. */
export function extractLinks(html: string): PageLinks {
	const page: PageLinks = { ids: new Set(), hrefs: [] };
	visit(fromHtml(html), 'element', (element: Element) => {
		const id = element.properties['id'];
		if (typeof id === 'string') page.ids.add(id);
		const href = element.properties['href'];
		if (element.tagName === 'a' && typeof href === 'string') page.hrefs.push(href);
	});
	return page;
}

/**
 * Every internal link of the site that points at no page, or at an `#anchor` its page lacks.
 * `pages` maps URL paths (`/guide/x/`) to their links; `files` holds other built files (`/favicon.svg`).
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>): string[] {
	const origin = 'https://site.invalid';
	const broken: string[] = [];
	for (const [path, page] of pages) {
		for (const href of new Set(page.hrefs)) {
			const url = new URL(href, origin + path);
			if (url.origin !== origin) continue;
			const target = pages.get(url.pathname);
			if (!target) {
				if (!files.has(url.pathname)) broken.push(`${path} links to ${url.pathname}, which does not exist`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && !target.ids.has(anchor))
				broken.push(`${path} links to ${url.pathname}#${anchor}, which has no such anchor`);
		}
	}
	return broken;
}
