import { Resvg } from '@resvg/resvg-js';
import { DRAWING_FONT_FAMILY, DRAWING_FONT_FILES } from '../../lib/decision/drawing-font';

/** Rasterise an SVG at build time with resvg, with the drawing's fonts from npm and never a system font. */
export function renderPng(svg: string): Response {
	const png = new Resvg(svg, {
		font: {
			fontFiles: Object.values(DRAWING_FONT_FILES),
			loadSystemFonts: false,
			defaultFontFamily: DRAWING_FONT_FAMILY,
		},
	})
		.render()
		.asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
