import { enumeratePaths, type ReachedPath } from './paths';
import type { DecisionGraph } from './schema';

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
		return 'Answer a few questions about your system to find out what fits it: retrieval, fine-tuning, both, or a fix without either, such as a schema-constrained output mode, facts in the prompt, a smaller model or a better prompt.';
	}
	return `${path.steps.length} ${path.steps.length === 1 ? 'answer' : 'answers'} given; next: ${path.question.question} ${path.question.why}`;
}
