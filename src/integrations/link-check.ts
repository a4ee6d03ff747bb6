import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { extractLinks, findBrokenLinks, type PageLinks } from '../lib/link-check';
import { builtFiles, urlPathOf } from './built-files';

/**
 * Fail the build on any internal link or `#anchor` that leads nowhere, on every built page —
 * articles, generated pages and the 404 page alike.
 */
export function linkCheck(): AstroIntegration {
	return {
		name: 'link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = new Map<string, PageLinks>();
				const files = new Set<string>();
				for await (const file of builtFiles(root)) {
					const path = urlPathOf(root, file);
					if (file.endsWith('.html')) pages.set(path, extractLinks(await readFile(file, 'utf8')));
					files.add(path);
				}
				const broken = findBrokenLinks(pages, files);
				if (broken.length > 0) throw new Error(`Broken internal links:\n  ${broken.join('\n  ')}`);
				logger.info(`checked the internal links of ${pages.size} pages`);
			},
		},
	};
}
