import { describe, expect, it } from 'vitest';
import { headersForPath, type HeaderRule } from '../../src/lib/site/headers-file';
import {
	frameAncestorsFor,
	headerRules,
	mergePolicies,
	sectionOf,
	withFrameAncestors,
	type BuiltPage,
} from '../../src/lib/site/http-headers';

const base = "default-src 'self'; script-src 'self' 'sha256-A'; style-src-attr 'none';";
const pages: BuiltPage[] = [
	{ path: '/', policy: base },
	{ path: '/404.html', policy: "default-src 'self'; script-src 'self' 'sha256-N'; style-src-attr 'none';" },
	{ path: '/guide/a/', policy: base },
	{
		path: '/guide/b/',
		policy: "default-src 'self'; script-src 'self' 'sha256-B'; style-src-attr 'unsafe-hashes' 'sha256-S';",
	},
	{ path: '/embed/calculator/', policy: base },
];

function csp(rules: HeaderRule[], path: string): string | undefined {
	return headersForPath(rules, path).get('content-security-policy');
}

describe('frameAncestorsFor and withFrameAncestors', () => {
	it('let any page, even a sandboxed one, frame the embed views, and no site frame any other page', () => {
		expect(frameAncestorsFor('/embed/decide/x/')).toBeNull();
		expect(frameAncestorsFor('/guide/cost-calculator/')).toBe("'none'");
		expect(withFrameAncestors(base, '/guide/a/')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-A'; style-src-attr 'none'; frame-ancestors 'none';",
		);
	});
});

describe('mergePolicies', () => {
	it("allows what either policy allows, dropping a directive's 'none' once another source is allowed", () => {
		expect(mergePolicies([pages[2]?.policy ?? '', pages[3]?.policy ?? ''])).toBe(
			"default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src-attr 'unsafe-hashes' 'sha256-S';",
		);
	});

	it("keeps 'none' where every policy says none", () => {
		expect(mergePolicies([base, base])).toBe(base);
	});
});

describe('sectionOf', () => {
	it.each([
		['/', null],
		['/404.html', null],
		['/guide/', '/guide/'],
		['/decide/a/b/', '/decide/'],
	])('%s → %s', (path, section) => {
		expect(sectionOf(path)).toBe(section);
	});
});

describe('headerRules', () => {
	const rules = headerRules(pages);

	it('sends the security headers with every response and caches hashed assets for a year', () => {
		const asset = headersForPath(rules, '/_astro/client.abc123.js');
		expect(asset.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
		expect(asset.get('x-content-type-options')).toBe('nosniff');
		expect(asset.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(asset.get('permissions-policy')).toContain('camera=()');
		expect(asset.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(headersForPath(rules, '/guide/a/').get('cache-control')).toBeUndefined();
	});

	it('gives each root page its own policy and each section the policies of its pages and the 404 page', () => {
		expect(csp(rules, '/')).toBe(withFrameAncestors(base, '/'));
		expect(csp(rules, '/guide/a/')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B' 'sha256-N'; " +
				"style-src-attr 'unsafe-hashes' 'sha256-S'; frame-ancestors 'none';",
		);
		// A missing URL under /guide/ is answered with the 404 page, whose script the merged policy allows.
		expect(csp(rules, '/guide/missing/')).toContain("'sha256-N'");
		expect(csp(rules, '/embed/calculator/')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-A' 'sha256-N'; style-src-attr 'none';",
		);
	});

	it('never lets two rules that match one URL set the same header', () => {
		for (const path of [...pages.map((page) => page.path), '/guide/missing/', '/_astro/x.js']) {
			const names = rules
				.filter((rule) => headersForPath([rule], path).size > 0)
				.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
			expect(new Set(names).size, path).toBe(names.length);
		}
	});

	it("falls back to one exact rule a page when a section's merged policy would pass 2,000 characters", () => {
		const hashes = (prefix: string) =>
			Array.from({ length: 20 }, (_, i) => `'sha256-${prefix}${String(i).padStart(44, '0')}'`).join(' ');
		const heavy: BuiltPage[] = [
			{ path: '/guide/a/', policy: `script-src ${hashes('a')};` },
			{ path: '/guide/b/', policy: `script-src ${hashes('b')};` },
		];
		expect(headerRules(heavy).map((rule) => rule.pattern)).toEqual([
			'/*',
			'/_astro/*',
			'/guide/a/',
			'/guide/b/',
		]);
	});
});
