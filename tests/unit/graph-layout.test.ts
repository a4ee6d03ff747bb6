import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LAYOUT_OPTIONS,
	edgeLabelLines,
	estimateTextWidth,
	layoutDecisionGraph,
	MIN_DRAWN_SCALE,
} from '../../src/lib/decision/graph-layout';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { wrapText } from '../../src/lib/decision/wrap-text';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const layout = layoutDecisionGraph(graph);

/** Width of Starlight's article column on a desktop screen (45rem of content plus padding, at 16 px). */
const ARTICLE_COLUMN = 730;

interface Box {
	name: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const nodeBoxes: Box[] = layout.nodes.map((node) => ({
	name: node.id,
	left: node.x,
	top: node.y,
	right: node.x + node.width,
	bottom: node.y + node.height,
}));
const labelBoxes: Box[] = layout.edges.map((edge) => ({
	name: `${edge.from} → ${edge.to}`,
	left: edge.labelX - edge.labelWidth / 2,
	top: edge.labelY - edge.labelHeight / 2,
	right: edge.labelX + edge.labelWidth / 2,
	bottom: edge.labelY + edge.labelHeight / 2,
}));

function overlaps(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// dagre clips each edge where it meets a box, so its ends sit on a border, give or take rounding.
function onBorder(point: { x: number; y: number }, box: Box): boolean {
	const inside =
		point.x >= box.left - 1 &&
		point.x <= box.right + 1 &&
		point.y >= box.top - 1 &&
		point.y <= box.bottom + 1;
	const nearEdge = [point.x - box.left, box.right - point.x, point.y - box.top, box.bottom - point.y].some(
		(distance) => Math.abs(distance) <= 1,
	);
	return inside && nearEdge;
}

function overlappingPairs(boxes: readonly Box[]): string[] {
	return boxes.flatMap((a, i) =>
		boxes
			.slice(i + 1)
			.filter((b) => overlaps(a, b))
			.map((b) => `${a.name} × ${b.name}`),
	);
}

describe('layoutDecisionGraph', () => {
	it('places every question and outcome exactly once', () => {
		const ids = [
			...graph.questions.map((question) => question.id),
			...graph.outcomes.map((outcome) => outcome.id),
		];
		expect(layout.nodes.map((node) => node.id).sort()).toEqual([...ids].sort());
		expect(layout.nodes.find((node) => node.id === 'rag')?.kind).toBe('outcome');
		expect(layout.nodes.find((node) => node.id === 'plateau')?.kind).toBe('question');
	});

	it('keeps every box inside the drawing', () => {
		for (const box of [...nodeBoxes, ...labelBoxes]) {
			expect(box.left, box.name).toBeGreaterThanOrEqual(0);
			expect(box.top, box.name).toBeGreaterThanOrEqual(0);
			expect(box.right, box.name).toBeLessThanOrEqual(layout.width);
			expect(box.bottom, box.name).toBeLessThanOrEqual(layout.height);
		}
	});

	it('overlaps no two nodes', () => {
		expect(overlappingPairs(nodeBoxes)).toEqual([]);
	});

	it('overlaps no node with an edge label, nor two edge labels', () => {
		expect(overlappingPairs([...nodeBoxes, ...labelBoxes])).toEqual([]);
	});

	// With twenty nodes the drawing no longer fits a phone across (it did with ten): on a phone its frame
	// scrolls sideways at the smallest legible scale, and the page itself never does (see flowchart.spec.ts).
	it('fits a desktop article column at its smallest legible scale, and reads top to bottom', () => {
		expect(layout.width * MIN_DRAWN_SCALE).toBeLessThanOrEqual(ARTICLE_COLUMN);
		expect(layout.height).toBeGreaterThan(layout.width);
	});

	it('puts the start question at the top', () => {
		const start = nodeBoxes.find((box) => box.name === graph.start);
		expect(start?.top).toBe(Math.min(...nodeBoxes.map((box) => box.top)));
	});

	it('draws every answer on exactly one edge, from its question to its target', () => {
		const drawn = layout.edges.flatMap((edge) =>
			edge.answers.map((slug) => `${edge.from}/${slug} → ${edge.to}`),
		);
		const expected = graph.questions.flatMap((question) =>
			question.answers.map((answer) => `${question.id}/${answer.slug} → ${answer.next}`),
		);
		expect(drawn.sort()).toEqual(expected.sort());
	});

	it('routes every edge downwards, from the border of its source box to the border of its target box', () => {
		for (const edge of layout.edges) {
			const name = `${edge.from} → ${edge.to}`;
			const from = nodeBoxes.find((box) => box.name === edge.from);
			const to = nodeBoxes.find((box) => box.name === edge.to);
			const first = edge.points.at(0);
			const last = edge.points.at(-1);
			if (!first || !from || !last || !to) throw new Error(`${name} is missing its route or its boxes`);
			expect(onBorder(first, from), name).toBe(true);
			expect(onBorder(last, to), name).toBe(true);
			expect(last.y, name).toBeGreaterThan(first.y);
		}
	});

	it('sizes each box to its wrapped lines', () => {
		const { fontSize, padding } = DEFAULT_LAYOUT_OPTIONS;
		for (const node of layout.nodes) {
			for (const line of node.lines) {
				expect(estimateTextWidth(line, fontSize), `${node.id}: ${line}`).toBeLessThanOrEqual(
					node.width - 2 * padding,
				);
			}
			expect(node.height).toBeGreaterThanOrEqual(node.lines.length * layout.lineHeight);
		}
	});

	it('is deterministic, so the built page does not change between builds', () => {
		expect(layoutDecisionGraph(graph)).toEqual(layout);
	});
});

describe('wrapText', () => {
	describe.each([
		// Fits on one line.
		{ text: 'Not yet', maxChars: 10, lines: ['Not yet'] },
		// Breaks at the last space that fits.
		{
			text: 'Is the task narrow and repetitive?',
			maxChars: 16,
			lines: ['Is the task', 'narrow and', 'repetitive?'],
		},
		// A word longer than the limit keeps a line of its own rather than being cut.
		{ text: 'a retrieval-augmented model', maxChars: 10, lines: ['a', 'retrieval-augmented', 'model'] },
		// Runs of whitespace collapse.
		{ text: '  Yes,   and  ', maxChars: 10, lines: ['Yes, and'] },
		// Nothing to wrap.
		{ text: '', maxChars: 10, lines: [] },
	])('$text at $maxChars', ({ text, maxChars, lines }) => {
		it('wraps at spaces', () => {
			expect(wrapText(text, maxChars)).toEqual(lines);
		});
	});
});

describe('edgeLabelLines', () => {
	describe.each([
		// One answer: just its label, wrapped.
		{ labels: ['Not yet'], lines: ['Not yet'] },
		// Two answers without shared words: a blank line between them.
		{ labels: ['No, it behaves', 'Not sure yet'], lines: ['No, it', 'behaves', '', 'Not sure', 'yet'] },
		// Shared leading words are written once, with an ellipsis.
		{
			labels: ['Yes, and they change', 'Yes, and must cite'],
			lines: ['Yes, and …', 'they', 'change', '', 'must cite'],
		},
		// A label is never reduced to nothing, even if it is all shared words.
		{ labels: ['Yes', 'Yes, and more'], lines: ['Yes', '', 'Yes, and', 'more'] },
	])('$labels', ({ labels, lines }) => {
		it('lays the answers out one after another', () => {
			expect(edgeLabelLines(labels, 10)).toEqual(lines);
		});
	});
});

describe('estimateTextWidth', () => {
	it('charges 0.6 em per character', () => {
		expect(estimateTextWidth('abcde', 10)).toBe(30);
	});
});
