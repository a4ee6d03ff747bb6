/**
 * Base-model prices read from @pydantic/genai-prices at build time. The package bundles ~830 KB of data:
 * import this module only from build-time code (pages, content loaders), never from an island.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { calcPrice, type ModelPrice } from '@pydantic/genai-prices';
import type { BaseModelPrice, LongContextPrices } from './price-schema';

/** Package whose data gives base-model prices. */
export const PRICE_PACKAGE = '@pydantic/genai-prices';

/**
 * Publication date of each package version's bundled data (from the npm registry's `time` field).
 * The package carries no date of its own; add the new version here when upgrading it.
 */
export const PRICE_DATA_DATES: Readonly<Record<string, string>> = {
	'0.1.8': '2026-09-23',
};

/** The installed version of @pydantic/genai-prices, read from its package.json. */
export function installedPriceDataVersion(): string {
	// The package's export map hides package.json, so locate it from the resolved entry point (dist/…).
	const entry = createRequire(import.meta.url).resolve(PRICE_PACKAGE);
	const manifest: unknown = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
	const version = (manifest as { version?: unknown }).version;
	if (typeof version !== 'string') throw new Error(`${PRICE_PACKAGE}: package.json has no version`);
	return version;
}

/** Date of the installed package's price data; throws when the version is not in `PRICE_DATA_DATES`. */
export function priceDataDate(version = installedPriceDataVersion()): string {
	const date = PRICE_DATA_DATES[version];
	if (date === undefined) {
		throw new Error(
			`${PRICE_PACKAGE} ${version} is installed but PRICE_DATA_DATES has no date for it: add its publish date`,
		);
	}
	return date;
}

type PriceField = ModelPrice[string];

/** The base price of a per-1M field: the field itself, or the base of its context-length tier table. */
function basePrice(value: PriceField): number | null {
	if (value === undefined) return null;
	return typeof value === 'number' ? value : value.base;
}

/** The first tier of a field: its start (calls with more input tokens pay it) and price; null without tiers. */
function firstTier(value: PriceField): { start: number; price: number } | null {
	if (value === undefined || typeof value === 'number' || value.tiers.length === 0) return null;
	if (value.tiers.length > 1) throw new Error('only one long-context tier per model is modelled');
	const [tier] = value.tiers;
	return tier === undefined ? null : { start: tier.start, price: tier.price };
}

/** The long-context tier of a model: input and output must share one threshold; null when there is none. */
function longContextOf(prices: ModelPrice, where: string): LongContextPrices | null {
	const input = firstTier(prices['input_mtok']);
	if (input === null) return null;
	const output = firstTier(prices['output_mtok']);
	const cached = firstTier(prices['cache_read_mtok']);
	const write = firstTier(prices['cache_write_mtok']);
	for (const tier of [output, cached, write])
		if (tier !== null && tier.start !== input.start)
			throw new Error(`${where}: its tiers start at different input lengths`);
	return {
		thresholdTokens: input.start,
		inputPerMTok: input.price,
		outputPerMTok: output?.price ?? basePrice(prices['output_mtok']) ?? 0,
		cachedInputPerMTok: cached?.price ?? null,
		cacheWritePerMTok: write?.price ?? null,
	};
}

/** Options for `baseModelPrice`. */
export interface BaseModelPriceOptions {
	/**
	 * Day whose prices apply (the package keeps price history for some models).
	 * @default the current time
	 */
	at?: Date;
	/** Installed package version, for tests; read from node_modules by default. */
	version?: string;
}

/**
 * Per-1M prices of one base model from @pydantic/genai-prices.
 * The package matches model ids fuzzily (an unknown id can resolve to a neighbour), so the provider and model
 * it returns must equal the ones asked for; anything else throws rather than quietly pricing another model.
 */
export function baseModelPrice(
	provider: string,
	model: string,
	options: BaseModelPriceOptions = {},
): BaseModelPrice {
	const version = options.version ?? installedPriceDataVersion();
	const result = calcPrice({ input_tokens: 1, output_tokens: 1 }, model, {
		providerId: provider,
		...(options.at === undefined ? {} : { timestamp: options.at }),
	});
	if (result === null) throw new Error(`${PRICE_PACKAGE} ${version} has no price for ${provider}/${model}`);
	if (result.provider.id !== provider || result.model.id !== model) {
		throw new Error(
			`${PRICE_PACKAGE} ${version} matched ${result.provider.id}/${result.model.id} when asked for ${provider}/${model}: ` +
				'use the exact model id the package lists',
		);
	}
	const where = `${PRICE_PACKAGE} ${version} ${provider}/${model}`;
	const prices = result.model_price;
	const input = basePrice(prices['input_mtok']);
	if (input === null) throw new Error(`${where} lists no input price`);
	return {
		provider,
		model,
		name: result.model.name ?? model,
		inputPerMTok: input,
		outputPerMTok: basePrice(prices['output_mtok']) ?? 0,
		cachedInputPerMTok: basePrice(prices['cache_read_mtok']),
		cacheWritePerMTok: basePrice(prices['cache_write_mtok']),
		longContext: longContextOf(prices, where),
		dataset: `${PRICE_PACKAGE} ${version}`,
		pricingUrl:
			result.provider.pricing_urls?.[0] ?? `https://www.npmjs.com/package/${PRICE_PACKAGE}/v/${version}`,
		accessed: priceDataDate(version),
	};
}
