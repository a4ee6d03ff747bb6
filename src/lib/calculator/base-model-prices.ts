/**
 * Base-model prices read from @pydantic/genai-prices at build time. The package bundles ~830 KB of data:
 * import this module only from build-time code (pages, content loaders), never from an island.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { calcPrice, type ModelPrice } from '@pydantic/genai-prices';
import type { BaseModelPrice } from './price-schema';

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

/**
 * A per-1M price field: a number, or the base of a context-length tier table. The base tier is the one that
 * applies to prompts shorter than the first tier (272K tokens for current OpenAI models), which covers every
 * per-call prompt this calculator models.
 */
function perMillion(value: ModelPrice[string]): number | null {
	if (value === undefined) return null;
	return typeof value === 'number' ? value : value.base;
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
	const input = perMillion(result.model_price['input_mtok']);
	if (input === null)
		throw new Error(`${PRICE_PACKAGE} ${version} lists no input price for ${provider}/${model}`);
	return {
		provider,
		model,
		name: result.model.name ?? model,
		inputPerMTok: input,
		outputPerMTok: perMillion(result.model_price['output_mtok']) ?? 0,
		cachedInputPerMTok: perMillion(result.model_price['cache_read_mtok']),
		source: `${PRICE_PACKAGE} ${version}`,
		sourceUrl: `https://www.npmjs.com/package/${PRICE_PACKAGE}/v/${version}`,
		accessed: priceDataDate(version),
	};
}
