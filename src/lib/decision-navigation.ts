import type { DecisionGraph } from './decision-graph';
import { enumeratePaths, resolvePath, type DecisionPath, type PartialDecisionPath } from './decision-paths';

/** A path the reader can be on: finished at a verdict, or waiting at a question. */
export type ReachedPath = DecisionPath | PartialDecisionPath;

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

/** Id of the node a path stands at: its verdict, or the question it waits at. */
export function currentNodeId(path: ReachedPath): string {
	return path.kind === 'complete' ? path.outcome.id : path.question.id;
}

/** What the drawn graph highlights: nodes on the path, and the answers taken as `question/answer` keys. */
export interface PathHighlight {
	nodes: Set<string>;
	answers: Set<string>;
}

/** Key of an answer taken at a question, as {@link PathHighlight.answers} stores it. */
export function answerKey(questionId: string, answerSlug: string): string {
	return `${questionId}/${answerSlug}`;
}

/** The nodes and answers of a path, for highlighting it in the drawn graph. */
export function pathHighlight(path: ReachedPath): PathHighlight {
	return {
		nodes: new Set([...path.steps.map((step) => step.question.id), currentNodeId(path)]),
		answers: new Set(path.steps.map((step) => answerKey(step.question.id, step.answer.slug))),
	};
}

/**
 * Where clicking a node of the drawn graph leads. A node on the reader's path goes back to that point of it;
 * any other node goes to the first path, in answer order, that reaches it.
 */
export function jumpTarget(graph: DecisionGraph, path: ReachedPath, nodeId: string): string[] | null {
	const onPath = path.steps.findIndex((step) => step.question.id === nodeId);
	if (onPath !== -1) return path.slugs.slice(0, onPath);
	if (currentNodeId(path) === nodeId) return [...path.slugs];
	for (const candidate of enumeratePaths(graph)) {
		const index = candidate.steps.findIndex((step) => step.question.id === nodeId);
		if (index !== -1) return candidate.slugs.slice(0, index);
		if (candidate.outcome.id === nodeId) return [...candidate.slugs];
	}
	return null;
}

/** Short page title of a path: the verdict reached, or the question waiting. */
export function pathTitle(path: ReachedPath): string {
	if (path.kind === 'complete') return `Verdict: ${path.outcome.title}`;
	if (path.steps.length === 0) return 'Decision flowchart';
	return `Question ${path.steps.length + 1}: ${path.question.question}`;
}

/** Meta description of a path: the verdict, or the answers so far and the question waiting. */
export function pathDescription(graph: DecisionGraph, path: ReachedPath): string {
	if (path.kind === 'complete') {
		return `${path.outcome.verdict} Reached in ${path.steps.length} answers with the “${graph.title}” flowchart.`;
	}
	if (path.steps.length === 0) {
		return `Answer a few questions about your system to find out whether retrieval, fine-tuning, both, or better prompting fits it.`;
	}
	return `${path.steps.length} ${path.steps.length === 1 ? 'answer' : 'answers'} given; next: ${path.question.question} ${path.question.why}`;
}
