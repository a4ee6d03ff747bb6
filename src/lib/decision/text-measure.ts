/** Weight of a run of drawn text. */
export type TextWeight = 'normal' | 'bold';

/** Widths and vertical metrics of the one font the flowchart drawing is set in. */
export interface TextMeasure {
	/** Advance width of `text` at `fontSize` px, as a shaping engine (HarfBuzz, so Chromium and resvg) sets it. */
	width(text: string, fontSize: number, weight: TextWeight): number;
	/** Height above the baseline, in em, that browsers give a line box of this font. */
	ascent: number;
	/** Depth below the baseline, in em. */
	descent: number;
}

function wrapGreedy(words: readonly string[], maxWidth: number, measure: (line: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

/**
 * Wrap text at spaces into as few lines as fit `maxWidth`, then even their lengths out: the narrowest width
 * that still needs no more lines is found by bisection, so a two-line label breaks near its middle rather than
 * leaving one word alone on the second line. A word wider than `maxWidth` keeps a line of its own.
 */
export function wrapToWidth(text: string, maxWidth: number, measure: (line: string) => number): string[] {
	const words = text.split(/\s+/).filter((word) => word !== '');
	const greedy = wrapGreedy(words, maxWidth, measure);
	if (greedy.length <= 1) return greedy;
	let low = Math.max(...words.map(measure));
	let high = maxWidth;
	let best = greedy;
	// Half a pixel is finer than any visible difference; forty steps are far more than the range needs.
	for (let step = 0; step < 40 && high - low > 0.5; step++) {
		const middle = (low + high) / 2;
		const lines = wrapGreedy(words, middle, measure);
		if (lines.length <= greedy.length) {
			best = lines;
			high = middle;
		} else {
			low = middle;
		}
	}
	return best;
}
