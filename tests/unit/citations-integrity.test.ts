import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citedIds } from '../../src/lib/plain-markdown';
import { parseReferences } from '../../src/lib/references';

/** Every `.mdx` file below a directory, as paths relative to the repository root. */
function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return mdxFiles(path);
		return entry.name.endsWith('.mdx') ? [path] : [];
	});
}

/** Every id listed under a `sources` or `cites` key anywhere in a parsed YAML document. */
function sourceIds(node: unknown): string[] {
	if (Array.isArray(node)) return node.flatMap(sourceIds);
	if (node === null || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) =>
		(key === 'sources' || key === 'cites') && Array.isArray(value)
			? value.filter((id): id is string => typeof id === 'string')
			: sourceIds(value),
	);
}

const references = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8')));
const known = new Set(references.map((reference) => reference.id));

const citations = mdxFiles('content/docs').flatMap((file) =>
	citedIds(readFileSync(file, 'utf8')).map((id) => ({ id, where: file })),
);
const graphSources = sourceIds(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8'))).map((id) => ({
	id,
	where: 'content/decision-graph.yaml',
}));
const providerSources = sourceIds(parseYaml(readFileSync('content/fine-tuning-providers.yaml', 'utf8'))).map(
	(id) => ({
		id,
		where: 'content/fine-tuning-providers.yaml',
	}),
);
const uses = [...citations, ...graphSources, ...providerSources];

describe('the reference list and its uses', () => {
	it('finds citations in the articles and sources in the decision graph and the provider table', () => {
		expect(citations.length).toBeGreaterThan(20);
		expect(graphSources.length).toBeGreaterThan(0);
		expect(providerSources.length).toBeGreaterThan(0);
	});

	it('resolves every <Cite id>, decision-graph source and provider-table source to content/references.yaml', () => {
		const unknown = uses.filter((use) => !known.has(use.id)).map((use) => `${use.where}: ${use.id}`);
		expect(unknown, 'ids that name no entry of content/references.yaml').toEqual([]);
	});

	it('cites every entry of content/references.yaml somewhere', () => {
		const used = new Set(uses.map((use) => use.id));
		const unused = references.filter((reference) => !used.has(reference.id)).map((reference) => reference.id);
		expect(unused, 'references nobody cites: cite them or remove them').toEqual([]);
	});
});
