import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { curvePathData, sampleCurve, type Point } from '../../src/lib/decision/curve';
import { drawingTextMeasure } from '../../src/lib/decision/drawing-font';
import {
	ANY_ANSWER_LABEL,
	answerLabelText,
	joinSharedOpening,
	LABEL_BULLET,
	LAYOUT_VARIANTS,
	layoutDecisionGraph,
	layoutVariants,
	type Box,
	type GraphLayout,
} from '../../src/lib/decision/graph-layout';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { placeInOrder } from '../../src/lib/decision/rank-compaction';
import { wrapToWidth } from '../../src/lib/decision/text-measure';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const measure = drawingTextMeasure();
const layouts = layoutVariants(graph, measure);

/** How far every edge keeps from every box it does not start or end at, and from every label, its own included. */
const CLEARANCE = 2;
/** Distance between the points at which each drawn edge is checked. */
const SAMPLE_STEP = 0.5;

interface Named extends Box {
	name: string;
}

function grow(box: Box, by: number): Box {
	return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function contains(box: Box, point: Point): boolean {
	return point.x > box.x && point.x < box.x + box.width && point.y > box.y && point.y < box.y + box.height;
}

function boxesOf(layout: GraphLayout) {
	const nodes: Named[] = layout.nodes.map((node) => ({ ...node, name: node.id }));
	const labels: Named[] = layout.edges.map((edge) => ({
		...edge.labelBox,
		name: `label ${edge.from} → ${edge.to}`,
	}));
	return { nodes, labels };
}

function overlappingPairs(boxes: readonly Named[], margin: number): string[] {
	return boxes.flatMap((a, index) =>
		boxes
			.slice(index + 1)
			.filter((b) => overlaps(grow(a, margin), b))
			.map((b) => `${a.name} × ${b.name}`),
	);
}

describe.each(layouts.map((layout) => ({ name: layout.name, layout })))('the $name layout', ({ layout }) => {
	const { nodes, labels } = boxesOf(layout);

	it('places every question and verdict exactly once, the start at the top', () => {
		const ids = [
			...graph.questions.map((question) => question.id),
			...graph.outcomes.map((outcome) => outcome.id),
		];
		expect(layout.nodes.map((node) => node.id).sort()).toEqual([...ids].sort());
		const start = layout.nodes.find((node) => node.id === graph.start);
		expect(start?.y).toBe(Math.min(...layout.nodes.map((node) => node.y)));
	});

	it('keeps every box and every edge inside the drawing', () => {
		for (const box of [...nodes, ...labels]) {
			expect(box.x, box.name).toBeGreaterThanOrEqual(0);
			expect(box.y, box.name).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, box.name).toBeLessThanOrEqual(layout.width);
			expect(box.y + box.height, box.name).toBeLessThanOrEqual(layout.height);
		}
		for (const edge of layout.edges)
			for (const point of edge.curve) {
				expect(point.x).toBeGreaterThanOrEqual(0);
				expect(point.x).toBeLessThanOrEqual(layout.width);
			}
	});

	it('overlaps no label with another label or a node, nor two nodes, with room to spare', () => {
		expect(overlappingPairs([...nodes, ...labels], CLEARANCE)).toEqual([]);
	});

	it('runs no edge through a label, its own included, or through a node other than its own ends', () => {
		const crossings: string[] = [];
		for (const edge of layout.edges) {
			const obstacles = [
				...nodes.filter((node) => node.name !== edge.from && node.name !== edge.to),
				...labels,
			];
			for (const point of sampleCurve(edge.curve, SAMPLE_STEP)) {
				const hit = obstacles.find((box) => contains(grow(box, CLEARANCE), point));
				if (hit)
					crossings.push(
						`${edge.from} → ${edge.to} at (${point.x.toFixed(1)}, ${point.y.toFixed(1)}) in ${hit.name}`,
					);
			}
		}
		expect(crossings.slice(0, 5)).toEqual([]);
	});

	it('sets every label against its own edge, its text nearer to it than to any other edge, in either weight', () => {
		const samples = layout.edges.map((edge) => sampleCurve(edge.curve, SAMPLE_STEP));
		/** Horizontal distance from a run of text (or a box), `start` to `start + width`, to the nearest of `points` beside it. */
		const distance = (points: readonly Point[], top: number, bottom: number, start: number, width: number) =>
			Math.min(
				...points
					.filter((point) => point.y >= top && point.y <= bottom)
					.map((point) => Math.max(start - point.x, point.x - (start + width), 0)),
			);
		const misread: string[] = [];
		layout.edges.forEach((edge, index) => {
			const box = edge.labelBox;
			// The edge runs down one side of its label, a label gap (6 px) from its box.
			const own = samples[index] ?? [];
			expect(distance(own, box.y, box.y + box.height, box.x, box.width), edge.label).toBeLessThanOrEqual(6.5);
			// Each line is read with the nearest edge; a bulleted list, as one block.
			const isList = edge.lines.some((line) => line.text.startsWith(LABEL_BULLET));
			const runs = isList ? [edge.lines] : edge.lines.map((line) => [line]);
			for (const lines of runs) {
				const top = (lines[0]?.y ?? 0) - measure.ascent * layout.edgeFontSize;
				const bottom = (lines.at(-1)?.y ?? 0) + measure.descent * layout.edgeFontSize;
				for (const bold of [false, true]) {
					const start = Math.min(...lines.map((line) => (bold ? line.boldX : line.x)));
					const end = Math.max(
						...lines.map((line) => (bold ? line.boldX + line.boldWidth : line.x + line.width)),
					);
					const toOwn = distance(own, top, bottom, start, end - start);
					const toOther = Math.min(
						...samples
							.filter((_, other) => other !== index)
							.map((points) => distance(points, top, bottom, start, end - start)),
					);
					if (toOwn >= toOther)
						misread.push(
							`${lines[0]?.text ?? ''}: its edge ${toOwn.toFixed(1)} px away, another ${toOther.toFixed(1)} px`,
						);
				}
			}
		});
		expect(misread).toEqual([]);
	});

	it('starts every edge on the bottom of its source and ends it, heading down, on the top of its target', () => {
		for (const edge of layout.edges) {
			const from = layout.nodes.find((node) => node.id === edge.from);
			const to = layout.nodes.find((node) => node.id === edge.to);
			const first = edge.curve[0];
			const last = edge.curve.at(-1);
			const beforeLast = edge.curve.at(-2);
			if (!from || !to || !first || !last || !beforeLast)
				throw new Error(`${edge.from} → ${edge.to} is incomplete`);
			expect(first.y).toBeCloseTo(from.y + from.height, 5);
			expect(first.x).toBeGreaterThan(from.x);
			expect(first.x).toBeLessThan(from.x + from.width);
			expect(last.y).toBeCloseTo(to.y, 5);
			expect(last.x).toBeGreaterThan(to.x);
			expect(last.x).toBeLessThan(to.x + to.width);
			// The arrowhead follows the last tangent: straight down.
			expect(beforeLast.x).toBeCloseTo(last.x, 5);
			expect(beforeLast.y).toBeLessThan(last.y);
		}
	});

	it('sets every label in text of 12 px or more, on at most three lines', () => {
		expect(layout.edgeFontSize).toBeGreaterThanOrEqual(12);
		expect(layout.fontSize).toBeGreaterThanOrEqual(12);
		for (const edge of layout.edges) expect(edge.lines.length, edge.label).toBeLessThanOrEqual(3);
	});

	it('draws answers from one question to one node as one edge whose one label lists them all', () => {
		for (const question of graph.questions) {
			const targets = Map.groupBy(question.answers, (answer) => answer.next);
			const drawn = layout.edges.filter((edge) => edge.from === question.id);
			expect(drawn.map((edge) => edge.to).sort(), question.id).toEqual([...targets.keys()].sort());
			for (const edge of drawn) {
				const answers = targets.get(edge.to) ?? [];
				expect(edge.answers).toEqual(answers.map((answer) => answer.slug));
				const text = edge.lines.map((line) => line.text).join(' ');
				if (answers.length === question.answers.length && answers.length > 1) {
					expect(text).toBe(ANY_ANSWER_LABEL);
					continue;
				}
				// Every answer is there in full, or after the opening words it shares with the others.
				const opening = joinSharedOpening(answers.map((answer) => answer.label));
				for (const answer of answers) {
					const words = answer.label.split(' ');
					const tail = words.slice(opening === null ? 0 : words.length - 2).join(' ');
					expect(text, `${question.id} → ${edge.to}`).toContain(tail);
				}
			}
		}
	});

	it('sizes every text box to the measured width of its lines, bold for answers, which may be drawn bold', () => {
		for (const node of layout.nodes) {
			for (const line of node.lines) {
				expect(line.width).toBeCloseTo(measure.width(line.text, layout.fontSize, node.weight), 1);
				expect(line.width, `${node.id}: ${line.text}`).toBeLessThanOrEqual(node.width - 24);
			}
		}
		for (const edge of layout.edges) {
			for (const line of edge.lines) {
				expect(line.boldWidth).toBeCloseTo(measure.width(line.text, layout.edgeFontSize, 'bold'), 1);
				for (const [x, width] of [
					[line.x, line.width],
					[line.boldX, line.boldWidth],
				] as const) {
					expect(x + width, line.text).toBeLessThanOrEqual(edge.labelBox.x + edge.labelBox.width + 0.01);
					expect(x, line.text).toBeGreaterThanOrEqual(edge.labelBox.x - 0.01);
				}
			}
			// Each line's glyphs, from ascent to descent, stay inside the label's box.
			const first = edge.lines[0]?.y ?? 0;
			const last = edge.lines.at(-1)?.y ?? 0;
			expect(first - measure.ascent * layout.edgeFontSize).toBeGreaterThanOrEqual(edge.labelBox.y - 0.01);
			expect(last + measure.descent * layout.edgeFontSize).toBeLessThanOrEqual(
				edge.labelBox.y + edge.labelBox.height + 0.01,
			);
		}
	});

	it('is the same on every build, so the pages do not change between builds', () => {
		const options = LAYOUT_VARIANTS.find((variant) => variant.name === layout.name);
		if (!options) throw new Error(`no options named ${layout.name}`);
		expect(layoutDecisionGraph(graph, measure, options)).toEqual(layout);
	});
});

it('offers layouts from narrowest to widest, the widest wider and shorter, reading top to bottom', () => {
	const widths = layouts.map((layout) => layout.width);
	expect(widths).toEqual([...widths].sort((a, b) => a - b));
	const [narrowest, widest] = [layouts[0], layouts.at(-1)];
	expect(widest?.width).toBeGreaterThan(narrowest?.width ?? 0);
	expect(widest?.height).toBeLessThan(narrowest?.height ?? 0);
});

describe('drawingTextMeasure', () => {
	it('reads advance widths from DejaVu Sans', () => {
		// hmtx of DejaVu Sans 2.37: "a" advances 1255 and "i" 569 units of 2048 per em, and the pair has no kerning:
		// (1255 + 569) / 2048 × 12 px = 10.6875 px.
		expect(measure.width('ai', 12, 'normal')).toBeCloseTo(10.6875, 4);
		// Its line box: ascender 1901, descender 483 units (hhea).
		expect(measure.ascent).toBeCloseTo(1901 / 2048, 6);
		expect(measure.descent).toBeCloseTo(483 / 2048, 6);
	});

	it('applies kerning, as browsers do, and sets bold wider', () => {
		expect(measure.width('AV', 12, 'normal')).toBeLessThan(2 * measure.width('A', 12, 'normal'));
		expect(measure.width('Not yet', 12, 'bold')).toBeGreaterThan(measure.width('Not yet', 12, 'normal'));
	});
});

describe('wrapToWidth', () => {
	// Widths of 10 px per character make the cases easy to follow.
	const tenPerCharacter = (text: string) => text.length * 10;
	describe.each([
		// Fits on one line.
		{ text: 'Not yet', maxWidth: 100, lines: ['Not yet'] },
		// Two lines, broken near the middle rather than as late as possible ("Is the task narrow" / "and").
		{ text: 'Is the task narrow and', maxWidth: 180, lines: ['Is the task', 'narrow and'] },
		// A word wider than the line keeps a line of its own rather than being cut.
		{ text: 'a retrieval-augmented model', maxWidth: 100, lines: ['a', 'retrieval-augmented', 'model'] },
		// Runs of whitespace collapse; nothing to wrap gives no lines.
		{ text: '  Yes,   and  ', maxWidth: 100, lines: ['Yes, and'] },
		{ text: '', maxWidth: 100, lines: [] },
	])('$text within $maxWidth px', ({ text, maxWidth, lines }) => {
		it('wraps at spaces, as evenly as the fewest lines allow', () => {
			expect(wrapToWidth(text, maxWidth, tenPerCharacter)).toEqual(lines);
		});
	});
});

describe('joinSharedOpening', () => {
	describe.each([
		// Two answers with the same opening: said once, joined with "or".
		{ labels: ['Yes, and it passes', 'Yes, and it fails'], joined: 'Yes, and it passes or fails' },
		// Three: a list.
		{
			labels: ['Yes, and they change', 'Yes, and answers must cite them', 'Yes, and access varies by user'],
			joined: 'Yes, and they change, answers must cite them or access varies by user',
		},
		// Nothing shared, or a single answer: nothing to join.
		{ labels: ['Yes, or we can produce them', 'Not yet'], joined: null },
		{ labels: ['Yes, and it passes'], joined: null },
		// An answer is never reduced to nothing, even if it is all shared words.
		{ labels: ['Yes', 'Yes, and more'], joined: null },
	])('$labels', ({ labels, joined }) => {
		it(`is ${joined}`, () => expect(joinSharedOpening(labels)).toBe(joined));
	});
});

describe('answerLabelText', () => {
	const tenPerCharacter = (text: string) => text.length * 10;
	it('lists answers without a shared opening, one bullet each, with hanging lines', () => {
		// A list may widen to 1.5 × 100 = 150 px; less the bullet's 20 that leaves 130 px, so "Yes, and it passes"
		// (180 px) takes two even lines.
		const text = answerLabelText(['Yes, and it passes', 'Not yet'], false, 100, 3, tenPerCharacter);
		expect(text.lines).toEqual([
			{ text: '• Yes, and', indent: 0 },
			{ text: 'it passes', indent: 20 },
			{ text: '• Not yet', indent: 0 },
		]);
	});

	it('keeps each answer of a list on one line where half as much width again allows it', () => {
		expect(answerLabelText(['Yes, and it passes', 'Not yet'], false, 150, 3, tenPerCharacter).lines).toEqual([
			{ text: '• Yes, and it passes', indent: 0 },
			{ text: '• Not yet', indent: 0 },
		]);
	});

	it('widens a label rather than give it a fourth line', () => {
		const text = answerLabelText(['one two three four five six seven eight'], false, 100, 3, tenPerCharacter);
		expect(text.lines.length).toBeLessThanOrEqual(3);
	});

	it('says "Any answer" for an edge every answer of its question takes', () => {
		expect(answerLabelText(['Yes', 'No'], true, 100, 3, tenPerCharacter).lines).toEqual([
			{ text: ANY_ANSWER_LABEL, indent: 0 },
		]);
	});
});

describe('placeInOrder', () => {
	const item = (id: string, width: number) => ({ id, width, x: 0, gap: 10 });
	it('leaves items where they want to be when they are far enough apart', () => {
		expect(placeInOrder([item('a', 20), item('b', 20)], [0, 100], [1, 1])).toEqual([0, 100]);
	});

	it('pushes two items that want the same place apart around it, by half the widths plus the gap', () => {
		// Centres 20/2 + 20/2 + 10 = 30 apart, the pair centred on 50 with equal weights: 35 and 65.
		expect(placeInOrder([item('a', 20), item('b', 20)], [50, 50], [1, 1])).toEqual([35, 65]);
	});

	it('keeps the order, the heavier item moving less', () => {
		// Weights 3 and 1: the pair's offset-free mean is (3 × 60 + 1 × (40 − 30)) / 4 = 47.5; a at 47.5, b at 77.5.
		expect(placeInOrder([item('a', 20), item('b', 20)], [60, 40], [3, 1])).toEqual([47.5, 77.5]);
	});
});

describe('curves', () => {
	const chain = [
		{ x: 0, y: 0 },
		{ x: 0, y: 10 / 3 },
		{ x: 0, y: 20 / 3 },
		{ x: 0, y: 10 },
		{ x: 0, y: 15 },
		{ x: 5, y: 20 },
		{ x: 10, y: 20 },
	];
	it('writes straight segments as lines and bends as curves', () => {
		expect(curvePathData(chain)).toBe('M0 0L0 10C0 15 5 20 10 20');
	});

	it('samples a chain from its start to its end, no two points further apart than the step', () => {
		const samples = sampleCurve(chain, 1);
		expect(samples[0]).toEqual({ x: 0, y: 0 });
		expect(samples.at(-1)).toEqual({ x: 10, y: 20 });
		for (let index = 1; index < samples.length; index++) {
			const [a, b] = [samples[index - 1] as Point, samples[index] as Point];
			expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThanOrEqual(1 + 1e-9);
		}
	});
});
