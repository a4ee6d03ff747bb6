import type { DecisionGraph, Outcome, Question, Answer } from './decision-graph';
import type { Reference } from './references';

// Path logic without the schemas, so the flowchart island can import it without shipping zod to the browser.

/** Shape of every node id and answer slug: lowercase words joined by single hyphens, safe in a URL forever. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where decision paths are published: `/decide/<answer slug>/…/`. */
export const DECIDE_BASE = '/decide/';

/** One step of a path: the question asked and the answer taken. */
export interface DecisionStep {
	question: Question;
	answer: Answer;
}

/** A path from the first question to a verdict: one permanent page. */
export interface DecisionPath {
	kind: 'complete';
	steps: readonly DecisionStep[];
	outcome: Outcome;
	/** Answer slugs in order; the permalink's segments. */
	slugs: readonly string[];
	/** Root-relative URL such as `/decide/behaviour-gap/prompting-plateaued/…/`. */
	permalink: string;
}

/** A path that stops at a question the reader has not answered yet. */
export interface PartialDecisionPath {
	kind: 'partial';
	steps: readonly DecisionStep[];
	/** The question waiting for an answer. */
	question: Question;
	slugs: readonly string[];
	permalink: string;
}

/** A node of the graph with its kind, as {@link indexNodes} returns it. */
export type GraphNode = { kind: 'question'; node: Question } | { kind: 'outcome'; node: Outcome };

/** Every question and outcome by id; the first definition wins when an id is duplicated. */
export function indexNodes(graph: DecisionGraph): Map<string, GraphNode> {
	const nodes = new Map<string, GraphNode>();
	for (const question of graph.questions) {
		if (!nodes.has(question.id)) nodes.set(question.id, { kind: 'question', node: question });
	}
	for (const outcome of graph.outcomes) {
		if (!nodes.has(outcome.id)) nodes.set(outcome.id, { kind: 'outcome', node: outcome });
	}
	return nodes;
}

/** Root-relative permalink of a list of answer slugs. */
export function permalinkFor(slugs: readonly string[]): string {
	return slugs.length === 0 ? DECIDE_BASE : `${DECIDE_BASE}${slugs.join('/')}/`;
}

/** Answer slugs of a `/decide/…` pathname, or null when it is not one. */
export function slugsFromPermalink(pathname: string): string[] | null {
	const base = DECIDE_BASE.slice(0, -1);
	if (pathname !== base && !pathname.startsWith(DECIDE_BASE)) return null;
	const segments = pathname
		.slice(base.length)
		.split('/')
		.filter((segment) => segment !== '');
	return segments.every((segment) => SLUG_PATTERN.test(segment)) ? segments : null;
}

/** Every path from the start question to an outcome, in the order the answers are listed. */
export function enumeratePaths(graph: DecisionGraph): DecisionPath[] {
	const nodes = indexNodes(graph);
	const paths: DecisionPath[] = [];
	const walk = (id: string, steps: DecisionStep[], onPath: Set<string>) => {
		const entry = nodes.get(id);
		if (!entry) return;
		if (entry.kind === 'outcome') {
			const slugs = steps.map((step) => step.answer.slug);
			paths.push({ kind: 'complete', steps, outcome: entry.node, slugs, permalink: permalinkFor(slugs) });
			return;
		}
		// Guards against looping forever on a graph that skipped validation.
		if (onPath.has(id)) return;
		const next = new Set(onPath).add(id);
		for (const answer of entry.node.answers) {
			walk(answer.next, [...steps, { question: entry.node, answer }], next);
		}
	};
	walk(graph.start, [], new Set());
	return paths;
}

/** Follow answer slugs from the start: a complete path, a partial one waiting at a question, or null. */
export function resolvePath(
	graph: DecisionGraph,
	slugs: readonly string[],
): DecisionPath | PartialDecisionPath | null {
	const nodes = indexNodes(graph);
	let current = nodes.get(graph.start);
	const steps: DecisionStep[] = [];
	for (const answerSlug of slugs) {
		if (current?.kind !== 'question') return null;
		const answer = current.node.answers.find((candidate) => candidate.slug === answerSlug);
		if (!answer) return null;
		steps.push({ question: current.node, answer });
		current = nodes.get(answer.next);
	}
	const taken = [...slugs];
	const permalink = permalinkFor(taken);
	if (current?.kind === 'outcome') {
		return { kind: 'complete', steps, outcome: current.node, slugs: taken, permalink };
	}
	if (current?.kind === 'question') {
		return { kind: 'partial', steps, question: current.node, slugs: taken, permalink };
	}
	return null;
}

/** Options for {@link pathToMarkdown}. */
export interface MarkdownOptions {
	/** Site origin (and base) the permalink is made absolute against. */
	siteUrl: string | URL;
	/** The site's reference list, for titles and links of the outcome's sources. */
	references: readonly Reference[];
}

// Text from the YAML goes into Markdown prose; these characters would otherwise start emphasis, links or HTML.
function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`);
}

function formatReference(id: string, references: readonly Reference[]): string {
	const reference = references.find((candidate) => candidate.id === id);
	if (!reference) return `${escapeMarkdown(id)} (not in the reference list)`;
	const { authors, year, title, publisher, url } = reference;
	return `${escapeMarkdown(authors)} (${year}). ${escapeMarkdown(title)}. ${escapeMarkdown(publisher)}. <${url}>`;
}

/** Markdown summary of a path for pasting into a design document ("Copy for proposal"). */
export function pathToMarkdown(path: DecisionPath, graph: DecisionGraph, options: MarkdownOptions): string {
	const siteRoot = String(options.siteUrl).replace(/\/?$/, '/');
	const permalink = new URL(path.permalink.slice(1), siteRoot).href;
	const { outcome } = path;
	const lines = [
		`## Decision: ${escapeMarkdown(outcome.title)}`,
		'',
		`Reached with the “${escapeMarkdown(graph.title)}” flowchart.`,
		'',
		`**Verdict:** ${escapeMarkdown(outcome.verdict)}`,
		'',
		'### How we got here',
		'',
		...path.steps.flatMap(({ question, answer }, index) => [
			`${index + 1}. **${escapeMarkdown(question.question)}**`,
			`   *${escapeMarkdown(withFullStop(answer.label))}* ${escapeMarkdown(answer.reason)}`,
		]),
		'',
		'### Why',
		'',
		...outcome.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
		'',
		'### Caveats',
		'',
		...outcome.caveats.map((caveat) => `- ${escapeMarkdown(caveat)}`),
		'',
		'### Sources',
		'',
		...outcome.sources.map((id, index) => `${index + 1}. ${formatReference(id, options.references)}`),
		'',
		`Permalink: <${permalink}>`,
		'',
	];
	return lines.join('\n');
}

function withFullStop(text: string): string {
	return /[.?!]$/.test(text) ? text : `${text}.`;
}
