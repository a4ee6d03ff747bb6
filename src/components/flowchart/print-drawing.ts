import { drawingFontSubset } from '../../lib/decision/drawing-font';
import { drawingSvg, PRINT_PALETTE } from '../../lib/decision/drawing-svg';
import { pathHighlight } from '../../lib/decision/navigation';
import type { ReachedPath } from '../../lib/decision/paths';
import type { DecisionGraph } from '../../lib/decision/schema';
import { drawingCharacters, type DrawingData } from './load-flowchart';

let fontFaces: Promise<string> | undefined;

/** `@font-face` rules with both weights of the drawing's font inline, cut to its characters; made once per build. */
function embeddedFontFaces(drawing: DrawingData): Promise<string> {
	fontFaces ??= Promise.all(
		(['normal', 'bold'] as const).map(async (weight) => {
			const font = await drawingFontSubset(weight, drawingCharacters(drawing.layouts));
			const data = Buffer.from(font).toString('base64');
			return `@font-face{font-family:"Flowchart DejaVu Sans";font-weight:${weight === 'bold' ? 700 : 400};src:url(data:font/woff2;base64,${data}) format("woff2")}`;
		}),
	).then((rules) => rules.join(''));
	return fontFaces;
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

/** The drawing a path page prints, narrowest layout (it fits a page), the path highlighted, fonts embedded. */
export async function printDrawingSvg(
	graph: DecisionGraph,
	path: ReachedPath,
	drawing: DrawingData,
): Promise<string> {
	const [layout] = drawing.layouts;
	if (!layout) throw new Error('the drawing has no layout');
	return drawingSvg(layout, pathHighlight(path), {
		palette: PRINT_PALETTE,
		fontFamily: '"Flowchart DejaVu Sans", "DejaVu Sans", sans-serif',
		fontFaceCss: await embeddedFontFaces(drawing),
		title: `The “${graph.title}” flowchart, rules of ${graph.version}`,
		caption: `The “${graph.title}” flowchart, rules of ${graph.version}: this page's path is drawn in bold.`,
		description: printDrawingAlt(path),
	});
}
