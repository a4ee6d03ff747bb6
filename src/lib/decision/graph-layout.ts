import dagre, { graphlib, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';

type LayeredGraph = graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>;
import { quarterBend, toCubicChain, type PathStep, type Point } from './curve';
import { compactRanks, type PullLink, type RankItem } from './rank-compaction';
import type { DecisionGraph } from './schema';
import { wrapToWidth, type TextMeasure, type TextWeight } from './text-measure';

export type { Point };

/** A rectangle by its top-left corner. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * One line of drawn text, placed by its start: `x` is its left edge, `y` its baseline. Centred lines are placed
 * by their measured width, so no renderer's anchoring, nor a space after the line, can move them.
 */
export interface TextLine {
	text: string;
	x: number;
	y: number;
	/** Width as the browser and resvg set it, in the weight it is drawn in. */
	width: number;
}

/**
 * A line of an answer label, which is drawn bold when the reader's path takes it. A label left of its edge is
 * set flush right, against the edge, so its start depends on the weight it is drawn in.
 */
export interface LabelLine extends TextLine {
	/** Width of the line set in bold. */
	boldWidth: number;
	/** Left edge of the line set in bold. */
	boldX: number;
}

/** A drawn node: a question or a verdict, its label wrapped and placed. */
export interface NodeBox extends Box {
	id: string;
	kind: 'question' | 'outcome';
	/** The full label: the question text or the outcome title. */
	label: string;
	/** Questions are set in the regular weight, verdicts in bold. */
	weight: TextWeight;
	lines: TextLine[];
}

/** A drawn edge: every answer that leads from one node to the same next node, as one line with one label. */
export interface EdgeRoute {
	from: string;
	to: string;
	/** Slugs of the answers this edge stands for, so the island can highlight the one taken. */
	answers: string[];
	/** What the label says, as one string. */
	label: string;
	/** The label's lines, placed; sized for bold, so the label fits either weight. */
	lines: LabelLine[];
	/** The box the label's text keeps inside. */
	labelBox: Box;
	/**
	 * The edge as a chain of cubic Bézier segments: the start point, then three points (two controls and an end)
	 * per segment. It leaves the bottom of its source and ends, pointing down, on the top of its target.
	 */
	curve: Point[];
}

/** Everything a renderer needs to draw the flowchart as SVG, in the browser, in print or in a preview image. */
export interface GraphLayout {
	/** The width this layout was made for, as its name. */
	name: string;
	width: number;
	height: number;
	nodes: NodeBox[];
	edges: EdgeRoute[];
	/** Size of node text. */
	fontSize: number;
	/** Size of answer labels. */
	edgeFontSize: number;
}

/** Sizes and spacing of a layout, in CSS pixels at scale 1. */
export interface LayoutOptions {
	/** Name of the layout, for choosing among several. */
	name: string;
	/** Font size of node text. */
	fontSize: number;
	/** Font size of answer labels; at least 12 px, to stay legible. */
	edgeFontSize: number;
	/** Line height as a multiple of the font size. */
	lineHeightRatio: number;
	/** Widest line of a question box. */
	questionWidth: number;
	/** Widest line of a verdict box. */
	outcomeWidth: number;
	/** Widest line of an answer label, widened where a label would otherwise need more than `maxLabelLines`. */
	labelWidth: number;
	/** Most lines an answer label may take. */
	maxLabelLines: number;
	/** Space between a node's text and its border, across and down. */
	nodePaddingX: number;
	nodePaddingY: number;
	/** Horizontal gap between boxes in the same rank. */
	nodeGap: number;
	/** Horizontal gap between edges passing through a rank. */
	edgeGap: number;
	/** Smallest vertical gap between ranks. */
	rankGap: number;
	/** Space between an edge and its label. */
	labelGap: number;
	/** Distance between the points where several edges leave or enter one box. */
	portGap: number;
	/** Distance between edges running side by side across a gap. */
	trackGap: number;
	/** Radius of an edge's bends. */
	bendRadius: number;
	/** Empty border around the drawing. */
	margin: number;
}

const COMMON: Omit<LayoutOptions, 'name' | 'questionWidth' | 'outcomeWidth' | 'labelWidth' | 'nodeGap'> = {
	fontSize: 14,
	edgeFontSize: 12,
	lineHeightRatio: 1.3,
	maxLabelLines: 3,
	nodePaddingX: 12,
	nodePaddingY: 9,
	edgeGap: 12,
	rankGap: 20,
	labelGap: 6,
	portGap: 14,
	trackGap: 7,
	bendRadius: 6,
	margin: 6,
};

/**
 * The layouts the drawing is offered in, narrowest first: the browser shows the widest that fits the space it
 * has, and the narrowest, scaled down, where none does. The print copy uses the narrowest, which fits a page.
 */
export const LAYOUT_VARIANTS: readonly LayoutOptions[] = [
	{ ...COMMON, name: 'standard', questionWidth: 150, outcomeWidth: 110, labelWidth: 120, nodeGap: 16 },
	{ ...COMMON, name: 'wide', questionWidth: 200, outcomeWidth: 140, labelWidth: 160, nodeGap: 20 },
];

/** Label text of an edge that every answer of its question takes: listing them all would say nothing more. */
export const ANY_ANSWER_LABEL = 'Any answer';

/** Bullet that starts each answer of a label that lists several. */
export const LABEL_BULLET = '• ';

interface LabelText {
	/** Lines with the indent of each from the label's left edge. */
	lines: { text: string; indent: number }[];
}

/**
 * Answers that open with the same words, joined into one sentence that says those words once: "Yes, and they
 * change", "Yes, and answers must cite them" → "Yes, and they change or answers must cite them". Null when the
 * answers share no opening words.
 */
export function joinSharedOpening(labels: readonly string[]): string | null {
	const words = labels.map((label) => label.split(/\s+/).filter((word) => word !== ''));
	const [first = []] = words;
	let shared = 0;
	while (
		shared < first.length - 1 &&
		words.every((other) => other.length > shared + 1 && other[shared] === first[shared])
	) {
		shared += 1;
	}
	if (labels.length < 2 || shared === 0) return null;
	const rests = words.map((label) => label.slice(shared).join(' '));
	const list =
		rests.length === 2 ? rests.join(' or ') : `${rests.slice(0, -1).join(', ')} or ${rests.at(-1) ?? ''}`;
	return `${first.slice(0, shared).join(' ')} ${list}`;
}

/**
 * The lines of an answer label. One answer is wrapped; answers with the same opening are joined into one
 * sentence; others are listed, one per bullet. The label is widened, a little at a time, until it takes no more
 * than `maxLines`.
 */
export function answerLabelText(
	labels: readonly string[],
	everyAnswer: boolean,
	maxWidth: number,
	maxLines: number,
	measure: (text: string) => number,
): LabelText {
	if (everyAnswer && labels.length > 1) return { lines: [{ text: ANY_ANSWER_LABEL, indent: 0 }] };
	const joined = joinSharedOpening(labels);
	const items = joined === null ? labels : [joined];
	const bullet = items.length > 1 ? LABEL_BULLET : '';
	const indent = bullet === '' ? 0 : measure(bullet);
	const lay = (width: number) =>
		items.flatMap((item) =>
			wrapToWidth(item, width - indent, measure).map((text, index) =>
				index === 0 ? { text: `${bullet}${text}`, indent: 0 } : { text, indent },
			),
		);
	// A list reads best with each answer on one line: allow half as much width again for that.
	const widest = Math.max(...items.map((item) => indent + measure(item)));
	let width = bullet === '' ? maxWidth : Math.max(maxWidth, Math.min(widest, 1.5 * maxWidth));
	let lines = lay(width);
	// Widen in steps of 10 px up to three times the width asked for: enough for the longest answers at 12 px.
	while (lines.length > maxLines && width < 3 * maxWidth) {
		width += 10;
		lines = lay(width);
	}
	return { lines };
}

interface MergedEdge {
	from: string;
	to: string;
	answers: string[];
	labels: string[];
	/** The edge carries every answer of its question. */
	everyAnswer: boolean;
}

/** Answers of a question that lead to the same node, merged into one edge each. */
export function mergeParallelAnswers(graph: DecisionGraph): MergedEdge[] {
	const merged = new Map<string, MergedEdge>();
	for (const question of graph.questions) {
		for (const answer of question.answers) {
			const key = `${question.id}\u0000${answer.next}`;
			const edge = merged.get(key) ?? {
				from: question.id,
				to: answer.next,
				answers: [],
				labels: [],
				everyAnswer: false,
			};
			edge.answers.push(answer.slug);
			edge.labels.push(answer.label);
			edge.everyAnswer = edge.answers.length === question.answers.length;
			merged.set(key, edge);
		}
	}
	return [...merged.values()];
}

/** Baselines of `count` lines centred in a box of `height` from `top`, as a browser sets a line box. */
function baselines(
	count: number,
	top: number,
	height: number,
	fontSize: number,
	lineHeight: number,
	measure: TextMeasure,
): number[] {
	const first = top + (height - count * lineHeight) / 2;
	const halfLeading = (lineHeight - (measure.ascent + measure.descent) * fontSize) / 2;
	return Array.from(
		{ length: count },
		(_, index) => first + index * lineHeight + halfLeading + measure.ascent * fontSize,
	);
}

interface SizedNode {
	id: string;
	kind: NodeBox['kind'];
	label: string;
	weight: TextWeight;
	lines: string[];
	widths: number[];
	width: number;
	height: number;
}

interface SizedEdge extends MergedEdge {
	lines: { text: string; indent: number; width: number; boldWidth: number }[];
	boxWidth: number;
	boxHeight: number;
}

/** An edge once dagre has ranked and ordered it: the x it passes each rank at, and where its label sits. */
interface PlannedEdge extends SizedEdge {
	sourceRank: number;
	targetRank: number;
	/** x of the edge at each rank from its source's to its target's, ports included. */
	xs: number[];
	labelRank: number;
	/** Left edge of the label box. */
	labelX: number;
	/** The edge runs down the label's left side; otherwise its right, and the label is set flush against it. */
	lineOnLeft: boolean;
}

const round = (value: number) => Math.round(value * 100) / 100;

const labelNodeId = (index: number) => `\u0000label ${index}`;

function sizeNodes(graph: DecisionGraph, measure: TextMeasure, options: LayoutOptions): SizedNode[] {
	const lineHeight = options.fontSize * options.lineHeightRatio;
	const size = (id: string, kind: NodeBox['kind'], label: string, maxWidth: number): SizedNode => {
		const weight: TextWeight = kind === 'outcome' ? 'bold' : 'normal';
		const width = (text: string) => measure.width(text, options.fontSize, weight);
		const lines = wrapToWidth(label, maxWidth, width);
		const widths = lines.map(width);
		return {
			id,
			kind,
			label,
			weight,
			lines,
			widths,
			width: Math.ceil(Math.max(0, ...widths) + 2 * options.nodePaddingX),
			height: Math.ceil(lines.length * lineHeight + 2 * options.nodePaddingY),
		};
	};
	return [
		...graph.questions.map((question) =>
			size(question.id, 'question', question.question, options.questionWidth),
		),
		...graph.outcomes.map((outcome) => size(outcome.id, 'outcome', outcome.title, options.outcomeWidth)),
	];
}

function sizeEdges(graph: DecisionGraph, measure: TextMeasure, options: LayoutOptions): SizedEdge[] {
	const lineHeight = options.edgeFontSize * options.lineHeightRatio;
	const regular = (text: string) => measure.width(text, options.edgeFontSize, 'normal');
	const bold = (text: string) => measure.width(text, options.edgeFontSize, 'bold');
	return mergeParallelAnswers(graph).map((edge) => {
		// Sized for bold, the weight of the answers on the reader's path, so either weight fits.
		const text = answerLabelText(
			edge.labels,
			edge.everyAnswer,
			options.labelWidth,
			options.maxLabelLines,
			bold,
		);
		const lines = text.lines.map((line) => ({
			...line,
			width: regular(line.text),
			boldWidth: bold(line.text),
		}));
		return {
			...edge,
			lines,
			boxWidth: Math.ceil(Math.max(0, ...lines.map((line) => line.indent + line.boldWidth))),
			boxHeight: Math.ceil(lines.length * lineHeight),
		};
	});
}

interface Ranked {
	/** y of each rank as dagre placed it, top to bottom. */
	rankYs: number[];
	rankOf: (y: number) => number;
}

function ranksOf(ys: Iterable<number>): Ranked {
	const rankYs = [...new Set([...ys].map(round))].sort((a, b) => a - b);
	const index = new Map(rankYs.map((y, rank) => [y, rank]));
	return {
		rankYs,
		rankOf: (y) => {
			const rank = index.get(round(y));
			if (rank === undefined) throw new Error(`no rank at y = ${y}`);
			return rank;
		},
	};
}

/** x of a polyline where it crosses height `y` (it runs downwards), for reading a route off dagre's points. */
function xAtY(points: readonly Point[], y: number): number {
	for (let index = 1; index < points.length; index++) {
		const a = points[index - 1] as Point;
		const b = points[index] as Point;
		if (b.y >= y && a.y <= y) return b.y === a.y ? b.x : a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y);
	}
	throw new Error(`the route does not reach y = ${y}`);
}

/** Spread the ends of several edges along a box's bottom or top, ordered by where each edge heads. */
function spreadPorts(centre: number, width: number, count: number, options: LayoutOptions): number[] {
	if (count === 0) return [];
	if (count === 1) return [centre];
	const spacing = Math.min(options.portGap, (width - 2 * options.nodePaddingX) / (count - 1));
	return Array.from({ length: count }, (_, index) => centre + (index - (count - 1) / 2) * spacing);
}

/** Where dagre put everything, tightened across by {@link compactRanks}. */
interface Placement {
	/** Centre x of a node or a label's node. */
	x: (id: string) => number;
	rank: (id: string) => number;
	/** x where an edge crosses a rank between its label and its target. */
	crossing: (edge: number, rank: number) => number;
	width: number;
	rankCount: number;
}

function place(
	layout: LayeredGraph,
	edgeCount: number,
	targetOf: (edge: number) => string,
	options: LayoutOptions,
): Placement {
	const ranked = ranksOf(layout.nodes().map((id: string) => layout.node(id).y ?? 0));
	const rankOfNode = new Map<string, number>(
		layout.nodes().map((id: string) => [id, ranked.rankOf(layout.node(id).y ?? 0)]),
	);
	const ranks: RankItem[][] = ranked.rankYs.map(() => []);
	for (const id of layout.nodes()) {
		const node = layout.node(id);
		ranks[rankOfNode.get(id) ?? 0]?.push({
			id,
			width: node.width ?? 0,
			x: node.x ?? 0,
			gap: options.nodeGap,
		});
	}
	const crossingId = (edge: number, rank: number) => `${labelNodeId(edge)} @${rank}`;
	const links: PullLink[] = [];
	for (let edge = 0; edge < edgeCount; edge++) {
		const label = labelNodeId(edge);
		const target = targetOf(edge);
		// dagre's route from the label's node to the target: its x at each rank it crosses.
		const route = layout.edge(label, target).points ?? [];
		const chain = [label];
		for (let rank = (rankOfNode.get(label) ?? 0) + 1; rank < (rankOfNode.get(target) ?? 0); rank++) {
			const id = crossingId(edge, rank);
			ranks[rank]?.push({ id, width: 0, x: xAtY(route, ranked.rankYs[rank] ?? 0), gap: options.edgeGap });
			chain.push(id);
		}
		chain.push(target);
		for (const [index, upper] of chain.slice(0, -1).entries()) {
			// A long edge pulls hardest on its own straightness: a bend in it costs two turns in the drawing.
			const inner = index > 0 && index < chain.length - 2;
			links.push({ upper, lower: chain[index + 1] as string, weight: inner ? 8 : 2 });
		}
		const source = layout.predecessors(label)?.[0];
		if (source) links.push({ upper: source, lower: label, weight: 2 });
	}
	for (const rank of ranks) rank.sort((a, b) => a.x - b.x);
	const x = compactRanks(ranks, links);
	const items = ranks.flat();
	const left = Math.min(...items.map((item) => (x.get(item.id) ?? 0) - item.width / 2));
	const right = Math.max(...items.map((item) => (x.get(item.id) ?? 0) + item.width / 2));
	const shift = options.margin - left;
	const at = (id: string) => {
		const value = x.get(id);
		if (value === undefined) throw new Error(`${id} was not placed`);
		return value + shift;
	};
	return {
		x: at,
		rank: (id) => rankOfNode.get(id) ?? 0,
		crossing: (edge, rank) => at(crossingId(edge, rank)),
		width: Math.ceil(right - left + 2 * options.margin),
		rankCount: ranked.rankYs.length,
	};
}

function planEdges(
	edges: readonly SizedEdge[],
	placement: Placement,
	widths: ReadonlyMap<string, number>,
	options: LayoutOptions,
): PlannedEdge[] {
	const planned = edges.map((edge, index): PlannedEdge => {
		const label = labelNodeId(index);
		const labelRank = placement.rank(label);
		const targetRank = placement.rank(edge.to);
		const crossings: number[] = [];
		for (let rank = labelRank + 1; rank < targetRank; rank++) crossings.push(placement.crossing(index, rank));
		const labelX = placement.x(label);
		// The label's node holds the label and the line beside it; the line takes the side nearer to where the
		// edge comes from and goes next, so it bends as little as it can.
		const reserved = edge.boxWidth + options.labelGap;
		const next = crossings[0] ?? placement.x(edge.to);
		const lineOnLeft = (placement.x(edge.from) + next) / 2 <= labelX;
		const lineX = lineOnLeft ? labelX - reserved / 2 : labelX + reserved / 2;
		return {
			...edge,
			sourceRank: placement.rank(edge.from),
			targetRank,
			xs: [placement.x(edge.from), lineX, ...crossings, placement.x(edge.to)],
			labelRank,
			labelX: lineOnLeft ? lineX + options.labelGap : labelX - reserved / 2,
			lineOnLeft,
		};
	});
	for (const [id, width] of widths) {
		const centre = placement.x(id);
		const outgoing = planned
			.filter((edge) => edge.from === id)
			.sort((a, b) => (a.xs[1] ?? 0) - (b.xs[1] ?? 0));
		spreadPorts(centre, width, outgoing.length, options).forEach((x, index) => {
			(outgoing[index] as PlannedEdge).xs[0] = x;
		});
		const incoming = planned
			.filter((edge) => edge.to === id)
			.sort((a, b) => (a.xs.at(-2) ?? 0) - (b.xs.at(-2) ?? 0));
		spreadPorts(centre, width, incoming.length, options).forEach((x, index) => {
			const edge = incoming[index] as PlannedEdge;
			edge.xs[edge.xs.length - 1] = x;
		});
	}
	return planned;
}

/** A move across the gap below a rank, from one x to another. */
interface Crossing {
	edge: number;
	gap: number;
	from: number;
	to: number;
}

/**
 * Give every sideways move through a gap its own track (a height in the gap), so no two edges run along each
 * other: the classic left-edge channel assignment, tracks packed from the top.
 */
function assignTracks(crossings: readonly Crossing[], options: LayoutOptions): Map<Crossing, number> {
	const tracks = new Map<Crossing, number>();
	const clearance = 2 * options.bendRadius + options.trackGap;
	for (const inGap of Map.groupBy(crossings, (crossing) => crossing.gap).values()) {
		const ends: number[] = [];
		const sorted = [...inGap].sort(
			(a, b) =>
				Math.min(a.from, a.to) - Math.min(b.from, b.to) || Math.max(a.from, a.to) - Math.max(b.from, b.to),
		);
		for (const crossing of sorted) {
			const left = Math.min(crossing.from, crossing.to);
			let track = ends.findIndex((end) => end + clearance <= left);
			if (track === -1) track = ends.length;
			ends[track] = Math.max(crossing.from, crossing.to);
			tracks.set(crossing, track);
		}
	}
	return tracks;
}

interface Bands {
	top: number[];
	height: number[];
}

function bandsOf(
	rankCount: number,
	boxes: readonly { rank: number; height: number }[],
	trackCounts: readonly number[],
	options: LayoutOptions,
): Bands {
	const height = Array.from({ length: rankCount }, () => 0);
	for (const box of boxes) height[box.rank] = Math.max(height[box.rank] ?? 0, box.height);
	const top: number[] = [];
	let y = options.margin;
	for (let rank = 0; rank < rankCount; rank++) {
		top.push(y);
		// A gap holds its tracks between two straight stretches that clear the boxes above and below.
		const tracks = trackCounts[rank] ?? 0;
		const needed =
			tracks === 0 ? 0 : 2 * options.labelGap + 2 * options.bendRadius + (tracks - 1) * options.trackGap;
		y += (height[rank] ?? 0) + Math.max(options.rankGap, needed);
	}
	return { top, height };
}

function routeEdge(
	edge: PlannedEdge,
	sourceBottom: number,
	targetTop: number,
	bands: Bands,
	trackOf: (gap: number) => number,
	options: LayoutOptions,
): Point[] {
	const steps: PathStep[] = [];
	const start = { x: edge.xs[0] ?? 0, y: sourceBottom };
	for (let gap = edge.sourceRank; gap < edge.targetRank; gap++) {
		const from = edge.xs[gap - edge.sourceRank] ?? 0;
		const to = edge.xs[gap - edge.sourceRank + 1] ?? 0;
		const gapTop = (bands.top[gap] ?? 0) + (bands.height[gap] ?? 0);
		if (to !== from) {
			const radius = Math.min(options.bendRadius, Math.abs(to - from) / 2);
			const direction = Math.sign(to - from);
			const track = gapTop + options.labelGap + options.bendRadius + trackOf(gap) * options.trackGap;
			steps.push(
				{ line: { x: from, y: track - radius } },
				quarterBend({ x: from, y: track - radius }, { x: from + direction * radius, y: track }, true),
				{ line: { x: to - direction * radius, y: track } },
				quarterBend({ x: to - direction * radius, y: track }, { x: to, y: track + radius }, false),
			);
		}
		const last = gap + 1 === edge.targetRank;
		const bandBottom = (bands.top[gap + 1] ?? 0) + (bands.height[gap + 1] ?? 0);
		steps.push({ line: { x: to, y: last ? targetTop : bandBottom } });
	}
	return toCubicChain(start, joinStraightRuns(start, steps)).map((point) => ({
		x: round(point.x),
		y: round(point.y),
	}));
}

/** Join consecutive vertical lines into one and drop empty ones, so the path data says only what is drawn. */
function joinStraightRuns(start: Point, steps: readonly PathStep[]): PathStep[] {
	const joined: PathStep[] = [];
	let current = start;
	for (const step of steps) {
		const end = 'line' in step ? step.line : step.cubic[2];
		const last = joined.at(-1);
		const lastStart = joined.length > 1 ? endOf(joined[joined.length - 2] as PathStep) : start;
		if ('line' in step && Math.hypot(end.x - current.x, end.y - current.y) < 1e-9) continue;
		if ('line' in step && last && 'line' in last && lastStart.x === current.x && current.x === end.x) {
			joined[joined.length - 1] = step;
		} else {
			joined.push(step);
		}
		current = end;
	}
	return joined;
}

function endOf(step: PathStep): Point {
	return 'line' in step ? step.line : step.cubic[2];
}

/**
 * Lay the decision graph out top to bottom for drawing at build time. dagre ranks and orders the nodes, with
 * each answer label a node of its own in the rank under its question; their x is tightened by
 * {@link compactRanks}. The routing is this module's own: every edge leaves the bottom of its source, runs
 * straight down through each rank in the room kept for it, moves sideways only in the gaps between ranks, on a
 * track of its own, and enters the top of its target; its label sits beside it, under the question.
 */
export function layoutDecisionGraph(
	graph: DecisionGraph,
	measure: TextMeasure,
	options: LayoutOptions,
): GraphLayout {
	const nodes = sizeNodes(graph, measure, options);
	const ids = new Set(nodes.map((node) => node.id));
	const edges = sizeEdges(graph, measure, options).filter((edge) => ids.has(edge.to));

	const layout: LayeredGraph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>();
	layout.setGraph({
		rankdir: 'TB',
		nodesep: options.nodeGap,
		edgesep: options.edgeGap,
		ranksep: options.rankGap,
		marginx: options.margin,
		marginy: options.margin,
	});
	layout.setDefaultEdgeLabel(() => ({ minlen: 1 }));
	for (const node of nodes) layout.setNode(node.id, { width: node.width, height: node.height });
	// Each answer label is a node of its own in the rank under its question, where a reader looks for it; the
	// heavier weight keeps it there rather than halfway down a long edge.
	edges.forEach((edge, index) => {
		layout.setNode(labelNodeId(index), { width: edge.boxWidth + options.labelGap, height: edge.boxHeight });
		layout.setEdge(edge.from, labelNodeId(index), { minlen: 1, weight: 4 });
		layout.setEdge(labelNodeId(index), edge.to, { minlen: 1, weight: 1 });
	});
	dagre.layout(layout);

	const placement = place(layout, edges.length, (index) => (edges[index] as SizedEdge).to, options);
	const planned = planEdges(edges, placement, new Map(nodes.map((node) => [node.id, node.width])), options);
	const crossings = planned.flatMap((edge, index) =>
		edge.xs.slice(0, -1).flatMap((from, step) => {
			const to = edge.xs[step + 1] ?? from;
			return to !== from ? [{ edge: index, gap: edge.sourceRank + step, from, to }] : [];
		}),
	);
	const tracks = assignTracks(crossings, options);
	const trackCounts = Array.from({ length: placement.rankCount }, (_, gap) =>
		crossings
			.filter((crossing) => crossing.gap === gap)
			.reduce((most, crossing) => Math.max(most, (tracks.get(crossing) ?? 0) + 1), 0),
	);
	const nodeRank = new Map(nodes.map((node) => [node.id, placement.rank(node.id)]));
	const bands = bandsOf(
		placement.rankCount,
		[
			...nodes.map((node) => ({ rank: nodeRank.get(node.id) ?? 0, height: node.height })),
			...planned.map((edge) => ({ rank: edge.labelRank, height: edge.boxHeight })),
		],
		trackCounts,
		options,
	);
	const centreY = (rank: number, height: number) =>
		(bands.top[rank] ?? 0) + ((bands.height[rank] ?? 0) - height) / 2;

	const lineHeight = options.fontSize * options.lineHeightRatio;
	const edgeLineHeight = options.edgeFontSize * options.lineHeightRatio;
	const placedNodes = new Map<string, NodeBox>();
	for (const node of nodes) {
		const x = round(placement.x(node.id) - node.width / 2);
		const y = round(centreY(nodeRank.get(node.id) ?? 0, node.height));
		const ys = baselines(node.lines.length, y, node.height, options.fontSize, lineHeight, measure);
		placedNodes.set(node.id, {
			id: node.id,
			kind: node.kind,
			label: node.label,
			weight: node.weight,
			x,
			y,
			width: node.width,
			height: node.height,
			lines: node.lines.map((text, index) => ({
				text,
				x: round(x + (node.width - (node.widths[index] ?? 0)) / 2),
				y: round(ys[index] ?? 0),
				width: round(node.widths[index] ?? 0),
			})),
		});
	}
	const placedEdges = planned.map((edge, index): EdgeRoute => {
		const source = placedNodes.get(edge.from) as NodeBox;
		const target = placedNodes.get(edge.to) as NodeBox;
		const labelBox = {
			x: round(edge.labelX),
			y: round(centreY(edge.labelRank, edge.boxHeight)),
			width: edge.boxWidth,
			height: edge.boxHeight,
		};
		const ys = baselines(
			edge.lines.length,
			labelBox.y,
			labelBox.height,
			options.edgeFontSize,
			edgeLineHeight,
			measure,
		);
		// A label left of its edge is set flush right, against the edge, so it is read with its own line and not
		// with whatever passes on its other side; a bulleted list moves as a block, its bullets kept in one column.
		const isList = edge.lines.some((line) => line.text.startsWith(LABEL_BULLET));
		const blockWidth = (bold: boolean) =>
			Math.max(...edge.lines.map((line) => line.indent + (bold ? line.boldWidth : line.width)));
		const startAt = (line: SizedEdge['lines'][number], bold: boolean) => {
			const right = labelBox.x + labelBox.width;
			if (edge.lineOnLeft) return round(labelBox.x + line.indent);
			if (isList) return round(right - blockWidth(bold) + line.indent);
			return round(right - (bold ? line.boldWidth : line.width));
		};
		const trackOf = (gap: number) => {
			const crossing = crossings.find((candidate) => candidate.edge === index && candidate.gap === gap);
			return crossing ? (tracks.get(crossing) ?? 0) : 0;
		};
		return {
			from: edge.from,
			to: edge.to,
			answers: edge.answers,
			label: edge.labels.join(' / '),
			lines: edge.lines.map((line, lineIndex) => ({
				text: line.text,
				x: startAt(line, false),
				y: round(ys[lineIndex] ?? 0),
				width: round(line.width),
				boldWidth: round(line.boldWidth),
				boldX: startAt(line, true),
			})),
			labelBox,
			curve: routeEdge(edge, source.y + source.height, target.y, bands, trackOf, options),
		};
	});
	const lastRank = placement.rankCount - 1;
	return {
		name: options.name,
		width: placement.width,
		height: Math.ceil((bands.top[lastRank] ?? 0) + (bands.height[lastRank] ?? 0) + options.margin),
		nodes: [...placedNodes.values()],
		edges: placedEdges,
		fontSize: options.fontSize,
		edgeFontSize: options.edgeFontSize,
	};
}

/** The drawing in every offered width, narrowest first. */
export function layoutVariants(graph: DecisionGraph, measure: TextMeasure): GraphLayout[] {
	return LAYOUT_VARIANTS.map((options) => layoutDecisionGraph(graph, measure, options));
}
