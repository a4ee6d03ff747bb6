import { describe, expect, it } from 'vitest';
import {
	allowInlineCode,
	collectInlineCode,
	hardenPageCsp,
	parsePolicy,
	readPagePolicy,
	sha256Source,
} from '../../src/lib/csp';

describe('sha256Source', () => {
	it('matches the hash a browser computes for the same text', () => {
		// echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});
});

describe('collectInlineCode', () => {
	it('finds executable inline scripts, style elements and style attributes, and nothing else', () => {
		const html = `<!doctype html><html><head>
			<script>one()</script>
			<script type="module">two()</script>
			<script type="application/ld+json">{"data": true}</script>
			<script src="/a.js"></script>
			<style>p{color:red}</style>
			</head><body><div style="--x: 1">x</div><p>y</p></body></html>`;
		expect(collectInlineCode(html)).toEqual({
			scripts: ['one()', 'two()'],
			styles: ['p{color:red}'],
			styleAttributes: ['--x: 1'],
		});
	});
});

describe('allowInlineCode', () => {
	const code = { scripts: ['one()'], styles: ['p{}'], styleAttributes: ['--x: 1', '--x: 1'] };

	it.each([
		// Astro's usual shape: hashes of styles on style-src.
		["script-src 'self'; style-src 'self'", 'style-src'],
		// Once style-src-elem exists, element hashes belong there.
		["script-src 'self'; style-src 'self'; style-src-elem 'self'", 'style-src-elem'],
	])('adds script, style and attribute hashes to %s', (policy, styleDirective) => {
		const directives = parsePolicy(allowInlineCode(policy, code));
		expect(directives.get('script-src')).toEqual(["'self'", sha256Source('one()')]);
		expect(directives.get(styleDirective)).toContain(sha256Source('p{}'));
		// Duplicate attribute values are hashed once.
		expect(directives.get('style-src-attr')).toEqual(["'unsafe-hashes'", sha256Source('--x: 1')]);
	});

	it('forbids style attributes outright on a page that has none', () => {
		const policy = allowInlineCode("script-src 'self'", { scripts: [], styles: [], styleAttributes: [] });
		expect(parsePolicy(policy).get('style-src-attr')).toEqual(["'none'"]);
	});

	it('drops the hashes of inline code the page does not carry, keeping its other sources', () => {
		const stale = sha256Source('somewhere.else()');
		const policy = `script-src 'self' 'wasm-unsafe-eval' ${stale}; style-src 'self' ${sha256Source('q{}')}`;
		const directives = parsePolicy(allowInlineCode(policy, code));
		expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256Source('one()')]);
		expect(directives.get('style-src')).toEqual(["'self'", sha256Source('p{}')]);
	});

	it('never adds unsafe-inline', () => {
		expect(allowInlineCode("script-src 'self'", code)).not.toContain('unsafe-inline');
	});
});

describe('hardenPageCsp', () => {
	it('rewrites the meta policy of a page to allow its own inline script', () => {
		const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self';"><script>go()</script></head><body></body></html>`;
		const hardened = hardenPageCsp(html);
		expect(hardened).toContain(sha256Source('go()'));
		expect(hardened).toContain('<script>go()</script>');
	});

	it('leaves a page without a policy alone', () => {
		expect(hardenPageCsp('<html><head></head><body></body></html>')).toBeNull();
	});
});

describe('readPagePolicy', () => {
	it('reads the decoded policy of the CSP meta element, or null without one', () => {
		const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;; style-src &#39;self&#39;"></head>`;
		expect(readPagePolicy(html)).toBe("script-src 'self'; style-src 'self'");
		expect(readPagePolicy('<head></head>')).toBeNull();
	});
});
