/**
 * The embeddable views: a decision path's verdict and the calculator, each without the site around it, for
 * readers who put them inside a wiki page or a design document. Any site may frame them (see http-headers.ts);
 * every other page refuses to be framed.
 */
import { CALCULATOR_PATH } from '../calculator/link';

/** Pages under this path are the embeddable views; any site may frame them. */
export const EMBED_SECTION = '/embed/';

/** The calculator's embeddable view; it takes the same URL keys as the full page. */
export const CALCULATOR_EMBED = `${EMBED_SECTION}calculator/`;

/**
 * Height of the calculator's view in the snippet written into the page, before a browser measures the real one:
 * the default inputs as Chromium lays them out in a 640 px frame, rounded up. The view grows when a reader opens
 * a folded group inside it, so a measured height replaces this as soon as the offer is opened.
 */
export const CALCULATOR_EMBED_HEIGHT = 5100;

const DECISION_PAGES = '/decide/';

/**
 * The embeddable view of a full page, or null when the page has none: `/decide/a/b/` → `/embed/decide/a/b/`,
 * the calculator → `/embed/calculator/`. The query string, which carries the calculator's state, is kept.
 */
export function embedPathOf(page: string): string | null {
	const [path = '', query] = splitQuery(page);
	let embed: string | null = null;
	if (path === CALCULATOR_PATH) embed = CALCULATOR_EMBED;
	else if (path.startsWith(DECISION_PAGES) && path !== DECISION_PAGES)
		embed = `${EMBED_SECTION.slice(0, -1)}${path}`;
	return embed === null ? null : joinQuery(embed, query);
}

/** The full page an embeddable view links back to, with the same query; null for a path that is no view. */
export function fullPathOf(embed: string): string | null {
	const [path = '', query] = splitQuery(embed);
	let page: string | null = null;
	if (path === CALCULATOR_EMBED) page = CALCULATOR_PATH;
	else if (path.startsWith(`${EMBED_SECTION}decide/`) && path !== `${EMBED_SECTION}decide/`)
		page = path.slice(EMBED_SECTION.length - 1);
	return page === null ? null : joinQuery(page, query);
}

function splitQuery(url: string): [string, string | undefined] {
	const at = url.indexOf('?');
	return at === -1 ? [url, undefined] : [url.slice(0, at), url.slice(at + 1)];
}

function joinQuery(path: string, query: string | undefined): string {
	return query === undefined || query === '' ? path : `${path}?${query}`;
}

/** What an `<iframe>` snippet needs. */
export interface IframeSnippet {
	/** Absolute URL of the embeddable view. */
	src: string;
	/** Accessible name of the frame. */
	title: string;
	/** Height in CSS pixels that shows the whole view at a document's usual width. */
	height: number;
}

function attribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The HTML a reader pastes into a page that accepts it: full width, the given height, no border, loaded when
 * scrolled near, and allowed to write to the clipboard so the view's own Copy buttons work inside the frame.
 */
export function iframeSnippet({ src, title, height }: IframeSnippet): string {
	return (
		`<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.ceil(height)}" ` +
		`style="border: 0; max-width: 100%" loading="lazy" allow="clipboard-write"></iframe>`
	);
}

/** Rough line count of a text at a given number of characters a line; at least one line. */
function lines(text: string, charactersPerLine: number): number {
	return Math.max(1, Math.ceil(text.length / charactersPerLine));
}

/**
 * Height of a verdict view for the snippet written into the page, before a browser measures the real one: the
 * frame's fixed parts plus the verdict and each question and answer at the widths a 640 px frame fits (72
 * characters a line of questions, 60 of bold answers). Errs tall, since a frame with spare room looks better
 * than one that scrolls; an e2e test checks it against every view as Chromium lays it out.
 */
export function verdictEmbedHeight(
	verdict: string,
	steps: readonly { question: string; answer: string }[],
): number {
	const FIXED = 216; // the site name, the heading, the link back and the padding around them
	const LINE = 24;
	const verdictLines = lines(verdict, 70);
	// Answers are set in bold, which takes more room a character.
	const stepLines = steps.reduce((sum, step) => sum + lines(step.question, 72) + lines(step.answer, 60), 0);
	return FIXED + LINE * (verdictLines + stepLines) + 8 * steps.length;
}
