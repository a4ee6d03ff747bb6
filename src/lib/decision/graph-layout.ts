import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { DecisionGraph } from './schema';
import { wrapText } from './wrap-text';

/** A point in SVG user units. */
export interface Point {
	x: number;
	y: number;
}

/** A drawn node: a question or a verdict, with its label already wrapped. */
export interface NodeBox {
	id: string;
	kind: 'question' | 'outcome';
	/** The full label: the question text or the outcome title. */
	label: string;
	/** The label wrapped into lines that fit the box. */
	lines: string[];
	/** Left edge. */
	x: number;
	/** Top edge. */
	y: number;
	width: number;
	height: number;
}

/** A drawn edge: every answer that leads from one node to the same next node, merged into one line. */
export interface EdgeRoute {
	from: string;
	to: string;
	/** Slugs of the answers this edge stands for, so the island can highlight the one taken. */
	answers: string[];
	/** Answer labels joined for the edge label. */
	label: string;
	/** The label wrapped into lines, one answer after another; an empty string separates two answers. */
	lines: string[];
	/** Polyline from the source box to the target box. */
	points: Point[];
	/** Centre of the edge label. */
	labelX: number;
	labelY: number;
	labelWidth: number;
	labelHeight: number;
}

/** Everything a component needs to draw the flowchart as SVG without a layout library on the client. */
export interface GraphLayout {
	width: number;
	height: number;
	nodes: NodeBox[];
	edges: EdgeRoute[];
	/** Font size the boxes were sized for; draw text at this size. */
	fontSize: number;
	/** Distance between baselines of wrapped node lines. */
	lineHeight: number;
	/** Font size the edge labels were sized for. */
	edgeFontSize: number;
	/** Distance between baselines of edge label lines. */
	edgeLineHeight: number;
}

/** Sizes and spacing of the layout, in CSS pixels at scale 1. */
export interface LayoutOptions {
	/** Font size of node text. */
	fontSize: number;
	/** Font size of edge labels. */
	edgeFontSize: number;
	/** Line height as a multiple of the font size. */
	lineHeightRatio: number;
	/** Longest line of a question box, in characters. */
	questionChars: number;
	/** Longest line of an outcome box, in characters. */
	outcomeChars: number;
	/** Longest line of an edge label, in characters. */
	edgeChars: number;
	/** Space between text and box border. */
	padding: number;
	/** Horizontal gap between boxes in the same rank. */
	nodeGap: number;
	/** Vertical gap between ranks. */
	rankGap: number;
	/** Empty border around the drawing. */
	margin: number;
}

/**
 * Average advance of one character as a fraction of the font size. Measured text is not available at build
 * time, so widths are estimated from character counts: 0.6em over-estimates mixed-case English in the
 * system sans-serif stack Starlight uses (about 0.5–0.55em), so labels err towards spare room, not overflow.
 */
export const CHARACTER_WIDTH_EM = 0.6;

/**
 * The smallest scale the drawing is shown at (its text then 11 px, edge labels 9.4 px); below it, the drawing's
 * frame scrolls sideways rather than shrinking the text further. Twenty nodes cannot fit a phone across.
 */
export const MIN_DRAWN_SCALE = 0.85;

/** Defaults sized so the drawing, at {@link MIN_DRAWN_SCALE}, fits a desktop article column. */
export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
	fontSize: 13,
	edgeFontSize: 11,
	lineHeightRatio: 1.3,
	questionChars: 16,
	outcomeChars: 13,
	edgeChars: 10,
	padding: 8,
	nodeGap: 8,
	rankGap: 28,
	margin: 4,
};

/**
 * Lines of an edge label standing for one or more answers. Words every label starts with are written once
 * ("Yes, and …" over "they change", "answers must cite them"), and an empty line separates two answers.
 */
export function edgeLabelLines(labels: readonly string[], maxChars: number): string[] {
	const words = labels.map((label) => label.split(/\s+/).filter((word) => word !== ''));
	const [first = []] = words;
	let shared = 0;
	if (labels.length > 1) {
		while (
			shared < first.length - 1 &&
			words.every((other) => other.length > shared + 1 && other[shared] === first[shared])
		) {
			shared += 1;
		}
	}
	const prefix = shared > 0 ? wrapText(`${first.slice(0, shared).join(' ')} …`, maxChars) : [];
	const bodies = words.map((label) => wrapText(label.slice(shared).join(' '), maxChars));
	return [...prefix, ...bodies.flatMap((body, index) => (index === 0 ? body : ['', ...body]))];
}

/** Estimated rendered width of a line of text, per {@link CHARACTER_WIDTH_EM}. */
export function estimateTextWidth(text: string, fontSize: number): number {
	return text.length * fontSize * CHARACTER_WIDTH_EM;
}

function textBlock(lines: readonly string[], fontSize: number, lineHeightRatio: number) {
	const widest = Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize)));
	return { width: Math.ceil(widest), height: Math.ceil(lines.length * fontSize * lineHeightRatio) };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Lay the decision graph out top to bottom with dagre, for drawing at build time. */
export function layoutDecisionGraph(
	graph: DecisionGraph,
	overrides: Partial<LayoutOptions> = {},
): GraphLayout {
	const options = { ...DEFAULT_LAYOUT_OPTIONS, ...overrides };
	const lineHeight = options.fontSize * options.lineHeightRatio;
	const layout = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
	layout.setGraph({
		rankdir: 'TB',
		nodesep: options.nodeGap,
		edgesep: options.nodeGap / 2,
		ranksep: options.rankGap,
		marginx: options.margin,
		marginy: options.margin,
		// Of dagre's four alignments, up-right gives the narrowest drawing of this graph (about 370 px against up to 540).
		align: 'UR',
	});
	layout.setDefaultEdgeLabel(() => ({ width: 0, height: 0, labelpos: 'c', minlen: 1 }));

	const boxes = new Map<string, Omit<NodeBox, 'x' | 'y'>>();
	const addNode = (id: string, kind: NodeBox['kind'], label: string, maxChars: number) => {
		const lines = wrapText(label, maxChars);
		const text = textBlock(lines, options.fontSize, options.lineHeightRatio);
		const box = {
			id,
			kind,
			label,
			lines,
			width: text.width + 2 * options.padding,
			height: text.height + 2 * options.padding,
		};
		boxes.set(id, box);
		layout.setNode(id, { width: box.width, height: box.height });
	};
	for (const question of graph.questions) {
		addNode(question.id, 'question', question.question, options.questionChars);
	}
	for (const outcome of graph.outcomes) {
		addNode(outcome.id, 'outcome', outcome.title, options.outcomeChars);
	}

	// Several answers often share a target (three kinds of facts all lead to retrieval); one edge per pair keeps it legible.
	const merged = new Map<string, { from: string; to: string; answers: string[]; labels: string[] }>();
	for (const question of graph.questions) {
		for (const answer of question.answers) {
			const key = `${question.id}\u0000${answer.next}`;
			const edge = merged.get(key) ?? { from: question.id, to: answer.next, answers: [], labels: [] };
			edge.answers.push(answer.slug);
			edge.labels.push(answer.label);
			merged.set(key, edge);
		}
	}
	const edgeLines = new Map<string, string[]>();
	for (const [key, edge] of merged) {
		if (!boxes.has(edge.to)) continue;
		const lines = edgeLabelLines(edge.labels, options.edgeChars);
		edgeLines.set(key, lines);
		const text = textBlock(lines, options.edgeFontSize, options.lineHeightRatio);
		layout.setEdge(edge.from, edge.to, { width: text.width, height: text.height, labelpos: 'c', minlen: 1 });
	}

	dagre.layout(layout);

	const nodes: NodeBox[] = [...boxes.values()].map((box) => {
		const placed = layout.node(box.id);
		return { ...box, x: round((placed.x ?? 0) - box.width / 2), y: round((placed.y ?? 0) - box.height / 2) };
	});
	const edges: EdgeRoute[] = [];
	for (const [key, edge] of merged) {
		const lines = edgeLines.get(key);
		if (!lines) continue;
		const placed = layout.edge(edge.from, edge.to);
		edges.push({
			from: edge.from,
			to: edge.to,
			answers: edge.answers,
			label: edge.labels.join(' / '),
			lines,
			points: (placed.points ?? []).map((point) => ({ x: round(point.x), y: round(point.y) })),
			labelX: round(placed.x ?? 0),
			labelY: round(placed.y ?? 0),
			labelWidth: placed.width ?? 0,
			labelHeight: placed.height ?? 0,
		});
	}
	const size = layout.graph();
	return {
		width: Math.ceil(size.width ?? 0),
		height: Math.ceil(size.height ?? 0),
		nodes,
		edges,
		fontSize: options.fontSize,
		lineHeight,
		edgeFontSize: options.edgeFontSize,
		edgeLineHeight: options.edgeFontSize * options.lineHeightRatio,
	};
}
