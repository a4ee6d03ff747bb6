import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { baseModelPrice } from '../../src/lib/calculator/base-model-prices';
import { resolvePreset } from '../../src/lib/calculator/fields';
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
			expect(daysBetween(entry.accessed, '2026-11-27')).toBeGreaterThanOrEqual(0);
		}
	});

	it('has nothing stale as of the day it was curated', () => {
		expect(stalePrices(prices, '2026-11-27')).toEqual([]);
	});
});

describe('content/prices/presets.yaml', () => {
	it('validates and refers only to existing figures of the right kind', () => {
		expect(presets.map((preset) => preset.id)).toEqual(['lora-per-token', 'lora-dedicated']);
		expect(presetReferenceProblems(presets, prices)).toEqual([]);
	});

	it('has one per-token and one dedicated fine-tuned preset, each with a small base model as C', () => {
		expect(presets.map((preset) => preset.b.serving).sort()).toEqual(['dedicated', 'per-token']);
		expect(presets.every((preset) => preset.c !== undefined)).toBe(true);
	});

	describe.each(presets.map((preset) => [preset.id, preset] as const))('%s', (_id, preset) => {
		it('resolves against @pydantic/genai-prices with a dated source for every figure', () => {
			const resolved = resolvePreset(preset, prices, (provider, model) => baseModelPrice(provider, model));
			expect(resolved.sources.length).toBeGreaterThanOrEqual(5);
			for (const source of resolved.sources) {
				expect(source.url).toMatch(/^https:\/\//);
				expect(source.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
			expect(stalePrices(resolved.sources, '2026-11-27')).toEqual([]);
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
			/preset id "lora-per-token" is listed twice/,
		);
	});

	describe.each<[string, Partial<Preset['b']>, RegExp]>([
		[
			'per-token serving without a price',
			{ serving: 'per-token', servingPrice: undefined },
			/needs a servingPrice id/,
		],
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

	it('reports preset references to missing or mismatched figures', () => {
		const [first] = presets as [Preset];
		const broken: Preset = {
			...first,
			b: { ...first.b, servingPrice: 'fireworks-a100-80gb', trainingPrice: 'nope' },
		};
		expect(presetReferenceProblems([broken], prices)).toEqual([
			'preset "lora-per-token" b.servingPrice: "fireworks-a100-80gb" is gpu-hour, not serving',
			'preset "lora-per-token" b.trainingPrice: no price with id "nope"',
		]);
	});

	it('finds figures by id and kind, or says why not', () => {
		expect(findPrice(prices, 'fireworks-a100-80gb', 'gpu-hour').usdPerGpuHour).toBe(3.89);
		expect(() => findPrice(prices, 'nope', 'gpu-hour')).toThrow(/no price with id "nope"/);
		expect(() => findPrice(prices, 'fireworks-a100-80gb', 'training')).toThrow(
			/is a gpu-hour figure, not training/,
		);
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
