import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	GRAPH_JSON_FORMAT,
	GRAPH_JSON_FORMAT_VERSION,
	publishGraph,
} from '../../src/lib/decision/graph-json';
import { loadDecisionData } from '../../src/lib/decision/load';
import { enumeratePaths } from '../../src/lib/decision/paths';
import { pathVerdict } from '../../src/lib/decision/verdict';
import { parseReferences } from '../../src/lib/references';

const references = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8')));
const { graph, registry } = loadDecisionData(
	parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')),
	JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')),
	references.map((reference) => reference.id),
);
const published = publishGraph(graph, references, registry);
// What tools read: the JSON text, not the object.
const json = JSON.parse(JSON.stringify(published)) as Record<string, unknown>;

describe('/decide/graph.json', () => {
	it('keeps its documented top-level fields, and only those', () => {
		expect(Object.keys(json)).toEqual([
			'format',
			'formatVersion',
			'title',
			'version',
			'changes',
			'start',
			'questions',
			'outcomes',
			'paths',
			'retired',
			'references',
		]);
		expect(json['format']).toBe(GRAPH_JSON_FORMAT);
		expect(json['formatVersion']).toBe(GRAPH_JSON_FORMAT_VERSION);
		expect(json['version']).toBe('2026-11-28');
	});

	it('keeps the documented fields of every node, statement and next step', () => {
		for (const question of published.questions) {
			expect(Object.keys(question)).toEqual(['id', 'question', 'why', 'answers']);
			for (const answer of question.answers)
				expect(Object.keys(answer)).toEqual(['slug', 'label', 'reason', 'next']);
		}
		for (const outcome of published.outcomes) {
			expect(Object.keys(outcome)).toEqual([
				'id',
				'title',
				'verdict',
				'reasons',
				'caveats',
				'nextSteps',
				'image',
			]);
			for (const statement of [...outcome.reasons, ...outcome.caveats]) {
				for (const key of Object.keys(statement)) expect(['text', 'when', 'asserts', 'cites']).toContain(key);
			}
			for (const step of outcome.nextSteps) expect(step.href).toMatch(/^\/guide\//);
		}
	});

	it('lists every finished path with the statements its page shows', () => {
		const paths = enumeratePaths(graph);
		expect(published.paths.map((path) => path.permalink)).toEqual(paths.map((path) => path.permalink));
		published.paths.forEach((entry, index) => {
			const shown = pathVerdict(paths[index]!);
			expect(entry.reasons).toEqual(shown.reasons.map((item) => item.index));
			expect(entry.caveats).toEqual(shown.caveats.map((item) => item.index));
			expect(entry.markdown).toBe(`${entry.permalink.slice(0, -1)}.md`);
		});
	});

	it('lists every retired URL with its redirect', () => {
		expect(published.retired).toContainEqual({
			permalink: '/decide/cost-at-scale/open-ended/',
			redirectsTo: '/decide/cost-at-scale/smaller-falls-short/open-ended/',
			retired: '2026-11-28',
		});
		expect(published.retired).toHaveLength(Object.keys(registry.redirects).length);
	});

	it('carries exactly the references the statements cite', () => {
		const cited = new Set(
			graph.outcomes.flatMap((outcome) =>
				[...outcome.reasons, ...outcome.caveats].flatMap((item) => item.cites ?? []),
			),
		);
		expect(new Set(published.references.map((reference) => reference.id))).toEqual(cited);
	});
});
