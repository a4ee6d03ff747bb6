// URL rules of the flowchart, with no imports: every other decision module and the browser code may use them.

/** Shape of every node id and answer slug: lowercase words joined by single hyphens, safe in a URL forever. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where decision paths are published: `/decide/<answer slug>/…/`. */
export const DECIDE_BASE = '/decide/';

/** Root-relative permalink of a list of answer slugs. */
export function permalinkFor(slugs: readonly string[]): string {
	return slugs.length === 0 ? DECIDE_BASE : `${DECIDE_BASE}${slugs.join('/')}/`;
}

/** Answer slugs of a `/decide/…` pathname, or null when it is not one. */
export function slugsFromPermalink(pathname: string): string[] | null {
	const base = DECIDE_BASE.slice(0, -1);
	if (pathname !== base && !pathname.startsWith(DECIDE_BASE)) return null;
	const segments = pathname
		.slice(base.length)
		.split('/')
		.filter((segment) => segment !== '');
	return segments.every((segment) => SLUG_PATTERN.test(segment)) ? segments : null;
}

/** Where the plain-Markdown copy of a path page is served: `/decide/a/b/` → `/decide/a/b.md`, `/decide/` → `/decide.md`. */
export function markdownPermalinkFor(slugs: readonly string[]): string {
	return `${permalinkFor(slugs).slice(0, -1)}.md`;
}

/** Fragment a retired path's redirect adds, so the page it lands on can show why (CSS `:target`, no script). */
export const RETIRED_FRAGMENT = 'retired-path';

/** Where a path page's preview image is served: beside the page, `/decide/a/b/preview.png`. */
export function previewImagePermalinkFor(slugs: readonly string[]): string {
	return `${permalinkFor(slugs)}preview.png`;
}

/** Where a path page's drawing for print is served: beside the page, `/decide/a/b/drawing.svg`. */
export function printDrawingPermalinkFor(slugs: readonly string[]): string {
	return `${permalinkFor(slugs)}drawing.svg`;
}

/** The drawing's web fonts; each name has a dot, which no answer slug can, so none can ever clash with a page. */
export const DRAWING_FONT_URLS = {
	normal: `${DECIDE_BASE}drawing-font.woff2`,
	bold: `${DECIDE_BASE}drawing-font-bold.woff2`,
} as const;

/** Family name the browser registers the drawing's web fonts under (flowchart.css asks for it first). */
export const DRAWING_WEB_FONT = 'Flowchart DejaVu Sans';
