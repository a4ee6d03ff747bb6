import { loadDecisionGraph, type DecisionGraph } from './decision-graph';
import { checkPermalinkRegistry, permalinkRegistrySchema, type PermalinkRegistry } from './permalinks';

/** The decision graph and its permalink registry, checked against each other. */
export interface DecisionData {
	graph: DecisionGraph;
	registry: PermalinkRegistry;
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

/** Astro `redirects` config for retired decision URLs: permanent (301), since they were published. */
export function redirectsFromRegistry(
	registry: PermalinkRegistry,
): Record<string, { status: 301; destination: string }> {
	return Object.fromEntries(
		Object.entries(registry.redirects).map(([from, to]) => [from, { status: 301, destination: to }]),
	);
}
