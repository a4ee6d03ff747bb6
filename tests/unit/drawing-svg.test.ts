import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { drawingTextMeasure } from '../../src/lib/decision/drawing-font';
import {
	chooseLayout,
	drawingOrder,
	drawingSvg,
	edgeTaken,
	PRINT_PALETTE,
	readingOrder,
	svgTextCharacters,
	type DrawingPalette,
} from '../../src/lib/decision/drawing-svg';
import { escapeXml } from '../../src/lib/decision/escape-xml';
import { layoutVariants } from '../../src/lib/decision/graph-layout';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { pathHighlight } from '../../src/lib/decision/navigation';
import { PREVIEW_DRAWING_PALETTE } from '../../src/lib/decision/og-image';
import { resolvePath } from '../../src/lib/decision/paths';
import { contrastRatio, parseColour } from '../../src/lib/site/contrast';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const layouts = layoutVariants(graph, drawingTextMeasure());
const [standard] = layouts;
if (!standard) throw new Error('no layout');
const path = resolvePath(graph, ['behaviour-fine', 'permissioned']);
if (!path) throw new Error('no path');
const highlight = pathHighlight(path);

describe('chooseLayout', () => {
	const options = [{ width: 900 }, { width: 1100 }];
	describe.each([
		// The widest that fits at full size.
		{ available: 1500, width: 1100 },
		{ available: 1000, width: 900 },
		// None fits: the narrowest, to be scaled down.
		{ available: 600, width: 900 },
	])('in $available px', ({ available, width }) => {
		it(`is the ${width} px layout`, () => expect(chooseLayout(options, available).width).toBe(width));
	});
});

describe('the drawing of a path', () => {
	const svg = drawingSvg(standard, highlight, {
		palette: PRINT_PALETTE,
		fontFamily: 'DejaVu Sans',
		title: 'The flowchart',
		description: 'With this path.',
	});

	it('is a standalone SVG of the layout’s size, titled for assistive technology', () => {
		expect(svg).toMatch(
			new RegExp(
				`^<svg xmlns="http://www.w3.org/2000/svg" width="${standard.width}" height="${standard.height}"`,
			),
		);
		expect(svg).toContain('role="img" aria-labelledby="drawing-title drawing-desc"');
		expect(svg).toContain('<title id="drawing-title">The flowchart</title>');
	});

	it('draws the edges the path takes in the path colour, last, over the others', () => {
		const taken = standard.edges.filter((edge) => edgeTaken(edge, highlight));
		expect(taken.map((edge) => `${edge.from} → ${edge.to}`)).toEqual([
			'behaviour → knowledge',
			'knowledge → rag',
		]);
		expect(drawingOrder(standard.edges, highlight).slice(-2)).toEqual(taken);
		expect(svg.match(new RegExp(`stroke="${PRINT_PALETTE.path}" stroke-width="3.5"`, 'g'))).toHaveLength(
			2 + 3,
		);
	});

	it('starts each answer where the layout placed it in the weight it is drawn in: bold on the path', () => {
		for (const edge of standard.edges) {
			const taken = edgeTaken(edge, highlight);
			for (const line of edge.lines)
				expect(svg).toContain(
					`<tspan x="${taken ? line.boldX : line.x}" y="${line.y}">${escapeXml(line.text)}</tspan>`,
				);
		}
		// "No, it behaves as we need" is taken and set flush against its edge on its right: bold starts further left.
		const behaves = standard.edges.find((edge) => edge.from === 'behaviour' && edge.to === 'knowledge');
		const [first] = behaves?.lines ?? [];
		expect(first && first.boldX < first.x).toBe(true);
	});

	it('sets every node and label line', () => {
		for (const node of standard.nodes)
			for (const line of node.lines) expect(svg).toContain(line.text.replace("'", '&#39;'));
	});

	it('sets no character its embedded font would lack: every one, caption included, is collected', () => {
		const captioned = drawingSvg(standard, highlight, {
			palette: PRINT_PALETTE,
			fontFamily: 'DejaVu Sans',
			caption: 'Rules of 2026-11-28: “bold”.',
		});
		const characters = svgTextCharacters(captioned);
		for (const character of ":“”.2-'") expect(characters).toContain(character);
		for (const node of standard.nodes)
			for (const character of node.label.replace(/ /g, '')) expect(characters).toContain(character);
		expect(characters).not.toContain('<');
	});

	it('can leave the text out, for a thumbnail', () => {
		const thumbnail = drawingSvg(standard, highlight, {
			palette: PRINT_PALETTE,
			fontFamily: 'DejaVu Sans',
			withoutText: true,
		});
		expect(thumbnail).not.toContain('<tspan');
	});
});

it('orders nodes for the keyboard rank by rank, left to right, the start first', () => {
	const order = readingOrder(standard.nodes);
	expect(order[0]?.id).toBe(graph.start);
	for (let index = 1; index < order.length; index++) {
		const [a, b] = [order[index - 1], order[index]];
		if (!a || !b) continue;
		const [centreA, centreB] = [a.y + a.height / 2, b.y + b.height / 2];
		expect(centreA < centreB || (centreA === centreB && a.x < b.x)).toBe(true);
	}
});

describe.each([
	{ name: 'print', palette: PRINT_PALETTE },
	{ name: 'preview', palette: PREVIEW_DRAWING_PALETTE },
])('the $name palette', ({ palette }) => {
	const ratio = (a: keyof DrawingPalette, b: keyof DrawingPalette) => {
		const [x, y] = [parseColour(palette[a]), parseColour(palette[b])];
		if (!x || !y) throw new Error(`${a} or ${b} is not a colour`);
		return contrastRatio(x, y);
	};
	it('gives lines and borders 3:1 against the background, the path too', () => {
		for (const colour of ['edge', 'border', 'path'] as const)
			expect(ratio(colour, 'background'), colour).toBeGreaterThanOrEqual(3);
	});
	it('gives text 4.5:1 against what it sits on', () => {
		expect(ratio('text', 'questionFill')).toBeGreaterThanOrEqual(4.5);
		expect(ratio('text', 'outcomeFill')).toBeGreaterThanOrEqual(4.5);
		expect(ratio('label', 'background')).toBeGreaterThanOrEqual(4.5);
		expect(ratio('pathText', 'pathFill')).toBeGreaterThanOrEqual(4.5);
		expect(ratio('pathText', 'background')).toBeGreaterThanOrEqual(4.5);
	});
});
