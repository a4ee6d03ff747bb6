import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { referenceSchema } from './lib/references';

export const collections = {
	// Articles live at the top-level content/docs/, so entry ids are `guide/…`, not `content/docs/…`.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// Starlight reads UI string overrides from here; the guide has none yet, so it stays empty.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	references: defineCollection({
		loader: file('./content/references.yaml'),
		schema: referenceSchema,
	}),
};
