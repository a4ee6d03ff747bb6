import { curvePathData } from './curve';
import { escapeXml } from './escape-xml';
import type { EdgeRoute, GraphLayout, NodeBox } from './graph-layout';
import { answerKey, type PathHighlight } from './navigation';

/** Colours of a static drawing (print copy, preview image), which has no page theme to follow. */
export interface DrawingPalette {
	background: string;
	/** Questions' fill and border. */
	questionFill: string;
	/** Verdicts' fill. */
	outcomeFill: string;
	border: string;
	text: string;
	edge: string;
	label: string;
	/** The reader's path: lines, borders and the text of its answers. */
	path: string;
	/** Fill of the boxes on the reader's path. */
	pathFill: string;
	/** Text on the reader's path. */
	pathText: string;
}

/**
 * Starlight's light theme, which the site prints in: each pair used for text passes 4.5:1, each line and
 * border 3:1 against its background (tests/unit/drawing-svg.test.ts checks).
 */
export const PRINT_PALETTE: DrawingPalette = {
	background: '#ffffff',
	questionFill: '#ffffff',
	outcomeFill: '#eef0f4',
	border: '#575c66',
	text: '#17181c',
	edge: '#6e737d',
	label: '#353a45',
	path: '#2f45d8',
	pathFill: '#dfe3fd',
	pathText: '#10206e',
};

/** Whether the reader's path takes an edge: any of its answers was given at its question. */
export function edgeTaken(edge: EdgeRoute, highlight: PathHighlight): boolean {
	return edge.answers.some((slug) => highlight.answers.has(answerKey(edge.from, slug)));
}

/** Corner radius of a node's box: verdicts are rounder, so they read as ends. */
export function nodeCornerRadius(node: NodeBox): number {
	return node.kind === 'outcome' ? 14 : 5;
}

/** Nodes in reading order, rank by rank and left to right: the order keyboard focus moves through them. */
export function readingOrder(nodes: readonly NodeBox[]): NodeBox[] {
	return [...nodes].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
}

/** Edges with the taken ones last, so the reader's path is drawn over every line it crosses. */
export function drawingOrder(edges: readonly EdgeRoute[], highlight: PathHighlight): EdgeRoute[] {
	return [...edges].sort((a, b) => Number(edgeTaken(a, highlight)) - Number(edgeTaken(b, highlight)));
}

/** Height of the band a caption takes above the drawing. */
const CAPTION_BAND = 30;

/** Options of {@link drawingSvg}. */
export interface DrawingSvgOptions {
	palette: DrawingPalette;
	/** Font family list the text asks for. */
	fontFamily: string;
	/** CSS with `@font-face` rules to embed, for renderers that read it (browsers showing the SVG as an image). */
	fontFaceCss?: string;
	/** Title and description for assistive technology, when the SVG stands alone. */
	title?: string;
	description?: string;
	/** Leave the text out: for a thumbnail too small to read. */
	withoutText?: boolean;
	/** Multiplies every line's width: a drawing shown small needs heavier lines to show the path. */
	lineScale?: number;
	/** A line written above the drawing, for a copy that stands alone on paper. */
	caption?: string;
	/** Where to draw it, scaled, inside another SVG; without it the SVG is a document of the layout's size. */
	frame?: { x: number; y: number; width: number; height: number };
}

function textElement(
	lines: readonly { text: string; x: number; y: number; boldX?: number }[],
	attributes: string,
	bold = false,
): string {
	const spans = lines
		.map(
			(line) =>
				`<tspan x="${bold ? (line.boldX ?? line.x) : line.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`,
		)
		.join(' ');
	return `<text ${attributes}>${spans}</text>`;
}

/** The whole flowchart as a standalone SVG document, the reader's path highlighted, for print and previews. */
export function drawingSvg(
	layout: GraphLayout,
	highlight: PathHighlight,
	options: DrawingSvgOptions,
): string {
	const { palette: p, fontFamily } = options;
	const weight = (width: number) => width * (options.lineScale ?? 1);
	const band = options.caption ? CAPTION_BAND : 0;
	const height = layout.height + band;
	const box = options.frame ?? { x: 0, y: 0, width: layout.width, height };
	const placement = options.frame ? ` x="${box.x}" y="${box.y}"` : ' xmlns="http://www.w3.org/2000/svg"';
	const labelled = options.title ? ' role="img" aria-labelledby="drawing-title drawing-desc"' : '';
	const parts: string[] = [
		`<svg${placement} width="${box.width}" height="${box.height}" viewBox="0 0 ${layout.width} ${height}"${labelled}>`,
	];
	if (options.title) parts.push(`<title id="drawing-title">${escapeXml(options.title)}</title>`);
	if (options.description) parts.push(`<desc id="drawing-desc">${escapeXml(options.description)}</desc>`);
	if (options.fontFaceCss) parts.push(`<style>${options.fontFaceCss}</style>`);
	parts.push(
		`<defs>${[
			['arrow', p.edge],
			['arrow-taken', p.path],
		]
			.map(
				([id, colour]) =>
					`<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${weight(7)}" markerHeight="${weight(7)}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`,
			)
			.join('')}</defs>`,
		`<rect width="${layout.width}" height="${height}" fill="${p.background}"/>`,
		`<g font-family="${escapeXml(fontFamily)}">`,
	);
	if (options.caption)
		parts.push(
			`<text x="${layout.width / 2}" y="${band - 12}" text-anchor="middle" font-size="${layout.edgeFontSize}" fill="${p.label}">${escapeXml(options.caption)}</text>`,
			`<g transform="translate(0 ${band})">`,
		);
	for (const edge of drawingOrder(layout.edges, highlight)) {
		const taken = edgeTaken(edge, highlight);
		const stroke = taken
			? `stroke="${p.path}" stroke-width="${weight(3.5)}"`
			: `stroke="${p.edge}" stroke-width="${weight(1.5)}"`;
		parts.push(
			`<path d="${curvePathData(edge.curve)}" fill="none" ${stroke} marker-end="url(#${taken ? 'arrow-taken' : 'arrow'})"/>`,
		);
		if (!options.withoutText)
			parts.push(
				textElement(
					edge.lines,
					`font-size="${layout.edgeFontSize}" fill="${taken ? p.pathText : p.label}"${taken ? ' font-weight="bold"' : ''}`,
					taken,
				),
			);
	}
	for (const node of layout.nodes) {
		const onPath = highlight.nodes.has(node.id);
		const fill = onPath ? p.pathFill : node.kind === 'outcome' ? p.outcomeFill : p.questionFill;
		const stroke = onPath
			? `stroke="${p.path}" stroke-width="${weight(3.5)}"`
			: `stroke="${p.border}" stroke-width="${weight(1.5)}"`;
		parts.push(
			`<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="${nodeCornerRadius(node)}" fill="${fill}" ${stroke}/>`,
		);
		if (!options.withoutText)
			parts.push(
				textElement(
					node.lines,
					`font-size="${layout.fontSize}" fill="${onPath ? p.pathText : p.text}"${node.weight === 'bold' ? ' font-weight="bold"' : ''}`,
				),
			);
	}
	parts.push(options.caption ? '</g></g></svg>' : '</g></svg>');
	return parts.join('');
}

/**
 * The layout to show in `available` px: the widest that fits at full size, or else the narrowest, which the
 * view scales down. Layouts come narrowest first.
 */
export function chooseLayout<T extends { width: number }>(layouts: readonly T[], available: number): T {
	const fitting = layouts.filter((layout) => layout.width <= available);
	const chosen = fitting.at(-1) ?? layouts[0];
	if (!chosen) throw new Error('no layouts to choose from');
	return chosen;
}

/** Every character an SVG sets in its text, so the fonts embedded in it can be cut down to exactly those. */
export function svgTextCharacters(svg: string): string {
	const text = [...svg.matchAll(/<(?:tspan|text)\b[^>]*>([^<]*)/g)].map((match) => match[1] ?? '').join('');
	const decoded = text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
	return [...new Set(decoded)].sort().join('');
}
