import type { APIRoute } from 'astro';
import drawingCss from '../../components/flowchart/drawing.css?raw';

/**
 * The drawing's styles, served as a file of their own that the page links only when a reader opens the drawing:
 * imported by the island, Astro would inline them into every flowchart page's first load.
 */
export const GET: APIRoute = () =>
	new Response(drawingCss, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
