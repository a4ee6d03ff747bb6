import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { referenceSchema } from './lib/references';
import { presetSchema, priceEntrySchema } from './lib/price-schema';

export const collections = {
	// Articles live at the top-level content/docs/, so entry ids are `guide/…`, not `content/docs/…`.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	references: defineCollection({
		loader: file('./content/references.yaml'),
		schema: referenceSchema,
	}),
	prices: defineCollection({
		loader: file('./content/prices/prices.yaml'),
		schema: priceEntrySchema,
	}),
	presets: defineCollection({
		loader: file('./content/prices/presets.yaml'),
		schema: presetSchema,
	}),
};
