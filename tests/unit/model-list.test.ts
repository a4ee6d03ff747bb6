import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/calculator/calculation';
import { FIELD_SPECS, type CalculatorInputs } from '../../src/lib/calculator/fields';
import {
	decodeModelList,
	modelFields,
	modelListPath,
	slotFields,
	type ListedModel,
	type ModelList,
} from '../../src/lib/calculator/model-list';
import { modelListPayload } from '../../src/lib/calculator/model-list-build';
import type { ModelSlot } from '../../src/lib/calculator/model-picks';
import {
	liveModelListText,
	modelListFileName,
	modelListSnapshotIds,
	readModelListText,
	readPublishedModelListHashes,
	readSnapshots,
	SNAPSHOT_DIR,
	snapshotHash,
} from '../../src/lib/calculator/snapshot-files';
import { defaultPresetOf, newestSnapshot } from '../../src/lib/calculator/snapshots';

const snapshots = readSnapshots();
const listIds = modelListSnapshotIds();
const lists = listIds.map((id): [string, ModelList] => [
	id,
	decodeModelList(JSON.parse(readModelListText(id))),
]);

/** The budget for the file the picker fetches, in gzip bytes. */
const LIST_BUDGET_GZIP = 25_000;

const isPrice = (value: unknown): boolean =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;

function model(list: ModelList, key: string): ListedModel {
	const found = list.byKey.get(key);
	if (found === undefined) throw new Error(`no ${key} in the list of ${list.snapshot}`);
	return found;
}

describe('the committed model lists', () => {
	it('belong to published snapshots, from 2026-11-28 on (the first snapshot predates them)', () => {
		const snapshotIds = snapshots.map((snapshot) => snapshot.id);
		expect(listIds).toContain('2026-11-28');
		expect(listIds).not.toContain('2026-11-27');
		for (const id of listIds) expect(snapshotIds).toContain(id);
	});

	it('are never edited or deleted once published: each file has its recorded hash', () => {
		const published = readPublishedModelListHashes();
		expect(Object.keys(published).sort()).toEqual(listIds);
		for (const id of listIds)
			expect(snapshotHash(readFileSync(join(SNAPSHOT_DIR, modelListFileName(id)), 'utf8')), id).toBe(
				published[id],
			);
	});

	it('end with the list the installed price data resolves to: changing the data needs a new snapshot', async () => {
		const newest = newestSnapshot(snapshots);
		expect(listIds.at(-1)).toBe(newest.id);
		expect(await liveModelListText(newest)).toBe(readModelListText(newest.id));
	});

	it('are served at /prices/models/<snapshot>.json', () => {
		expect(modelListPath('2026-11-28')).toBe('/prices/models/2026-11-28.json');
	});
});

describe.each(lists)('the model list of %s', (id, list) => {
	it(`is within ${LIST_BUDGET_GZIP.toLocaleString('en-US')} bytes gzip as the picker fetches it`, () => {
		const payload = modelListPayload(readModelListText(id));
		// Measured at zlib's default level, which is what a server compressing on the fly sends.
		expect(gzipSync(payload).byteLength).toBeLessThanOrEqual(LIST_BUDGET_GZIP);
		expect(JSON.parse(payload)).toEqual(JSON.parse(readModelListText(id)));
	});

	it('covers the price data: over 1,000 models from over 40 providers', () => {
		expect(list.snapshot).toBe(id);
		expect(list.dataset).toBe('@pydantic/genai-prices 0.1.8');
		expect(list.models.length).toBeGreaterThan(1000);
		expect(new Set(list.models.map((entry) => entry.provider.id)).size).toBeGreaterThan(40);
	});

	it('names each model once: its provider:id keys are unique', () => {
		const keys = list.models.map((entry) => entry.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const entry of list.models) expect(entry.key).toBe(`${entry.provider.id}:${entry.id}`);
	});

	it('gives every model the fields the cost model needs, a price or an explicit none, never NaN', () => {
		for (const entry of list.models) {
			const where = entry.key;
			expect(entry.name, where).not.toBe('');
			expect(entry.provider.name, where).not.toBe('');
			expect(isPrice(entry.prices.input), where).toBe(true);
			for (const price of [entry.prices.cachedInput, entry.prices.cacheWrite, entry.prices.output])
				expect(price === null || isPrice(price), where).toBe(true);
			const tier = entry.prices.longContext;
			if (tier !== null) {
				expect(Number.isInteger(tier.threshold) && tier.threshold > 0, where).toBe(true);
				expect(isPrice(tier.input), where).toBe(true);
			}
			for (const flag of entry.flags)
				expect(flag, where).toMatch(
					/^(deprecated|unconfirmed|time-of-day|per-request|price-change:\d{4}-\d{2}-\d{2})$/,
				);
		}
	});

	it.each<ModelSlot>(['a', 'c', 'embedding'])(
		'sets every price input of slot %s from any model, each a price or (output only) none',
		(slot) => {
			const specs = new Map(FIELD_SPECS.map((spec) => [spec.field, spec]));
			for (const entry of list.models) {
				const fields = modelFields(slot, entry.prices);
				expect(Object.keys(fields).sort(), entry.key).toEqual([...slotFields(slot)].sort());
				for (const [field, value] of Object.entries(fields)) {
					const spec = specs.get(field as keyof CalculatorInputs);
					const mayBeNone = field.endsWith('OutputPrice') && entry.prices.output === null;
					if (value === null) expect(mayBeNone, `${entry.key} ${field}`).toBe(true);
					else expect(isPrice(value), `${entry.key} ${field}`).toBe(true);
					expect(spec, field).toBeDefined();
				}
			}
		},
	);
});

describe('models of the 2026-11-28 list, checked against the price data', () => {
	const list = lists.find(([id]) => id === '2026-11-28')?.[1] as ModelList;

	it('Claude Sonnet 4.5 from Anthropic: base prices and the tier above 200,000 input tokens', () => {
		const sonnet = model(list, 'anthropic:claude-sonnet-4-5');
		expect(sonnet.name).toBe('Claude Sonnet 4.5');
		expect(sonnet.provider).toEqual({
			id: 'anthropic',
			name: 'Anthropic',
			pricingUrl: expect.stringMatching(/^https:\/\//),
		});
		// @pydantic/genai-prices 0.1.8: $3 input, $0.30 cache reads, $3.75 cache writes, $15 output per 1M tokens;
		// above 200K input tokens $6, $0.60, $7.50 and $22.50.
		expect(modelFields('a', sonnet.prices)).toEqual({
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

	it('a model without a cache price: reading the cache costs input, writing it has no surcharge', () => {
		// Gemini 2.5 Flash lists $0.30 input, $0.03 cache reads, no cache-write price, $2.50 output, no tier.
		const flash = model(list, 'google:gemini-2.5-flash');
		expect(modelFields('c', flash.prices)).toEqual({
			cInputPrice: 0.3,
			cCachedInputPrice: 0.03,
			cCacheWritePrice: 0.3,
			cOutputPrice: 2.5,
			cLongInputThreshold: 0,
			cLongInputPrice: 0.3,
			cLongCachedInputPrice: 0.03,
			cLongCacheWritePrice: 0.3,
			cLongOutputPrice: 2.5,
		});
	});

	it('an embedding model has no output price: none as A, never 0, and A is then not costed', () => {
		const embedding = model(list, 'openai:text-embedding-3-small');
		expect(embedding.prices.output).toBeNull();
		expect(modelFields('embedding', embedding.prices)).toEqual({ embeddingPrice: 0.02 });
		const start = defaultPresetOf(newestSnapshot(snapshots));
		const asA = { ...start.defaults, ...modelFields('a', embedding.prices) } as CalculatorInputs;
		expect(asA.aOutputPrice).toBeNull();
		expect(asA.aLongOutputPrice).toBeNull();
		const calculation = calculate(asA);
		expect(calculation.a).toBeNull();
		expect(calculation.results).toBeNull();
		expect(calculation.missing).toContain('aOutputPrice');
		// B and C keep their figures.
		expect(calculation.b).not.toBeNull();
	});

	it('calls models whose provider gives two of them one name by their ids', () => {
		// OpenAI's text-embedding-3-small and -large are both "text embedding 3" in the price data.
		expect(model(list, 'openai:text-embedding-3-small').name).toBe('text-embedding-3-small');
		expect(model(list, 'openai:text-embedding-3-large').name).toBe('text-embedding-3-large');
		const names = new Set(list.models.map((entry) => `${entry.provider.id} ${entry.name}`));
		expect(names.size).toBe(list.models.length);
	});

	it('flags prices the data itself doubts, and deprecated models', () => {
		// "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published."
		expect(model(list, 'openai:gpt-oss-120b').flags).toContain('unconfirmed');
		// "I can't find anything so trusting these prices, not sure the model still exists"
		expect(model(list, 'google:gemini-pro').flags).toContain('unconfirmed');
		expect(model(list, 'cerebras:llama3.1-8b').flags).toContain('deprecated');
		expect(model(list, 'anthropic:claude-sonnet-4-5').flags).toEqual([]);
	});
});
