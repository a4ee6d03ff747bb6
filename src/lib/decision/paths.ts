import type { Answer, DecisionGraph, Outcome, Question } from './schema';
import { permalinkFor } from './slugs';

// Path logic without the schemas, so browser code can use it without shipping zod.

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
	/** Root-relative URL such as `/decide/behaviour-fine/permissioned/`. */
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

/** A path the reader can be on: finished at a verdict, or waiting at a question. */
export type ReachedPath = DecisionPath | PartialDecisionPath;

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
export function resolvePath(graph: DecisionGraph, slugs: readonly string[]): ReachedPath | null {
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

/** Every path worth a page: the start, each partial prefix and each complete path, without duplicates. */
export function pathPrefixes(graph: DecisionGraph): ReachedPath[] {
	const seen = new Map<string, ReachedPath>();
	for (const path of enumeratePaths(graph)) {
		for (let length = 0; length <= path.slugs.length; length++) {
			const slugs = path.slugs.slice(0, length);
			const key = slugs.join('/');
			if (seen.has(key)) continue;
			const reached = resolvePath(graph, slugs);
			if (reached) seen.set(key, reached);
		}
	}
	return [...seen.values()];
}
