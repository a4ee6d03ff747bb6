import { describe, expect, it } from 'vitest';
import {
	headersForPath,
	hostLimitProblems,
	parseHeadersFile,
	patternMatches,
	serialiseHeadersFile,
	type HeaderRule,
} from '../../src/lib/site/headers-file';

const rules: HeaderRule[] = [
	{ pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
	{ pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
	{ pattern: '/', headers: [['Content-Security-Policy', "default-src 'self';"]] },
];

describe('serialiseHeadersFile and parseHeadersFile', () => {
	it('write the blocks hosts read and read them back unchanged', () => {
		const text = serialiseHeadersFile(rules, ['Generated: do not edit.']);
		expect(text).toBe(
			[
				'# Generated: do not edit.',
				'',
				'/*',
				'  X-Content-Type-Options: nosniff',
				'',
				'/_astro/*',
				'  Cache-Control: public, max-age=31536000, immutable',
				'',
				'/',
				"  Content-Security-Policy: default-src 'self';",
				'',
			].join('\n'),
		);
		expect(parseHeadersFile(text)).toEqual({ rules, errors: [] });
	});

	it('keeps a colon inside a value and reports a header line with no URL pattern above it', () => {
		const parsed = parseHeadersFile('  X-Orphan: 1\n/a\n  Link: <https://example.com/>; rel=preconnect\n');
		expect(parsed.rules).toEqual([
			{ pattern: '/a', headers: [['Link', '<https://example.com/>; rel=preconnect']] },
		]);
		expect(parsed.errors).toEqual(['line 1: expected "Name: value" under a URL pattern']);
	});
});

describe('patternMatches', () => {
	it.each([
		['/', '/', true],
		['/', '/guide/', false],
		['/guide/*', '/guide/', true], // the splat may match nothing
		['/guide/*', '/guide/a/b/', true],
		['/guide/*', '/guides/', false],
		['/*.js', '/_astro/a.js', true],
		['/*.js', '/a.css', false],
	])('%s against %s → %s', (pattern, path, expected) => {
		expect(patternMatches(pattern, path)).toBe(expected);
	});
});

describe('headersForPath', () => {
	it('gathers the headers of every matching rule, lower-cased by name', () => {
		expect(Object.fromEntries(headersForPath(rules, '/_astro/x.js'))).toEqual({
			'x-content-type-options': 'nosniff',
			'cache-control': 'public, max-age=31536000, immutable',
		});
		expect(headersForPath(rules, '/').get('content-security-policy')).toBe("default-src 'self';");
	});

	it('joins one header set by two matching rules with a comma, as Cloudflare Pages does', () => {
		const twice: HeaderRule[] = [
			{ pattern: '/*', headers: [['X-Robots-Tag', 'noindex']] },
			{ pattern: '/a/*', headers: [['X-Robots-Tag', 'nosnippet']] },
		];
		expect(headersForPath(twice, '/a/b').get('x-robots-tag')).toBe('noindex, nosnippet');
	});
});

describe('hostLimitProblems', () => {
	it('accepts a file within 100 rules and 2,000 characters a line', () => {
		expect(hostLimitProblems(serialiseHeadersFile(rules))).toEqual([]);
	});

	it('names each limit a file breaks', () => {
		const many = Array.from({ length: 101 }, (_, i) => ({ pattern: `/p${i}/`, headers: [] }));
		// "  X-Long: " is 10 characters, so 1,991 more make a 2,001-character line: line 204, after 101
		// one-line blocks (lines 1, 3, …, 201) and the long block's pattern on line 203.
		const long: HeaderRule = { pattern: '/', headers: [['X-Long', 'x'.repeat(1991)]] };
		expect(hostLimitProblems(serialiseHeadersFile([...many, long]))).toEqual([
			'102 rules, more than the 100 Cloudflare Pages reads',
			'line 204 has 2001 characters, over 2000',
		]);
	});
});
