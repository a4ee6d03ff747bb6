import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baseModelPrice } from '../../src/lib/calculator/base-model-prices';
import { resolvePreset } from '../../src/lib/calculator/presets';
import { findPrice } from '../../src/lib/calculator/price-lookup';
import {
	calendarDate,
	daysBetween,
	parsePresetList,
	parsePriceList,
	presetReferenceProblems,
	priceEntrySchema,
	stalePrices,
	type PriceEntry,
	type Preset,
} from '../../src/lib/calculator/price-schema';

const read = (file: string): unknown =>
	parse(readFileSync(new URL(`../../content/prices/${file}`, import.meta.url), 'utf8'));
const prices = parsePriceList(read('prices.yaml'));
const presets = parsePresetList(read('presets.yaml'));

describe('content/prices/prices.yaml', () => {
	it('validates against the schema', () => {
		expect(prices.length).toBeGreaterThan(0);
	});

	it('cites the provider’s own https page and a date on or before today for every figure', () => {
		for (const entry of prices) {
			expect(entry.source).toMatch(/^https:\/\//);
			expect(daysBetween(entry.accessed, '2026-11-28')).toBeGreaterThanOrEqual(0);
		}
	});

	it('has nothing stale as of the day it was curated', () => {
		expect(stalePrices(prices, '2026-11-28')).toEqual([]);
	});
});

describe('content/prices/presets.yaml', () => {
	it('validates and refers only to existing figures of the right kind', () => {
		expect(presets.map((preset) => preset.id)).toEqual(['lora-dedicated', 'lora-per-token']);
		expect(presetReferenceProblems(presets, prices)).toEqual([]);
	});

	it('has one per-token and one dedicated fine-tuned preset, each with a small base model as C', () => {
		expect(presets.map((preset) => preset.b.serving).sort()).toEqual(['dedicated', 'per-token']);
		expect(presets.every((preset) => preset.c !== undefined)).toBe(true);
	});

	it('makes dedicated serving the default, with a GPU price, a throughput with a prefill rate, and a notice', () => {
		const defaults = presets.filter((preset) => preset.default === true);
		expect(defaults.map((preset) => preset.id)).toEqual(['lora-dedicated']);
		const resolved = resolvePreset(defaults[0] as Preset, prices, (provider, model) =>
			baseModelPrice(provider, model),
		);
		expect(resolved.defaults.gpuHourPrice).toBeGreaterThan(0);
		expect(resolved.defaults.gpuThroughput).toBeGreaterThan(0);
		expect(resolved.defaults.gpuPrefillThroughput).toBeGreaterThan(0);
		expect(resolved.notice).toMatch(/Dedicated serving is the default because/);
	});

	describe.each(presets.map((preset) => [preset.id, preset] as const))('%s', (_id, preset) => {
		it('resolves against @pydantic/genai-prices with a dated source for every figure', () => {
			const resolved = resolvePreset(preset, prices, (provider, model) => baseModelPrice(provider, model));
			const priced: (keyof typeof resolved.defaults)[] = [
				'aInputPrice',
				'aOutputPrice',
				'cInputPrice',
				'cOutputPrice',
				'embeddingPrice',
				'trainingPrice',
				'bInputPrice',
				'bOutputPrice',
				'gpuHourPrice',
				'gpuThroughput',
				'gpuPrefillThroughput',
			];
			for (const field of priced) {
				const cited = resolved.sources.some((source) => source.fields.includes(field));
				expect(cited, field).toBe(resolved.defaults[field] !== null);
			}
			for (const source of resolved.sources) {
				expect(source.url).toMatch(/^https:\/\//);
				expect(source.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
			expect(stalePrices(resolved.sources, '2026-11-28')).toEqual([]);
		});
	});
});

describe('schema rules', () => {
	const training = {
		kind: 'training',
		id: 'x-training',
		provider: 'X',
		model: 'Y',
		trainingPerMTok: 1,
		source: 'https://example.com/pricing',
		accessed: '2026-11-27',
	};

	describe.each<[string, Record<string, unknown>, RegExp]>([
		// Only https sources.
		['an http source', { source: 'http://example.com' }, /https/],
		// Dates are YYYY-MM-DD and real.
		['a slashed date', { accessed: '27/11/2026' }, /YYYY-MM-DD/],
		['an impossible date', { accessed: '2026-02-30' }, /does not exist/],
		// Prices are not negative.
		['a negative price', { trainingPerMTok: -1 }, /expected number to be >=0/i],
		// Ids are slugs.
		['an id with spaces', { id: 'X training' }, /lowercase slugs/],
		// Unknown kinds are refused.
		['an unknown kind', { kind: 'discount' }, /kind/i],
	])('rejects %s', (_name, change, message) => {
		it('with a message that names the problem', () => {
			const result = priceEntrySchema.safeParse({ ...training, ...change });
			expect(result.success).toBe(false);
			expect(JSON.stringify(result.error?.issues)).toMatch(message);
		});
	});

	it('accepts a valid calendar date and rejects 2026-13-01', () => {
		expect(calendarDate.safeParse('2024-02-29').success).toBe(true);
		expect(calendarDate.safeParse('2026-13-01').success).toBe(false);
	});

	it('names every bad entry and duplicate id in one error', () => {
		expect(() => parsePriceList([training, training], 'prices.yaml')).toThrow(
			/prices\.yaml is invalid:\n {2}- 1\.id: price id "x-training" is listed twice/,
		);
		const [first] = presets;
		expect(() => parsePresetList([first, first], 'presets.yaml')).toThrow(
			/preset id "lora-dedicated" is listed twice/,
		);
	});

	describe.each<[string, Partial<Preset['b']>, RegExp]>([
		[
			'per-token serving without latency',
			{ serving: 'per-token', exampleLatency: undefined },
			/needs an exampleLatency/,
		],
		[
			'dedicated serving without a GPU price',
			{ serving: 'dedicated', gpuHourPrice: undefined, throughput: 'x' },
			/needs a gpuHourPrice id/,
		],
		[
			'dedicated serving without throughput',
			{ serving: 'dedicated', gpuHourPrice: 'x', throughput: undefined },
			/needs a throughput id/,
		],
	])('rejects a preset with %s', (_name, change, message) => {
		it('naming the field', () => {
			const [first] = presets;
			const broken = { ...first, b: { ...first?.b, ...change } };
			expect(() => parsePresetList([broken])).toThrow(message);
		});
	});

	it('asks a per-token preset without a price to say why in its notice', () => {
		const perToken = presets.find((preset) => preset.id === 'lora-per-token') as Preset;
		const { notice: _notice, ...silent } = perToken;
		expect(() => parsePresetList([silent])).toThrow(/must say why in its notice/);
	});

	it('reports preset references to missing or mismatched figures', () => {
		const [first] = presets as [Preset];
		const broken: Preset = {
			...first,
			b: { ...first.b, servingPrice: 'together-h100-80gb', trainingPrice: 'nope' },
		};
		expect(presetReferenceProblems([broken], prices)).toEqual([
			'preset "lora-dedicated" b.servingPrice: "together-h100-80gb" is gpu-hour, not serving',
			'preset "lora-dedicated" b.trainingPrice: no price with id "nope"',
		]);
	});

	it('finds figures by id and kind, or says why not', () => {
		expect(findPrice(prices, 'together-h100-80gb', 'gpu-hour').usdPerGpuHour).toBe(3.99);
		expect(() => findPrice(prices, 'nope', 'gpu-hour')).toThrow(/no price with id "nope"/);
		expect(() => findPrice(prices, 'together-h100-80gb', 'training')).toThrow(
			/is a gpu-hour figure, not training/,
		);
	});

	it('refuses a throughput figure with both a single rate and runs', () => {
		const bench = prices.find((entry) => entry.kind === 'throughput');
		expect(priceEntrySchema.safeParse({ ...bench, outputTokensPerSecond: 5000 }).success).toBe(false);
	});
});

describe('stalePrices', () => {
	const dated = (accessed: string): PriceEntry => ({ ...(prices[0] as PriceEntry), accessed });

	describe.each([
		// 180 days old is still fresh; 181 is stale (2026-05-31 → 2026-11-27 is 180 days).
		['2026-05-31', 180, false],
		['2026-05-30', 180, true],
		// A shorter limit.
		['2026-11-20', 5, true],
		['2026-11-27', 0, false],
	])('a figure read on %s with a %d-day limit', (accessed, maxAge, stale) => {
		it(stale ? 'is stale' : 'is fresh', () => {
			expect(stalePrices([dated(accessed)], '2026-11-27', maxAge)).toHaveLength(stale ? 1 : 0);
		});
	});

	it('counts days across a leap day', () => {
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
	});
});
