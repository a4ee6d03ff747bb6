import { describe, expect, it } from 'vitest';
import {
	baseModelPrice,
	installedPriceDataVersion,
	PRICE_DATA_DATES,
	priceDataDate,
} from '../../src/lib/calculator/base-model-prices';

describe('installed @pydantic/genai-prices', () => {
	it('is the pinned version, with a recorded data date', () => {
		expect(installedPriceDataVersion()).toBe('0.1.8');
		expect(priceDataDate()).toBe('2026-09-23');
		expect(Object.keys(PRICE_DATA_DATES)).toContain(installedPriceDataVersion());
	});

	it('refuses a version whose data date is unknown', () => {
		expect(() => priceDataDate('9.9.9')).toThrow(/no date for it/);
	});
});

describe('baseModelPrice', () => {
	describe.each([
		// Flat prices, with and without a cache-write price.
		['openai', 'gpt-5-nano', 0.05, 0.4, 0.005, null],
		['anthropic', 'claude-sonnet-5', 2, 10, 0.2, 2.5],
		// The base of a context-length tier table.
		['openai', 'gpt-6-sol', 2, 10, 0.2, 2.5],
		['openai', 'gpt-6-luna', 0.1, 0.5, 0.01, 0.125],
		// An embedding model has no output price and no cache price.
		['openai', 'text-embedding-3-small', 0.02, 0, null, null],
	])('%s/%s', (provider, model, input, output, cached, write) => {
		it(`costs $${input} / $${output} per 1M tokens`, () => {
			const price = baseModelPrice(provider, model);
			expect(price).toMatchObject({
				provider,
				model,
				inputPerMTok: input,
				outputPerMTok: output,
				cachedInputPerMTok: cached,
				cacheWritePerMTok: write,
				dataset: '@pydantic/genai-prices 0.1.8',
				accessed: '2026-09-23',
			});
		});
	});

	it('links the provider’s own pricing page, as the dataset records it', () => {
		expect(baseModelPrice('openai', 'gpt-6-sol').pricingUrl).toBe(
			'https://developers.openai.com/api/docs/pricing',
		);
	});

	it('reads the long-context tier: above 272,000 input tokens GPT-6 Sol costs $4 / $15 throughout', () => {
		expect(baseModelPrice('openai', 'gpt-6-sol').longContext).toEqual({
			thresholdTokens: 272_000,
			inputPerMTok: 4,
			outputPerMTok: 15,
			cachedInputPerMTok: 0.4,
			cacheWritePerMTok: 5,
		});
		expect(baseModelPrice('openai', 'gpt-5-nano').longContext).toBeNull();
	});

	it('uses the price in force on a given day', () => {
		// GPT-5.6 Terra was cut by 20 % on 2026-07-30: $2.50 → $2 input.
		expect(baseModelPrice('openai', 'gpt-5.6-terra', { at: new Date('2026-07-01') }).inputPerMTok).toBe(2.5);
		expect(baseModelPrice('openai', 'gpt-5.6-terra', { at: new Date('2026-08-01') }).inputPerMTok).toBe(2);
	});

	describe.each([
		// Unknown to the package.
		['openai', 'gpt-9-foo', /has no price for openai\/gpt-9-foo/],
		// Known model, wrong provider.
		['anthropic', 'gpt-6-sol', /has no price for anthropic\/gpt-6-sol/],
		// Fuzzy matches to a neighbour: the package answers for claude-sonnet-5.
		[
			'anthropic',
			'claude-sonnet-5-foo',
			/matched anthropic\/claude-sonnet-5 when asked for anthropic\/claude-sonnet-5-foo/,
		],
		// A dated alias resolves to the undated model id.
		['openai', 'gpt-6-sol-2027-01-01', /matched openai\/gpt-6-sol/],
	])('%s/%s', (provider, model, message) => {
		it('fails loudly', () => {
			expect(() => baseModelPrice(provider, model)).toThrow(message);
		});
	});
});
