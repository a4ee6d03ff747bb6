import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionData, parsePermalinkRegistry, redirectsFromRegistry } from '../../src/lib/decision-data';
import { parseReferences } from '../../src/lib/references';

const rawGraph = parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')) as {
	questions: { id: string; answers: { next: string }[] }[];
};
const rawRegistry = JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')) as {
	permalinks: string[];
	redirects: Record<string, string>;
};
const referenceIds = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8'))).map(
	(reference) => reference.id,
);

/** A deep copy, so each case can break its own graph or registry. */
const copy = <T>(value: T): T => structuredClone(value);

/** A retired URL with its redirect: the one fixture the redirect code is tested with. */
const RETIRED = '/decide/behaviour-fine/access-controlled/';
const REPLACEMENT = '/decide/behaviour-fine/permissioned/';

describe('loadDecisionData', () => {
	it('accepts the committed graph and registry', () => {
		const { graph, registry } = loadDecisionData(rawGraph, rawRegistry, referenceIds);
		expect(graph.start).toBe('behaviour');
		expect(registry.permalinks).toHaveLength(32);
	});

	describe.each([
		{
			// A broken answer target is reported on the question that holds it.
			problem: 'an answer leading nowhere',
			graph: () => {
				const broken = copy(rawGraph);
				const answer = broken.questions[0]?.answers[0];
				if (answer) answer.next = 'nowhere';
				return broken;
			},
			registry: () => rawRegistry,
			references: referenceIds,
			message: /question "behaviour": answer "behaviour-gap" leads to "nowhere"/,
		},
		{
			// Outcomes may cite only the site's reference list.
			problem: 'a source missing from the reference list',
			graph: () => rawGraph,
			registry: () => rawRegistry,
			references: referenceIds.filter((id) => id !== 'lewis-2020'),
			message: /outcome "rag": cites "lewis-2020", which is not in content\/references\.yaml/,
		},
		{
			// A published URL that no longer resolves must redirect somewhere.
			problem: 'a lost permalink',
			graph: () => rawGraph,
			registry: () => ({ ...rawRegistry, permalinks: [...rawRegistry.permalinks, RETIRED] }),
			references: referenceIds,
			message:
				/decision-permalinks\.json does not match the graph:\n {2}- registered permalink "\/decide\/behaviour-fine\/access-controlled\/"/,
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

describe('redirectsFromRegistry', () => {
	it.each([
		// The committed registry has retired nothing yet.
		{ registry: rawRegistry, expected: {} },
		// A retired URL redirects permanently to its replacement.
		{
			registry: { permalinks: [RETIRED], redirects: { [RETIRED]: REPLACEMENT } },
			expected: { [RETIRED]: { status: 301, destination: REPLACEMENT } },
		},
	])('maps $registry.redirects', ({ registry, expected }) => {
		expect(redirectsFromRegistry(parsePermalinkRegistry(registry))).toEqual(expected);
	});
});
