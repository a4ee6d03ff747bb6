import { drawingFontSubset } from '../../lib/decision/drawing-font';
import type { TextWeight } from '../../lib/decision/text-measure';
import { drawingCharacters, loadDrawing } from './load-flowchart';

/** One weight of the drawing's web font, cut down to the characters the drawing sets. */
export async function drawingFontResponse(weight: TextWeight): Promise<Response> {
	const { layouts } = await loadDrawing();
	const font = await drawingFontSubset(weight, drawingCharacters(layouts));
	return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
}
