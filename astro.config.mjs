// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { parse as parseYaml } from 'yaml';
import { parseReferences } from './src/lib/references';
import { citationsPlugin } from './src/integrations/citations-plugin';
import { securityHeaders } from './src/integrations/security-headers';
import { linkCheck } from './src/integrations/link-check';
import { priceFreshness } from './src/integrations/price-freshness';
import { sidebar } from './src/sidebar';

const references = parseReferences(parseYaml(readFileSync('./content/references.yaml', 'utf8')));

export default defineConfig({
	// Deployable under any domain: set SITE_URL at build time; sitemap and canonical links follow it.
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	trailingSlash: 'always',
	markdown: {
		// Code blocks are Expressive Code's job in Starlight; Shiki's inline styles would fight the CSP.
		syntaxHighlight: false,
		processor: satteri({ mdastPlugins: [citationsPlugin({ references })] }),
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its search index reader from WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	integrations: [
		starlight({
			title: 'RAG or fine-tuning?',
			description:
				'A sourced, current guide to choosing retrieval-augmented generation, fine-tuning, both, or better prompting.',
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagefind: true,
			// One short code sample does not justify Expressive Code's CSS and JS on every page.
			expressiveCode: false,
			customCss: ['./src/styles/custom.css'],
			components: { Footer: './src/components/Footer.astro' },
			sidebar,
			// Starlight's asides and heading anchors only reach directories it knows about.
			markdown: { processedDirs: ['./content/docs'] },
		}),
		// Starlight adds its own sitemap unless one is configured; this one leaves out the embeddable views, which
		// point search engines at their full pages instead.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
		preact(),
		mdx(),
		linkCheck(),
		priceFreshness(),
		securityHeaders(),
	],
});
