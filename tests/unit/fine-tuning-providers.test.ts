import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	findProvider,
	orderProviders,
	parseFineTuningProviders,
	providersMarkdown,
	resolveSources,
	statusMarkdown,
	unknownSources,
	type FineTuningProvider,
} from '../../src/lib/content/fine-tuning-providers';
import { parseReferences, type Reference } from '../../src/lib/references';

const reference = (id: string, title = `Title of ${id}`): Reference => ({
	id,
	title,
	authors: 'Example Inc.',
	publisher: 'Example documentation',
	year: 2026,
	url: `https://example.com/${id}`,
	accessed: '2026-11-28',
});

const valid = {
	id: 'example-host',
	name: 'Example Host',
	kind: 'open-model-host',
	tuning: {
		text: 'LoRA adapters for the open models it lists.',
		methods: ['lora'],
		sources: ['tuning-page'],
	},
	serving: {
		text: 'On a dedicated deployment billed by the hour.',
		modes: ['dedicated'],
		sources: ['serving-page'],
	},
	status: {
		state: 'available',
		summary: 'Example Host trains and serves LoRA adapters.',
		sources: ['tuning-page'],
	},
};
const references = [reference('tuning-page'), reference('serving-page', 'Serving | pricing')];

describe('parseFineTuningProviders', () => {
	it('accepts a complete row', () => {
		expect(parseFineTuningProviders([valid])).toHaveLength(1);
	});

	it.each([
		// Methods come from a fixed list so the table prints them the same way everywhere.
		[{ ...valid, tuning: { ...valid.tuning, methods: ['magic'] } }, /tuning\.methods\.0/],
		// "No serving" next to a billing mode would say two opposite things.
		[{ ...valid, serving: { ...valid.serving, modes: ['none', 'per-token'] } }, /cannot be combined/],
		// A cell without a source is a claim nobody can check.
		[{ ...valid, status: { ...valid.status, sources: [] } }, /at least one source/],
		// Ids become anchors and component props.
		[{ ...valid, id: 'Example Host' }, /lowercase slugs/],
		// A status is a sentence that pages reprint, not a keyword.
		[{ ...valid, status: { ...valid.status, summary: 'Open.' } }, /as a sentence/],
		// States come from a fixed list that drives the label.
		[{ ...valid, status: { ...valid.status, state: 'maybe' } }, /status\.state/],
	])('rejects a bad row with a message naming the problem (%#)', (row, message) => {
		expect(() => parseFineTuningProviders([row])).toThrow(message);
	});

	it('rejects a provider listed twice', () => {
		expect(() => parseFineTuningProviders([valid, valid])).toThrow(/listed twice/);
	});
});

describe('sources', () => {
	const [provider] = parseFineTuningProviders([
		{ ...valid, serving: { ...valid.serving, sources: ['serving-page', 'gone-page'] } },
	]) as [FineTuningProvider];

	it('lists every source id the reference list lacks, with the cell that names it', () => {
		expect(unknownSources([provider], new Set(['tuning-page', 'serving-page']))).toEqual([
			'example-host.serving: gone-page',
		]);
	});

	it('resolves ids in the order the cell names them and names the cell when one is missing', () => {
		expect(resolveSources(['serving-page', 'tuning-page'], references, 'x.tuning').map((r) => r.id)).toEqual([
			'serving-page',
			'tuning-page',
		]);
		expect(() => resolveSources(['gone-page'], references, 'example-host.serving')).toThrow(
			/example-host\.serving names "gone-page"/,
		);
	});
});

describe('findProvider', () => {
	const providers = parseFineTuningProviders([valid]);
	it('finds a row by id and lists the known ids when the id is unknown', () => {
		expect(findProvider(providers, 'example-host').name).toBe('Example Host');
		expect(() => findProvider(providers, 'fireworks')).toThrow(
			/no provider "fireworks".*known: example-host/,
		);
	});
});

describe('orderProviders', () => {
	it('puts model vendors first, then clouds, hosts and data platforms, by name within each', () => {
		const rows = parseFineTuningProviders([
			{ ...valid, id: 'z-host', name: 'Zeta Host' },
			{ ...valid, id: 'platform', name: 'Alpha Platform', kind: 'data-platform' },
			{ ...valid, id: 'b-cloud', name: 'Beta Cloud', kind: 'cloud' },
			{ ...valid, id: 'a-host', name: 'Alpha Host' },
			{ ...valid, id: 'vendor', name: 'Omega Models', kind: 'model-vendor' },
		]);
		expect(orderProviders(rows).map((row) => row.id)).toEqual([
			'vendor',
			'b-cloud',
			'a-host',
			'z-host',
			'platform',
		]);
	});
});

describe('plain-Markdown renderings', () => {
	const providers = parseFineTuningProviders([valid]);

	it('prints a status sentence with its dated source and a link to the provider row', () => {
		expect(statusMarkdown(providers[0] as FineTuningProvider, references)).toBe(
			'Example Host trains and serves LoRA adapters. Sources: [Title of tuning-page](https://example.com/tuning-page) (read 2026-11-28). [Compare providers](/guide/fine-tuning-in-2026/#provider-example-host).',
		);
	});

	it('prints one table row per provider, with labels, facets and escaped pipes', () => {
		const table = providersMarkdown(providers, references).split('\n');
		expect(table).toHaveLength(3);
		expect(table[0]).toBe('| Provider | Status | What can be tuned | How the result is served |');
		expect(table[2]).toContain('| Example Host (Open-model host) | Available. Example Host trains');
		expect(table[2]).toContain('Methods: LoRA adapters.');
		expect(table[2]).toContain('Billing: dedicated hardware, billed by time.');
		// The serving source's title holds a pipe, which would otherwise split the cell.
		expect(table[2]).toContain('[Serving \\| pricing](https://example.com/serving-page)');
		expect(table[2]?.split(' | ')).toHaveLength(4);
	});
});

describe('the committed provider table', () => {
	const providers = parseFineTuningProviders(
		parseYaml(readFileSync('content/fine-tuning-providers.yaml', 'utf8')),
	);
	const committedReferences = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8')));

	it('covers the providers the guide discusses, each with a sourced status', () => {
		const ids = providers.map((provider) => provider.id);
		for (const id of [
			'openai',
			'azure-openai',
			'google-vertex',
			'aws-bedrock',
			'mistral',
			'cohere',
			'together',
			'fireworks',
		])
			expect(ids).toContain(id);
	});

	it('names only sources that content/references.yaml lists', () => {
		const known = new Set(committedReferences.map((entry) => entry.id));
		expect(unknownSources(providers, known)).toEqual([]);
	});

	it('marks withdrawn offerings as serving nothing new and open ones as serving something', () => {
		for (const provider of providers) {
			const servesNothing = provider.serving.modes.includes('none');
			expect(servesNothing, provider.id).toBe(provider.status.state === 'withdrawn');
		}
	});
});
