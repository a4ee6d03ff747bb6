import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/calculator/calculation';
import {
	modelNotes,
	modelSource,
	modelTags,
	priceSummary,
	rebase,
	resolvePicks,
	slotTitle,
	withModel,
} from '../../src/lib/calculator/model-choice';
import { decodeModelList, type ListedModel, type ModelListFile } from '../../src/lib/calculator/model-list';
import { readLink, writeLink } from '../../src/lib/calculator/url-state';
import { testSnapshot } from './fixtures/calculator';

/** A small model list in the file's shape: prices in $ per 1M tokens. */
const file: ModelListFile = {
	note: 'test',
	snapshot: '2026-11-28',
	priceData: { package: '@pydantic/genai-prices', version: '0.1.8', dataDate: '2026-09-23' },
	columns: [],
	providers: [
		['anthropic', 'Anthropic', 'https://www.anthropic.com/pricing'],
		['router', 'Router', null],
	],
	models: [
		[0, 'claude-sonnet-4-5', 'Claude Sonnet 4.5', 3, 0.3, 3.75, 15, [], [200_000, 6, 0.6, 7.5, 22.5]],
		[0, 'claude-old', 'Claude Old', 8, null, null, 24, ['deprecated'], null],
		[1, 'vendor/embed-small', 'Embed Small', 0.02, null, null, null, ['unconfirmed'], null],
	],
};
const list = decodeModelList(file);
const sonnet = list.byKey.get('anthropic:claude-sonnet-4-5') as ListedModel;
const embed = list.byKey.get('router:vendor/embed-small') as ListedModel;
const snapshot = testSnapshot('2026-11-28');
const preset = snapshot.presets[0];
if (preset === undefined) throw new Error('no preset');

describe('withModel', () => {
	const withSonnet = withModel(preset, 'a', sonnet, list);

	it('takes the model’s prices for the slot’s fields and leaves every other figure', () => {
		expect(withSonnet.defaults).toEqual({
			...preset.defaults,
			aInputPrice: 3,
			aCachedInputPrice: 0.3,
			aCacheWritePrice: 3.75,
			aOutputPrice: 15,
			aLongInputThreshold: 200_000,
			aLongInputPrice: 6,
			aLongCachedInputPrice: 0.6,
			aLongCacheWritePrice: 7.5,
			aLongOutputPrice: 22.5,
		});
	});

	it('names the option after the model and its provider', () => {
		expect(withSonnet.labels).toEqual({ ...preset.labels, a: 'Claude Sonnet 4.5 (Anthropic)' });
		// The embedding has no option label of its own.
		expect(withModel(preset, 'embedding', embed, list).labels).toEqual(preset.labels);
	});

	it('puts the model’s source where the preset’s was, naming provider, id, prices and the price data', () => {
		const replacedAt = preset.sources.findIndex((source) => source.fields.includes('aInputPrice'));
		expect(replacedAt).toBeGreaterThanOrEqual(0);
		expect(withSonnet.sources).toHaveLength(preset.sources.length);
		expect(withSonnet.sources[replacedAt]).toEqual({
			label:
				'Option A, Claude Sonnet 4.5 from Anthropic (anthropic:claude-sonnet-4-5): input $3, cached input $0.3, cache writes $3.75, output $15 per 1M tokens; above 200,000 input tokens: input $6, output $22.5',
			url: 'https://www.anthropic.com/pricing',
			accessed: '2026-09-23',
			via: '@pydantic/genai-prices 0.1.8, snapshot 2026-11-28',
			fields: expect.arrayContaining(['aInputPrice', 'aOutputPrice', 'aLongOutputPrice']),
		});
		expect(withSonnet.sources.filter((source) => source.fields.includes('aInputPrice'))).toHaveLength(1);
	});

	it('prices A with the model: 3,100 input and 250 output tokens a call cost $0.01305', () => {
		// The test preset: 300 user + 2,800 instruction and few-shot tokens = 3,100 input, 250 output, no cache hits
		// and no retrieval. (3,100 × $3 + 250 × $15) ÷ 1M = $0.0093 + $0.00375 = $0.01305 a call.
		const calculation = calculate({ ...withSonnet.defaults, aCacheHitPercent: 0, ragA: false });
		expect(calculation.a?.costPerCall).toBeCloseTo(0.01305, 10);
	});
});

describe('what the price data says about a model', () => {
	it.each<[string, ListedModel, 'a' | 'embedding', string[], string[]]>([
		['a model with all its prices', sonnet, 'a', [], []],
		[
			'a deprecated model',
			list.byKey.get('anthropic:claude-old') as ListedModel,
			'a',
			['Deprecated by its provider; the price data keeps its last price.'],
			['deprecated'],
		],
		[
			'an embedding model with a doubted price, as A: no output price either',
			embed,
			'a',
			[
				'Uncertain price: the price data’s own note says it was not confirmed on the provider’s page (copied from elsewhere, assumed, or a promotion). Check it before you rely on it.',
				'No sourced output price: enter yours.',
			],
			['uncertain price', 'no output price'],
		],
		[
			'the same model as the embedding: no output price is needed there',
			embed,
			'embedding',
			[
				'Uncertain price: the price data’s own note says it was not confirmed on the provider’s page (copied from elsewhere, assumed, or a promotion). Check it before you rely on it.',
			],
			['uncertain price'],
		],
	])('%s', (_, model, slot, notes, tags) => {
		expect(modelNotes(model, slot)).toEqual(notes);
		expect(modelTags(model, slot)).toEqual(tags);
	});

	it('summarises only the prices the data gives, and says when output has none', () => {
		expect(priceSummary(embed.prices)).toBe('input $0.02 per 1M tokens, no output price');
		expect(priceSummary((list.byKey.get('anthropic:claude-old') as ListedModel).prices)).toBe(
			'input $8, output $24 per 1M tokens',
		);
	});

	it('falls back to the price package’s page when the data names no provider page', () => {
		const source = modelSource('embedding', embed, list);
		expect(source.url).toBe('https://www.npmjs.com/package/@pydantic/genai-prices/v/0.1.8');
		expect(source.label).toMatch(
			/^Retrieval embedding, Embed Small from Router \(router:vendor\/embed-small\)/,
		);
		expect(source.fields).toEqual(['embeddingPrice']);
	});
});

describe('resolvePicks', () => {
	it('applies each model the list has, and names the slots it applied', () => {
		const result = resolvePicks(preset, '2026-11-28', { a: sonnet.key, embedding: embed.key }, list);
		expect(result.picks).toEqual({ a: sonnet.key, embedding: embed.key });
		expect(result.start.defaults.aInputPrice).toBe(3);
		expect(result.start.defaults.embeddingPrice).toBe(0.02);
		expect(result.chosen.a?.label).toBe('Claude Sonnet 4.5 (Anthropic)');
		expect(result.notices).toEqual({});
	});

	it('keeps the preset’s model for an id the list lacks, with a notice that never echoes the id', () => {
		const result = resolvePicks(preset, '2026-11-28', { a: 'anthropic:claude-retired', c: sonnet.key }, list);
		expect(result.picks).toEqual({ c: sonnet.key });
		expect(result.start.defaults.aInputPrice).toBe(preset.defaults.aInputPrice);
		expect(result.start.defaults.cInputPrice).toBe(3);
		expect(result.notices.a).toBe(
			'A’s model in this link is not in the model list of 2026-11-28 (retired, or mistyped in the link). This shows the preset’s model; the rest of the link is as shared.',
		);
		expect(result.notices.a).not.toContain('claude-retired');
	});

	it('says so when the link’s snapshot predates the model lists', () => {
		const result = resolvePicks(preset, '2026-11-27', { embedding: embed.key }, null);
		expect(result.start).toBe(preset);
		expect(result.notices.embedding).toBe(
			'The embedding model in this link cannot be priced: the prices of 2026-11-27 predate the model list. This shows the preset’s model.',
		);
	});

	it('titles the slots as the picker does', () => {
		expect([slotTitle('a'), slotTitle('c'), slotTitle('embedding')]).toEqual([
			'A’s model',
			'C’s model',
			'The embedding model',
		]);
	});
});

describe('a link with a chosen model', () => {
	const chosen = resolvePicks(preset, '2026-11-28', { a: sonnet.key }, list);

	it('round-trips: the model’s prices, and the reader’s own figures over them', () => {
		// The reader chose Claude Sonnet 4.5 for A, then typed an input price of $2.50 and a volume of 5M.
		const inputs = { ...chosen.start.defaults, aInputPrice: 2.5, volume: 5_000_000 };
		const query = writeLink('2026-11-28', chosen.start, inputs, chosen.picks);
		expect(query).toBe('s=2026-11-28&p=per-token&am=anthropic%3Aclaude-sonnet-4-5&v=5000000&aip=2.5');
		// Reading it back: the link's values over the preset, then the model's prices under the link's values.
		const state = readLink(query, [snapshot]);
		const reopened = resolvePicks(state.preset, '2026-11-28', state.picks, list);
		expect(rebase(state.inputs, state.preset.defaults, reopened.start.defaults, state.overrides)).toEqual(
			inputs,
		);
	});

	it('keeps a link’s value even where it equals the preset’s figure the model replaced', () => {
		// The preset's A input price is $2; the model's is $3; the link says $2 on purpose.
		expect(preset.defaults.aInputPrice).toBe(2);
		const state = readLink('s=2026-11-28&p=per-token&am=anthropic:claude-sonnet-4-5&aip=2', [snapshot]);
		const reopened = resolvePicks(state.preset, '2026-11-28', state.picks, list);
		const inputs = rebase(state.inputs, state.preset.defaults, reopened.start.defaults, state.overrides);
		expect(inputs.aInputPrice).toBe(2);
		expect(inputs.aOutputPrice).toBe(15);
	});

	it('keeps what the reader typed while the list loaded', () => {
		const state = readLink('s=2026-11-28&p=per-token&am=anthropic:claude-sonnet-4-5', [snapshot]);
		const typed = { ...state.inputs, aOutputPrice: 11 };
		const reopened = resolvePicks(state.preset, '2026-11-28', state.picks, list);
		const inputs = rebase(typed, state.preset.defaults, reopened.start.defaults, state.overrides);
		expect(inputs.aOutputPrice).toBe(11);
		expect(inputs.aInputPrice).toBe(3);
	});
});
