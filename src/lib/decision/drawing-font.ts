import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as harfbuzz from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { TextMeasure, TextWeight } from './text-measure';

// Build-time only: the drawing, its print copy and the preview images are all set in DejaVu Sans from the npm
// package, never a system font, so the widths the layout measures are the widths every renderer draws.

/** Family name the drawing's text asks for; the browser gets it as a web font, resvg from the files. */
export const DRAWING_FONT_FAMILY = 'DejaVu Sans';

const require = createRequire(import.meta.url);

/** Paths of the TrueType files of each weight. */
export const DRAWING_FONT_FILES: Record<TextWeight, string> = {
	normal: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
	bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

interface ShapingFont {
	font: harfbuzz.Font;
	upem: number;
}

function openFont(file: string): ShapingFont {
	const face = new harfbuzz.Face(new harfbuzz.Blob(readFileSync(file)));
	return { font: new harfbuzz.Font(face), upem: face.upem };
}

function advance({ font, upem }: ShapingFont, buffer: harfbuzz.Buffer, text: string): number {
	buffer.reset();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	harfbuzz.shape(font, buffer);
	return buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0) / upem;
}

let measure: TextMeasure | undefined;

/**
 * Text widths shaped by HarfBuzz with the drawing's font, kerning included, as Chromium and resvg shape it;
 * results are cached, since wrapping measures the same words many times.
 */
export function drawingTextMeasure(): TextMeasure {
	if (measure) return measure;
	const fonts = { normal: openFont(DRAWING_FONT_FILES.normal), bold: openFont(DRAWING_FONT_FILES.bold) };
	const buffer = new harfbuzz.Buffer();
	const cache = new Map<string, number>();
	const { ascender, descender } = fonts.normal.font.hExtents();
	measure = {
		width(text, fontSize, weight) {
			const key = `${weight}\u0000${text}`;
			let em = cache.get(key);
			if (em === undefined) {
				em = advance(fonts[weight], buffer, text);
				cache.set(key, em);
			}
			return em * fontSize;
		},
		// hExtents are in font units at the default scale (units per em).
		ascent: ascender / fonts.normal.upem,
		descent: -descender / fonts.normal.upem,
	};
	return measure;
}

/** The drawing's font of one weight as WOFF2, cut down to the characters of `text`. */
export async function drawingFontSubset(weight: TextWeight, text: string): Promise<Uint8Array> {
	const characters = [...new Set(text)].join('');
	return subsetFont(readFileSync(DRAWING_FONT_FILES[weight]), characters, { targetFormat: 'woff2' });
}
