/**
 * The HTTP headers the site asks its host to send, derived from the built pages themselves: each page's
 * Content-Security-Policy (the same policy its meta element carries, plus `frame-ancestors`, which only a
 * header can carry), security headers for every response, and long caching for content-hashed assets.
 */
import { parsePolicy, serialisePolicy } from '../csp';
import { EMBED_SECTION } from './embed';
import { HOST_LIMITS, type Header, type HeaderRule } from './headers-file';

/** The page hosts answer unknown URLs with. */
export const NOT_FOUND_PATH = '/404.html';

/** Headers every response gets, whatever its type. */
export const SITE_WIDE_HEADERS: readonly Header[] = [
	// Two years, the figure browsers' preload lists ask for; covers the site's own subdomains only.
	['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	[
		'Permissions-Policy',
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	],
];

/** Vite puts a content hash in every file name under /_astro/, so a file there never changes. */
export const HASHED_ASSETS: HeaderRule = {
	pattern: '/_astro/*',
	headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
};

/** A built HTML page: the URL path it is served at and the policy of its CSP meta element. */
export interface BuiltPage {
	path: string;
	policy: string;
}

const CSP = 'Content-Security-Policy';

/**
 * The `frame-ancestors` sources of a page: `'none'`, so no site may frame it, or null for the embeddable views,
 * which carry no such directive at all. `*` would not do for them: it matches network schemes only, so a
 * document tool that renders embeds inside a sandboxed or `srcdoc` frame (an opaque, `about:` ancestor) would
 * be refused.
 */
export function frameAncestorsFor(path: string): string | null {
	return path.startsWith(EMBED_SECTION) ? null : "'none'";
}

/**
 * One policy that allows what any of the given policies allows: per directive, the union of their sources
 * in first-seen order, with `'none'` dropped where another source is allowed.
 */
export function mergePolicies(policies: readonly string[]): string {
	const merged = new Map<string, string[]>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const current = merged.get(name) ?? [];
			for (const source of sources) if (!current.includes(source)) current.push(source);
			merged.set(name, current);
		}
	}
	for (const [name, sources] of merged) {
		if (sources.length > 1)
			merged.set(
				name,
				sources.filter((source) => source !== "'none'"),
			);
	}
	return serialisePolicy(merged);
}

/** A policy with `frame-ancestors` set, or left out, for the path it is served at. */
export function withFrameAncestors(policy: string, path: string): string {
	const directives = parsePolicy(policy);
	const ancestors = frameAncestorsFor(path);
	if (ancestors === null) directives.delete('frame-ancestors');
	else directives.set('frame-ancestors', [ancestors]);
	return serialisePolicy(directives);
}

/** The first path segment as a section (`/guide/x/` → `/guide/`); null for files at the root. */
export function sectionOf(path: string): string | null {
	const match = /^\/[^/]+\//.exec(path);
	return match === null ? null : match[0];
}

function cspRule(pattern: string, policy: string): HeaderRule {
	return { pattern, headers: [[CSP, withFrameAncestors(policy, pattern)]] };
}

function fitsOneLine(rule: HeaderRule): boolean {
	return rule.headers.every(([name, value]) => `  ${name}: ${value}`.length <= HOST_LIMITS.lineLength);
}

/**
 * The `_headers` rules for a build. Content-Security-Policy rules never overlap, because hosts disagree on
 * how they combine two values of one header: the home page and other root files get exact rules, and each
 * section (`/guide/*`, `/decide/*`, …) one rule whose policy allows what every page in it needs, the 404 page
 * included, since hosts answer a missing URL in the section with it. Each page's own meta policy still
 * applies on top, so a page gets no more than its own policy allows. A section whose merged policy would not
 * fit on one line falls back to one exact rule per page.
 */
export function headerRules(pages: readonly BuiltPage[]): HeaderRule[] {
	const notFound = pages.find((page) => page.path === NOT_FOUND_PATH);
	const sections = new Map<string, BuiltPage[]>();
	const rules: HeaderRule[] = [{ pattern: '/*', headers: [...SITE_WIDE_HEADERS] }, HASHED_ASSETS];
	for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
		const section = sectionOf(page.path);
		if (section === null) rules.push(cspRule(page.path, page.policy));
		else sections.set(section, [...(sections.get(section) ?? []), page]);
	}
	for (const [section, members] of sections) {
		const policies = members.map((page) => page.policy);
		const merged = cspRule(
			`${section}*`,
			mergePolicies(notFound ? [...policies, notFound.policy] : policies),
		);
		if (fitsOneLine(merged)) rules.push(merged);
		else rules.push(...members.map((page) => cspRule(page.path, page.policy)));
	}
	return rules;
}
