import type { AstroIntegration } from 'astro';
import { staleFigureWarnings } from '../lib/calculator/price-freshness';
import { readSnapshots } from '../lib/calculator/snapshot-files';
import { newestSnapshot } from '../lib/calculator/snapshots';

/**
 * Warn (never fail: an old price is still the best we have) when a figure of today's price snapshot was read
 * more than 180 days before the build: time to make a new snapshot (npm run snapshot).
 */
export function priceFreshness(): AstroIntegration {
	return {
		name: 'price-freshness',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const newest = newestSnapshot(readSnapshots());
				const figures = newest.presets.flatMap((preset) =>
					preset.sources.map((source) => ({
						name: `snapshot ${newest.id}: ${source.label}`,
						accessed: source.accessed,
					})),
				);
				const unique = [...new Map(figures.map((figure) => [figure.name, figure])).values()];
				const today = new Date().toISOString().slice(0, 10);
				for (const warning of staleFigureWarnings(unique, today)) logger.warn(warning);
			},
		},
	};
}
