import type { ModelInfo, Provider } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { decodeModelList, type ModelListFile } from '../../src/lib/calculator/model-list';
import {
	buildModelList,
	isUnconfirmedNote,
	matchesLogic,
	modelListPayload,
	modelListText,
	pricesOnDate,
} from '../../src/lib/calculator/model-list-build';

const priceData = { package: '@pydantic/genai-prices', version: '0.1.8', dataDate: '2026-09-23' };

function modelInfo(id: string, prices: ModelInfo['prices'], extra: Partial<ModelInfo> = {}): ModelInfo {
	return { id, match: { equals: id }, prices, ...extra };
}

/** A maker selling its own models, and a router reselling one of them. */
const providers: Provider[] = [
	{
		id: 'maker',
		name: 'Maker',
		api_pattern: 'maker',
		pricing_urls: ['https://maker.example/pricing'],
		model_match: { starts_with: 'mk-' },
		models: [
			modelInfo('mk-large', {
				input_mtok: { base: 3, tiers: [{ start: 200_000, price: 6 }] },
				cache_read_mtok: 0.3,
				output_mtok: { base: 15, tiers: [{ start: 200_000, price: 22.5 }] },
			}),
			modelInfo('mk-embed', { input_mtok: 0.02 }, { name: 'MK Embed' }),
			modelInfo('mk-old', { input_mtok: 1, output_mtok: 2 }, { deprecated: true }),
			// Priced per image only: nothing the calculator can cost.
			modelInfo('mk-image', { output_mtok: 1 }),
		],
	},
	{
		id: 'router',
		name: 'Router',
		api_pattern: 'router',
		models: [
			modelInfo(
				'maker/mk-large',
				{ input_mtok: 3.3, output_mtok: 16.5, requests_kcount: 1 },
				{ price_comments: 'Imported from OpenRouter pricing; verify against Maker pricing.' },
			),
		],
	},
];

describe('buildModelList', () => {
	const file = buildModelList(providers, '2026-11-28', priceData);
	const list = decodeModelList(JSON.parse(modelListText(file)));

	it('keeps the models priced per input token, makers first, with their provider', () => {
		expect(list.models.map((model) => model.key)).toEqual([
			'maker:mk-large',
			'maker:mk-embed',
			'maker:mk-old',
			'router:maker/mk-large',
		]);
		expect(list.byKey.get('maker:mk-embed')?.name).toBe('MK Embed');
		// No name in the data: the id stands in.
		expect(list.byKey.get('maker:mk-large')?.name).toBe('mk-large');
		expect(list.byKey.get('router:maker/mk-large')?.provider).toEqual({
			id: 'router',
			name: 'Router',
			pricingUrl: null,
		});
	});

	it('keeps base prices, the long-context tier, and none where the data lists none', () => {
		expect(list.byKey.get('maker:mk-large')?.prices).toEqual({
			input: 3,
			cachedInput: 0.3,
			cacheWrite: null,
			output: 15,
			longContext: { threshold: 200_000, input: 6, cachedInput: null, cacheWrite: null, output: 22.5 },
		});
		expect(list.byKey.get('maker:mk-embed')?.prices.output).toBeNull();
	});

	it('flags deprecated models, doubted prices and per-request billing', () => {
		expect(list.byKey.get('maker:mk-old')?.flags).toEqual(['deprecated']);
		expect(list.byKey.get('router:maker/mk-large')?.flags).toEqual(['unconfirmed', 'per-request']);
		expect(list.byKey.get('maker:mk-large')?.flags).toEqual([]);
	});

	it('writes one row per line and serves the same JSON without whitespace', () => {
		const text = modelListText(file);
		expect(text.split('\n').filter((line) => line.startsWith('\t\t[')).length).toBe(
			file.providers.length + file.models.length,
		);
		expect(JSON.parse(modelListPayload(text))).toEqual(file);
		expect(modelListPayload(text)).not.toMatch(/\n/);
	});

	it('refuses a price with more than one long-context tier', () => {
		const twoTiers = modelInfo('mk-tiers', {
			input_mtok: {
				base: 1,
				tiers: [
					{ start: 100, price: 2 },
					{ start: 200, price: 3 },
				],
			},
		});
		const provider: Provider = { ...(providers[0] as Provider), models: [twoTiers] };
		expect(() => buildModelList([provider], '2026-11-28', priceData)).toThrow(/only one long-context tier/);
	});
});

describe('pricesOnDate', () => {
	const changing = modelInfo('mk-new', [
		{ prices: { input_mtok: 1, output_mtok: 2 } },
		{
			constraint: { type: 'start_date', start_date: '2026-10-01' },
			prices: { input_mtok: 0.5, output_mtok: 1 },
		},
		{
			constraint: { type: 'start_date', start_date: '2027-01-01' },
			prices: { input_mtok: 0.8, output_mtok: 1.6 },
		},
	]);

	it.each([
		// Before any change: the first price, and the next change flagged.
		['2026-09-30', 1, ['price-change:2026-10-01']],
		// A start date applies from that day on; the later change is flagged.
		['2026-10-01', 0.5, ['price-change:2027-01-01']],
		['2026-11-28', 0.5, ['price-change:2027-01-01']],
		['2027-01-01', 0.8, []],
	])('on %s input costs $%s', (date, input, flags) => {
		const { prices, flags: raised } = pricesOnDate(changing, date);
		expect(prices.input_mtok).toBe(input);
		expect(raised).toEqual(flags);
	});

	it('takes a time-of-day price in force for most of the day, and flags it', () => {
		// Off-peak 16:30–00:30 (8 h) at half price; the standard price holds the other 16 h.
		const offPeak = modelInfo('mk-offpeak', [
			{ prices: { input_mtok: 0.28, output_mtok: 0.42 } },
			{
				constraint: { type: 'time_of_date', start_time: '16:30:00Z', end_time: '00:30:00Z' },
				prices: { input_mtok: 0.14, output_mtok: 0.21 },
			},
		]);
		expect(pricesOnDate(offPeak, '2026-11-28')).toEqual({
			prices: { input_mtok: 0.28, output_mtok: 0.42 },
			flags: ['time-of-day'],
		});
		// The same windows the other way round: the discounted price holds 16 h.
		const mostlyCheap = modelInfo('mk-cheap', [
			{ prices: { input_mtok: 0.28, output_mtok: 0.42 } },
			{
				constraint: { type: 'time_of_date', start_time: '00:30:00Z', end_time: '16:30:00Z' },
				prices: { input_mtok: 0.14, output_mtok: 0.21 },
			},
		]);
		expect(pricesOnDate(mostlyCheap, '2026-11-28').prices.input_mtok).toBe(0.14);
	});
});

describe('isUnconfirmedNote', () => {
	it.each([
		[
			'Imported from OpenRouter pricing; verify against Azure AI Foundry when native pricing is published.',
			true,
		],
		["I can't find anything about this model or it's pricing, so trusting the original source", true],
		['docs give just one price - "Pricing Per 1M Tokens", we assume that\'s input and output', true],
		['Standard API rates reflect the 50% launch promotion ending at 24:00 on September 9, 2026', true],
		['Global endpoint pricing, flat across the full 1M context window.', false],
		[undefined, false],
	])('%s → %s', (note, expected) => {
		expect(isUnconfirmedNote(note)).toBe(expected);
	});
});

describe('matchesLogic', () => {
	it.each<[Parameters<typeof matchesLogic>[0], string, boolean]>([
		[{ equals: 'GPT-4o' }, 'gpt-4o', true],
		[{ starts_with: 'claude-' }, 'Claude-sonnet-4-5', true],
		[{ ends_with: '-latest' }, 'mistral-small-latest', true],
		[{ contains: 'flash' }, 'gemini-2.5-flash-lite', true],
		[{ regex: '^gpt-\\d' }, 'gpt-6-sol', true],
		[{ and: [{ starts_with: 'gpt' }, { contains: 'mini' }] }, 'gpt-5-mini', true],
		[{ and: [{ starts_with: 'gpt' }, { contains: 'mini' }] }, 'gpt-5', false],
		[{ or: [{ equals: 'a' }, { equals: 'b' }] }, 'b', true],
	])('%j matches %s: %s', (logic, text, expected) => {
		expect(matchesLogic(logic, text)).toBe(expected);
	});
});

describe('decodeModelList', () => {
	const good: ModelListFile = buildModelList(providers, '2026-11-28', priceData);
	const broken = (change: (file: ModelListFile) => void): unknown => {
		const copy = JSON.parse(JSON.stringify(good)) as ModelListFile;
		change(copy);
		return copy;
	};

	it.each<[string, unknown, RegExp]>([
		['not an object', 'models', /not a model list/],
		['no providers', broken((file) => void Object.assign(file, { providers: null })), /not a model list/],
		['a row of eight columns', broken((file) => void file.models[0]?.pop()), /nine columns/],
		['an unknown provider', broken((file) => void ((file.models[0] as unknown[])[0] = 9)), /no provider/],
		['a negative price', broken((file) => void ((file.models[0] as unknown[])[3] = -1)), /malformed price/],
		['a text price', broken((file) => void ((file.models[0] as unknown[])[6] = '15')), /malformed price/],
		['a short tier', broken((file) => void ((file.models[0] as unknown[])[8] = [200_000, 6])), /tier/],
		['a repeated model', broken((file) => void file.models.push(file.models[0] as never)), /repeat/],
	])('refuses %s, naming the problem', (_, raw, message) => {
		expect(() => decodeModelList(raw)).toThrow(message);
	});
});
