import { drawingSvg, type DrawingPalette } from './drawing-svg';
import { escapeXml } from './escape-xml';
import type { GraphLayout } from './graph-layout';
import { pathTitle, type PathHighlight } from './navigation';
import type { ReachedPath } from './paths';
import type { DecisionGraph } from './schema';
import { wrapToWidth, type TextMeasure, type TextWeight } from './text-measure';

/** Size chat tools and social sites expect of a large preview image. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Font family the SVG asks for; the renderer must be given DejaVu Sans and DejaVu Sans Bold. */
export const OG_FONT_FAMILY = 'DejaVu Sans';

/** URL of the preview image of a verdict alone, as pages linked it before each path had its own. */
export function ogImagePath(outcomeId: string): string {
	return `/decide/og/${outcomeId}.png`;
}

/** What a preview image says. */
export interface PreviewContent {
	/** The site's name, written small at the top. */
	siteTitle: string;
	/** What the image shows and under which rules, next to the site's name. */
	kicker: string;
	/** The verdict or the question waiting, written large. */
	heading: string;
	/** The verdict in one sentence, for a complete path; what the flowchart is for, on its start page. */
	verdict: string | null;
	/** The answers given on the way, each with its question. */
	answers: { question: string; answer: string }[];
}

/** What the start page's preview says under its heading. */
const START_SUMMARY =
	'Answer a few questions about your system to find out what fits it: retrieval, fine-tuning, both, or a fix without either.';

/** What the preview image of a path page says: its verdict or question, and the answers that led there. */
export function previewContent(graph: DecisionGraph, path: ReachedPath): PreviewContent {
	return {
		siteTitle: graph.title,
		kicker: `Decision flowchart, rules of ${graph.version}`,
		heading: pathTitle(path),
		verdict: path.kind === 'complete' ? path.outcome.verdict : path.steps.length === 0 ? START_SUMMARY : null,
		answers: path.steps.map((step) => ({ question: step.question.question, answer: step.answer.label })),
	};
}

/** Alternative text of a preview image: everything it says, in reading order. */
export function previewAlt(content: PreviewContent): string {
	const answers = content.answers.map((step) => step.answer).join('; ');
	const verdict = content.verdict ? ` ${content.verdict}` : '';
	return `${content.siteTitle} ${content.heading}.${verdict}${answers ? ` Answers given: ${answers}.` : ''}`;
}

/** The drawing on a preview image's dark card: lines and boxes only, the text too small to read there. */
export const PREVIEW_DRAWING_PALETTE: DrawingPalette = {
	background: '#17181c',
	questionFill: '#23252b',
	outcomeFill: '#30333b',
	border: '#8b909a',
	text: '#ffffff',
	edge: '#70757f',
	label: '#c8cad0',
	path: '#8ab4f8',
	pathFill: '#2c3e6b',
	pathText: '#ffffff',
};

const COLOURS = {
	background: '#17181c',
	accent: '#8ab4f8',
	muted: '#b4b8c1',
	heading: '#ffffff',
	body: '#e6e7ea',
};

const MARGIN = 64;
const TOP = 40;
const BOTTOM = 44;
/** Height the text may take: the image less its top and bottom margins. */
export const PREVIEW_TEXT_HEIGHT = OG_IMAGE_SIZE.height - TOP - BOTTOM;
/** Space between the text and the drawing. */
const GUTTER = 48;

/** One run of text to draw: its lines, font and colour, and the space it takes. */
export interface TextBlock {
	lines: string[];
	size: number;
	weight: TextWeight;
	colour: string;
	/** Distance between baselines. */
	leading: number;
	/** Space above the block. */
	before: number;
	/** Indent of the block from the text column's left edge. */
	indent: number;
	/** Text drawn at the left of the first line, outside the indent (an answer's number). */
	marker?: string;
}

/** What a preview image holds, as {@link planPreview} chose it. */
export interface PreviewPlan {
	blocks: TextBlock[];
	withDrawing: boolean;
	/** Width of the text column. */
	width: number;
}

/** Height a block takes, the space above it included. */
export function blockHeight(block: TextBlock): number {
	return block.before + block.lines.length * block.leading;
}

function clamp(lines: string[], max: number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1] ?? ''} …`;
	return kept;
}

function planText(
	content: PreviewContent,
	measure: TextMeasure,
	width: number,
	detailed: boolean,
	withVerdict: boolean,
): TextBlock[] {
	const wrap = (text: string, size: number, weight: TextWeight, indent = 0) =>
		wrapToWidth(text, width - indent, (line) => measure.width(line, size, weight));
	// The largest size at which the whole heading takes at most three lines.
	const sizes = content.verdict === null ? [40, 36, 32, 28] : [52, 46, 40];
	const headingSize =
		sizes.find((size) => wrap(content.heading, size, 'bold').length <= 3) ?? sizes.at(-1) ?? 28;
	const blocks: TextBlock[] = [
		{
			lines: [content.siteTitle],
			size: 28,
			weight: 'bold',
			colour: COLOURS.accent,
			leading: 34,
			before: 0,
			indent: 0,
		},
		{
			lines: wrap(content.kicker, 22, 'normal'),
			size: 22,
			weight: 'normal',
			colour: COLOURS.muted,
			leading: 28,
			before: 0,
			indent: 0,
		},
		{
			lines: clamp(wrap(content.heading, headingSize, 'bold'), 3),
			size: headingSize,
			weight: 'bold',
			colour: COLOURS.heading,
			leading: headingSize * 1.15,
			before: 26,
			indent: 0,
		},
	];
	// The verdict's sentence is shown whole or not at all: the heading already names the verdict.
	const verdict = withVerdict && content.verdict ? wrap(content.verdict, 24, 'normal') : [];
	if (verdict.length > 0 && verdict.length <= 4)
		blocks.push({
			lines: verdict,
			size: 24,
			weight: 'normal',
			colour: COLOURS.body,
			leading: 31,
			before: 10,
			indent: 0,
		});
	content.answers.forEach((step, index) => {
		const indent = 40;
		if (detailed)
			blocks.push({
				lines: wrap(step.question, 18, 'normal', indent),
				size: 18,
				weight: 'normal',
				colour: COLOURS.muted,
				leading: 23,
				before: index === 0 ? 22 : 8,
				indent,
			});
		blocks.push({
			lines: wrap(step.answer, 22, 'bold', indent),
			size: 22,
			weight: 'bold',
			colour: COLOURS.heading,
			leading: 27,
			before: detailed ? 0 : index === 0 ? 22 : 6,
			indent,
			marker: `${index + 1}`,
		});
	});
	return blocks;
}

/**
 * Choose what the image holds: the drawing beside the text where the text still fits beside it, each answer's
 * question where there is room, the verdict's sentence where there is room; the heading and the answers always.
 */
export function planPreview(
	content: PreviewContent,
	measure: TextMeasure,
	drawingWidth: number | null,
): PreviewPlan {
	const room = PREVIEW_TEXT_HEIGHT;
	const options: [boolean, boolean, boolean][] = [];
	for (const withDrawing of drawingWidth === null ? [false] : [true, false])
		for (const [detailed, withVerdict] of [
			[true, true],
			[false, true],
			[true, false],
			[false, false],
		] as const)
			options.push([withDrawing, detailed, withVerdict]);
	for (const [withDrawing, detailed, withVerdict] of options) {
		const width =
			OG_IMAGE_SIZE.width - 2 * MARGIN - (withDrawing ? (drawingWidth ?? 0) + GUTTER - MARGIN + TOP : 0);
		const blocks = planText(content, measure, width, detailed, withVerdict);
		if (blocks.reduce((sum, block) => sum + blockHeight(block), 0) <= room)
			return { blocks, withDrawing, width };
	}
	const width = OG_IMAGE_SIZE.width - 2 * MARGIN;
	return { blocks: planText(content, measure, width, false, false), withDrawing: false, width };
}

/** The drawing, scaled to the image's height, for {@link previewImageSvg}. */
export interface PreviewDrawing {
	layout: GraphLayout;
	highlight: PathHighlight;
}

/** Width the drawing takes on the image, scaled to fit between the top and bottom margins. */
export function previewDrawingWidth(layout: GraphLayout): number {
	return (layout.width * (OG_IMAGE_SIZE.height - 2 * TOP)) / layout.height;
}

/** The SVG drawn into a path's 1200×630 preview image: verdict or question, answers, and the drawing where it fits. */
export function previewImageSvg(
	content: PreviewContent,
	measure: TextMeasure,
	drawing: PreviewDrawing | null,
): string {
	const { width, height } = OG_IMAGE_SIZE;
	const drawingWidth = drawing ? previewDrawingWidth(drawing.layout) : null;
	const plan = planPreview(content, measure, drawingWidth);
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
		`<rect x="0" y="0" width="12" height="${height}" fill="${COLOURS.accent}"/>`,
	];
	let y = TOP;
	for (const block of plan.blocks) {
		y += block.before;
		const x = MARGIN + block.indent;
		const spans = block.lines
			.map(
				(line, index) =>
					`<tspan x="${x}" y="${Math.round(y + block.size + index * block.leading)}">${escapeXml(line)}</tspan>`,
			)
			.join('');
		const weight = block.weight === 'bold' ? ' font-weight="bold"' : '';
		parts.push(
			`<text font-family="${OG_FONT_FAMILY}" font-size="${block.size}" fill="${block.colour}"${weight}>${spans}</text>`,
		);
		if (block.marker)
			parts.push(
				`<text font-family="${OG_FONT_FAMILY}" font-size="${block.size}" font-weight="bold" fill="${COLOURS.accent}"><tspan x="${MARGIN}" y="${Math.round(y + block.size)}">${block.marker}</tspan></text>`,
			);
		y += block.lines.length * block.leading;
	}
	if (drawing && plan.withDrawing && drawingWidth !== null) {
		parts.push(
			drawingSvg(drawing.layout, drawing.highlight, {
				palette: PREVIEW_DRAWING_PALETTE,
				fontFamily: OG_FONT_FAMILY,
				withoutText: true,
				lineScale: 2.2,
				frame: {
					x: Math.round(width - TOP - drawingWidth),
					y: TOP,
					width: Math.round(drawingWidth),
					height: height - 2 * TOP,
				},
			}),
		);
	}
	parts.push('</svg>');
	return parts.join('');
}
