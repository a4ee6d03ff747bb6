import { checkPermalinkRegistry, permalinkRegistrySchema, type PermalinkRegistry } from './permalinks';
import { decisionGraphSchema, type DecisionGraph } from './schema';
import { validateGraph, type ValidateOptions } from './validate';

/** The decision graph and its permalink registry, checked against each other. */
export interface DecisionData {
	graph: DecisionGraph;
	registry: PermalinkRegistry;
}

function issueLocation(raw: unknown, path: readonly PropertyKey[]): string {
	const [collection, index, ...rest] = path;
	if ((collection === 'questions' || collection === 'outcomes') && typeof index === 'number') {
		const list: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, collection) : undefined;
		const entry: unknown = Array.isArray(list) ? list[index] : undefined;
		const id: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'id') : undefined;
		const node = `${collection === 'questions' ? 'question' : 'outcome'} ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
		return rest.length > 0 ? `${node}, ${rest.map(String).join('.')}` : node;
	}
	return path.map(String).join('.');
}

/** Parse and validate raw YAML data, throwing one Error that lists every problem by node. */
export function loadDecisionGraph(raw: unknown, options: ValidateOptions = {}): DecisionGraph {
	const result = decisionGraphSchema.safeParse(raw);
	const problems = result.success
		? validateGraph(result.data, options).map((problem) => problem.message)
		: result.error.issues.map((issue) => {
				const where = issueLocation(raw, issue.path);
				return where ? `${where}: ${issue.message}` : issue.message;
			});
	if (!result.success || problems.length > 0) {
		throw new Error(
			`content/decision-graph.yaml is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
		);
	}
	return result.data;
}

/** Parse the permalink registry, throwing one readable error that lists every problem. */
export function parsePermalinkRegistry(raw: unknown): PermalinkRegistry {
	const result = permalinkRegistrySchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`content/decision-permalinks.json is invalid:\n${problems.join('\n')}`);
	}
	return result.data;
}

/**
 * Validate the graph (naming the node of each problem) and the registry, then check that every published
 * URL still resolves or redirects; throws so that a broken graph or a lost permalink fails the build.
 */
export function loadDecisionData(
	rawGraph: unknown,
	rawRegistry: unknown,
	referenceIds: Iterable<string>,
): DecisionData {
	const graph = loadDecisionGraph(rawGraph, { referenceIds });
	const registry = parsePermalinkRegistry(rawRegistry);
	const problems = checkPermalinkRegistry(graph, registry);
	if (problems.length > 0) {
		throw new Error(
			`content/decision-permalinks.json does not match the graph:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
		);
	}
	return { graph, registry };
}
