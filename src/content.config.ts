import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { providerSchema } from './lib/content/fine-tuning-providers';
import { loadDecisionData, parsePermalinkRegistry } from './lib/decision/load';
import { permalinkRegistrySchema } from './lib/decision/permalinks';
import { decisionGraphSchema } from './lib/decision/schema';
import { parseReferences, referenceSchema } from './lib/references';

const DECISION_GRAPH_FILE = './content/decision-graph.yaml';
const PERMALINKS_FILE = './content/decision-permalinks.json';
const REFERENCES_FILE = './content/references.yaml';

export const collections = {
	// Articles live at the top-level content/docs/, so entry ids are `guide/…`, not `content/docs/…`.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	references: defineCollection({
		loader: file(REFERENCES_FILE),
		schema: referenceSchema,
	}),
	// One entry, "graph": a custom loader because the graph is checked as a whole (reachability, cycles,
	// sources, published permalinks), with messages that name the node, before any page is built from it.
	decisionGraph: defineCollection({
		loader: {
			name: 'decision-graph',
			load: async ({ store, parseData, watcher }) => {
				const read = async (path: string) => readFile(path, 'utf8');
				const references = parseReferences(parseYaml(await read(REFERENCES_FILE)));
				const { graph } = loadDecisionData(
					parseYaml(await read(DECISION_GRAPH_FILE)),
					JSON.parse(await read(PERMALINKS_FILE)),
					references.map((reference) => reference.id),
				);
				store.clear();
				store.set({ id: 'graph', data: await parseData({ id: 'graph', data: graph }) });
				watcher?.add([DECISION_GRAPH_FILE, PERMALINKS_FILE, REFERENCES_FILE]);
			},
		},
		schema: decisionGraphSchema,
	}),
	// One entry, "registry": every decision URL ever published, checked against the graph by the loader above.
	decisionPermalinks: defineCollection({
		loader: {
			name: 'decision-permalinks',
			load: async ({ store, parseData, watcher }) => {
				const registry = parsePermalinkRegistry(JSON.parse(await readFile(PERMALINKS_FILE, 'utf8')));
				store.clear();
				store.set({ id: 'registry', data: await parseData({ id: 'registry', data: registry }) });
				watcher?.add(PERMALINKS_FILE);
			},
		},
		schema: permalinkRegistrySchema,
	}),
	// Dated provider table; each cell names reference ids, checked against references.yaml where it is rendered.
	fineTuningProviders: defineCollection({
		loader: file('./content/fine-tuning-providers.yaml'),
		schema: providerSchema,
	}),
};
