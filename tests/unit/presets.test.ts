import { describe, expect, it } from 'vitest';
import { gpuRates, resolvePreset } from '../../src/lib/calculator/presets';
import type { PriceEntry } from '../../src/lib/calculator/price-schema';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const bench = PRICES.find((entry) => entry.id === 'bench') as Extract<PriceEntry, { kind: 'throughput' }>;

describe('gpuRates', () => {
	it('fits prefill and output rates to two runs on the same GPU', () => {
		// Run 1: 1M input ÷ 50,000/s = 20 s + 500k output ÷ 5,000/s = 100 s = 120 s.
		// Run 2: 4M input ÷ 50,000/s = 80 s + 100k output ÷ 5,000/s = 20 s = 100 s.
		const rates = gpuRates(bench);
		expect(rates.prefill).toBeCloseTo(50_000, 6);
		expect(rates.output).toBeCloseTo(5_000, 6);
	});

	it('leaves the prefill rate unknown when the source gives one output figure', () => {
		const { runs: _runs, ...single } = bench;
		expect(gpuRates({ ...single, outputTokensPerSecond: 4678.88 })).toEqual({
			output: 4678.88,
			prefill: null,
		});
	});

	it('refuses runs that do not give two positive rates', () => {
		const [first] = bench.runs ?? [];
		if (first === undefined) throw new Error('no run');
		expect(() => gpuRates({ ...bench, runs: [first, first] })).toThrow(/positive prefill and output rates/);
	});
});

describe('resolvePreset', () => {
	it('fills a per-token preset, leaving the GPU figures it has no source for empty', () => {
		const resolved = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase);
		expect(resolved.defaults).toMatchObject({
			aInputPrice: 2,
			aCachedInputPrice: 0.2,
			aCacheWritePrice: 2.5,
			aLongInputThreshold: 272_000,
			aLongInputPrice: 4,
			aLongOutputPrice: 15,
			cInputPrice: 0.1,
			bInputPrice: 0.2,
			bOutputPrice: 0.2,
			gpuHourPrice: null,
			gpuThroughput: null,
			gpuPrefillThroughput: null,
			bTtftMs: 200,
			bOutputTokensPerSecond: 150,
			horizonMonths: 12,
		});
		expect(resolved.labels).toEqual({ a: 'GPT-6 Sol', b: 'Qwen 9B + LoRA', c: 'GPT-6 Luna' });
	});

	it('cites the provider’s own page and the dataset a base-model price was read from', () => {
		const [a] = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase).sources;
		expect(a).toEqual({
			label:
				'Option A, GPT-6 Sol (openai/gpt-6-sol): input $2, cached input $0.2, cache writes $2.5, output $10 per 1M tokens; above 272,000 input tokens: input $4, output $15',
			url: 'https://developers.openai.com/api/docs/pricing',
			accessed: '2026-09-23',
			via: '@pydantic/genai-prices 0.1.8',
			fields: [
				'aInputPrice',
				'aOutputPrice',
				'aCachedInputPrice',
				'aCacheWritePrice',
				'aLongInputThreshold',
				'aLongInputPrice',
				'aLongOutputPrice',
				'aLongCachedInputPrice',
				'aLongCacheWritePrice',
			],
		});
	});

	it('takes a dedicated preset’s GPU price, fitted rates and latency from the curated figures', () => {
		const resolved = resolvePreset(DEDICATED_PRESET, PRICES, lookupBase);
		expect(resolved.defaults).toMatchObject({
			gpuHourPrice: 4,
			bTtftMs: 500,
			bOutputTokensPerSecond: 100,
			bInputPrice: null,
		});
		expect(resolved.defaults.gpuPrefillThroughput).toBeCloseTo(50_000, 6);
		expect(resolved.sources.map((source) => source.label).slice(3)).toEqual([
			'Host, Up to 16B: training $0.5 per 1M tokens',
			'Host, On demand: H100 80GB at $4 per GPU-hour',
			'Bench, 9B on one GPU: 5,000 output tokens/s, 50,000 input tokens/s prefill on 1 × H100 80GB at up to 256 concurrent requests (fitted to its runs: chat, 1,000 requests, 1,000,000 input and 500,000 output tokens in 120 s; long input, 1,000 requests, 4,000,000 input and 100,000 output tokens in 100 s)',
		]);
	});

	it('mirrors A into C when the preset has no C, with C switched off', () => {
		const { c: _c, ...withoutC } = PER_TOKEN_PRESET;
		const resolved = resolvePreset(withoutC, PRICES, lookupBase);
		expect(resolved.defaults.includeC).toBe(false);
		expect(resolved.defaults.cInputPrice).toBe(2);
		expect(resolved.labels.c).toBeNull();
	});

	it('charges no cache surcharge and no cache discount where the dataset lists none', () => {
		const plain = (provider: string, model: string) => ({
			...lookupBase(provider, model),
			cachedInputPerMTok: null,
			cacheWritePerMTok: null,
			longContext: null,
		});
		expect(resolvePreset(PER_TOKEN_PRESET, PRICES, plain).defaults).toMatchObject({
			aCachedInputPrice: 2,
			aCacheWritePrice: 2,
			aLongInputThreshold: 0,
		});
	});

	it('fails on a reference to a missing figure', () => {
		const broken = { ...PER_TOKEN_PRESET, b: { ...PER_TOKEN_PRESET.b, trainingPrice: 'missing' } };
		expect(() => resolvePreset(broken, PRICES, lookupBase)).toThrow(/no price with id "missing"/);
	});
});
