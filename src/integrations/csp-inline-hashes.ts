import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hardenPageCsp } from '../lib/csp';
import { builtFiles } from './built-files';

/**
 * Astro hashes only the scripts and styles it bundles; Starlight's `is:inline` scripts and
 * `style` attributes would be blocked (withastro/astro#16678). After the build, add a hash
 * for every inline script, style element and style attribute of each page to its own policy.
 */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let pages = 0;
				for await (const file of builtFiles(fileURLToPath(dir))) {
					if (!file.endsWith('.html')) continue;
					const hardened = hardenPageCsp(await readFile(file, 'utf8'));
					if (hardened === null) continue;
					await writeFile(file, hardened);
					pages++;
				}
				logger.info(`hashed inline scripts and styles into the CSP of ${pages} pages`);
			},
		},
	};
}
