import { drawingFontSubset } from '../../lib/decision/drawing-font';
import {
	drawingSvg,
	PRINT_PALETTE,
	svgTextCharacters,
	type DrawingSvgOptions,
} from '../../lib/decision/drawing-svg';
import type { GraphLayout } from '../../lib/decision/graph-layout';
import { pathHighlight } from '../../lib/decision/navigation';
import type { ReachedPath } from '../../lib/decision/paths';
import type { DecisionGraph } from '../../lib/decision/schema';

const fontFaces = new Map<string, Promise<string>>();

/** `@font-face` rules with both weights of the drawing's font inline, cut to `characters`; made once per set. */
function embeddedFontFaces(characters: string): Promise<string> {
	let rules = fontFaces.get(characters);
	if (!rules) {
		rules = Promise.all(
			(['normal', 'bold'] as const).map(async (weight) => {
				const data = Buffer.from(await drawingFontSubset(weight, characters)).toString('base64');
				return `@font-face{font-family:"Flowchart DejaVu Sans";font-weight:${weight === 'bold' ? 700 : 400};src:url(data:font/woff2;base64,${data}) format("woff2")}`;
			}),
		).then((faces) => faces.join(''));
		fontFaces.set(characters, rules);
	}
	return rules;
}

/** Text alternative of the printed drawing: what it shows and the path it highlights. */
export function printDrawingAlt(path: ReachedPath): string {
	const steps = path.steps.map((step) => `${step.question.question} ${step.answer.label}`).join('; ');
	const end =
		path.kind === 'complete' ? `the verdict ${path.outcome.title}` : `the question ${path.question.question}`;
	return steps === ''
		? `The whole decision flowchart, starting at ${end}.`
		: `The whole decision flowchart, with this path drawn in bold: ${steps}; then ${end}.`;
}

/**
 * The drawing a path page prints: the narrowest layout (it fits a page), the path highlighted, a caption, and
 * its fonts inside, cut to the characters it sets, since a browser showing an SVG as an image fetches nothing.
 */
export async function printDrawingSvg(
	graph: DecisionGraph,
	path: ReachedPath,
	layout: GraphLayout,
): Promise<string> {
	const options: DrawingSvgOptions = {
		palette: PRINT_PALETTE,
		fontFamily: '"Flowchart DejaVu Sans", "DejaVu Sans", sans-serif',
		title: `The “${graph.title}” flowchart, rules of ${graph.version}`,
		description: printDrawingAlt(path),
		caption: `The “${graph.title}” flowchart, rules of ${graph.version}: this page's path is drawn in bold.`,
	};
	const highlight = pathHighlight(path);
	const characters = svgTextCharacters(drawingSvg(layout, highlight, options));
	return drawingSvg(layout, highlight, { ...options, fontFaceCss: await embeddedFontFaces(characters) });
}
