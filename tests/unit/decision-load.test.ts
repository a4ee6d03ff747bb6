import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionData } from '../../src/lib/decision/load';
import { parseReferences } from '../../src/lib/references';

// loadDecisionData is what the content loader runs: whatever it throws fails `astro build`.

const rawGraph = parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')) as {
	questions: { id: string; answers: { next: string }[] }[];
	outcomes: { id: string; reasons: { text: string; when?: unknown }[] }[];
};
const rawRegistry = JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')) as {
	permalinks: string[];
	redirects: Record<string, { to: string; retired: string }>;
};
const referenceIds = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8'))).map(
	(reference) => reference.id,
);

/** A deep copy, so each case can break its own graph or registry. */
const copy = <T>(value: T): T => structuredClone(value);

describe('loadDecisionData', () => {
	it('accepts the committed graph and registry', () => {
		const { graph, registry } = loadDecisionData(rawGraph, rawRegistry, referenceIds);
		expect(graph.start).toBe('behaviour');
		expect(graph.version).toBe('2026-11-28');
		expect(Object.keys(registry.redirects).length).toBeGreaterThan(0);
	});

	describe.each([
		{
			// A broken answer target is reported on the question that holds it.
			problem: 'an answer leading nowhere',
			graph: () => {
				const broken = copy(rawGraph);
				broken.questions[0]!.answers[0]!.next = 'nowhere';
				return broken;
			},
			registry: () => rawRegistry,
			references: referenceIds,
			message: /question "behaviour": answer "behaviour-gap" leads to "nowhere"/,
		},
		{
			// A misspelt answer in a condition fails the build, naming the outcome and the slug.
			problem: 'a condition naming an answer no question has',
			graph: () => {
				const broken = copy(rawGraph);
				const rag = broken.outcomes.find((outcome) => outcome.id === 'rag');
				rag!.reasons[0]!.when = { all: ['knowledge:knowledge-chnages'] };
				return broken;
			},
			registry: () => rawRegistry,
			references: referenceIds,
			message:
				/outcome "rag": reasons\[0\] \("Your facts change, and an index takes ch…"\) names "knowledge:knowledge-chnages", which is not an answer of any question/,
		},
		{
			// Statements may cite only the site's reference list.
			problem: 'a citation missing from the reference list',
			graph: () => rawGraph,
			registry: () => rawRegistry,
			references: referenceIds.filter((id) => id !== 'lewis-2020'),
			message: /outcome "rag": reasons\[0\] .* cites "lewis-2020", which is not in content\/references\.yaml/,
		},
		{
			// A published URL that no longer resolves must redirect somewhere.
			problem: 'a lost permalink',
			graph: () => rawGraph,
			registry: () => {
				const broken = copy(rawRegistry);
				delete broken.redirects['/decide/cost-at-scale/open-ended/'];
				return broken;
			},
			references: referenceIds,
			message:
				/decision-permalinks\.json does not match the graph:\n {2}- registered permalink "\/decide\/cost-at-scale\/open-ended\/"/,
		},
		{
			// The registry's own shape is checked before its contents.
			problem: 'a malformed registry',
			graph: () => rawGraph,
			registry: () => ({ permalinks: ['/decide/no-trailing-slash'], redirects: {} }),
			references: referenceIds,
			message: /decision-permalinks\.json is invalid:\n {2}- permalinks\.0: decision URLs look like/,
		},
	])('with $problem', ({ graph, registry, references, message }) => {
		it('fails with a message naming it', () => {
			expect(() => loadDecisionData(graph(), registry(), references)).toThrow(message);
		});
	});
});
