import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { installedPriceDataVersion, priceDataDate, PRICE_PACKAGE } from '../lib/calculator/base-model-prices';
import { staleFigureWarnings } from '../lib/calculator/price-freshness';
import { parsePriceList } from '../lib/calculator/price-schema';

/**
 * Warn (never fail: an old price is still the best we have) when a curated price or the base-model price
 * data was read more than 180 days before the build.
 */
export function priceFreshness(): AstroIntegration {
	return {
		name: 'price-freshness',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				const prices = parsePriceList(parseYaml(await readFile('./content/prices/prices.yaml', 'utf8')));
				const figures = [
					...prices.map((price) => ({
						name: `content/prices/prices.yaml "${price.id}"`,
						accessed: price.accessed,
					})),
					{ name: `${PRICE_PACKAGE} ${installedPriceDataVersion()} data`, accessed: priceDataDate() },
				];
				const today = new Date().toISOString().slice(0, 10);
				for (const warning of staleFigureWarnings(figures, today)) logger.warn(warning);
			},
		},
	};
}
