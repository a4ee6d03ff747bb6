import type { GraphLayout } from '../../lib/decision/graph-layout';
import type { PublishedGraph } from '../../lib/decision/graph-json';
import { DRAWING_FONT_URLS, DRAWING_WEB_FONT } from '../../lib/decision/slugs';

/** The graph as published for tools; the flowchart in the browser reads the same file. */
const GRAPH_URL = '/decide/graph.json';

/** The drawing's layouts, narrowest first, computed at build time so the browser never runs the layout library. */
const LAYOUT_URL = '/decide/graph-layout.json';

const pending = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return response.json();
}

// One request per file per page; a failed one is forgotten so that trying again fetches it again.
function once(url: string): Promise<unknown> {
	const existing = pending.get(url);
	if (existing) return existing;
	const request = fetchJson(url).catch((error: unknown) => {
		pending.delete(url);
		throw error;
	});
	pending.set(url, request);
	return request;
}

/** The published graph, fetched once per page. */
export function fetchPublishedGraph(): Promise<PublishedGraph> {
	return once(GRAPH_URL) as Promise<PublishedGraph>;
}

/** The drawing's layouts, narrowest first, fetched once per page. */
export function fetchLayouts(): Promise<GraphLayout[]> {
	return once(LAYOUT_URL) as Promise<GraphLayout[]>;
}

/** The drawing's styles, linked only once a reader opens it (src/pages/decide/drawing.css.ts). */
const STYLES_URL = '/decide/drawing.css';

let stylesLoading: Promise<void> | undefined;

/** Link the drawing's stylesheet, once per page, resolving when it applies; a failed load may be tried again. */
export function loadDrawingStyles(): Promise<void> {
	stylesLoading ??= new Promise<void>((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = STYLES_URL;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => {
			link.remove();
			stylesLoading = undefined;
			reject(new Error(`${STYLES_URL} did not load`));
		});
		document.head.append(link);
	});
	return stylesLoading;
}

let fontsLoading: Promise<void> | undefined;

/**
 * The drawing's web fonts, DejaVu Sans in two weights: the font its layout was measured in, so text fits its
 * boxes exactly. Loaded through the FontFace API, so nothing is declared, or fetched, before the drawing is asked
 * for; a failure leaves the fallback fonts, which only changes how snugly the text fits.
 */
export function loadDrawingFonts(): Promise<void> {
	fontsLoading ??= Promise.all(
		(['normal', 'bold'] as const).map(async (weight) => {
			const face = new FontFace(DRAWING_WEB_FONT, `url(${DRAWING_FONT_URLS[weight]})`, {
				weight: weight === 'bold' ? '700' : '400',
			});
			document.fonts.add(await face.load());
		}),
	).then(
		() => undefined,
		() => undefined,
	);
	return fontsLoading;
}
