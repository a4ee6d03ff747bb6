import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Text } from 'hast';

/** A CSP source expression for the SHA-256 hash of some inline text. */
export function sha256Source(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline code a built page carries that a strict policy must allow by hash. */
export interface InlineCode {
	/** Bodies of `<script>` elements without `src` that the browser executes. */
	scripts: string[];
	/** Bodies of `<style>` elements. */
	styles: string[];
	/** Values of `style="…"` attributes. */
	styleAttributes: string[];
}

const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function textOf(element: Element): string {
	return element.children.map((child) => (child.type === 'text' ? (child as Text).value : '')).join('');
}

/** Collect every inline script, style element and style attribute of an HTML document. */
export function collectInlineCode(html: string): InlineCode {
	const found: InlineCode = { scripts: [], styles: [], styleAttributes: [] };
	visit(fromHtml(html), 'element', (element: Element) => {
		const style = element.properties['style'];
		if (typeof style === 'string') found.styleAttributes.push(style);
		if (element.tagName === 'script' && element.properties['src'] === undefined) {
			const type = String(element.properties['type'] ?? '').toLowerCase();
			if (EXECUTABLE_SCRIPT_TYPES.has(type)) found.scripts.push(textOf(element));
		}
		if (element.tagName === 'style') found.styles.push(textOf(element));
	});
	return found;
}

/** Parse a policy string into an ordered map of directive name to source list. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** Serialise a parsed policy back to the `content` of a CSP meta element. */
export function serialisePolicy(directives: Map<string, string[]>): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ') + ';';
}

const HASH_SOURCE = /^'sha(?:256|384|512)-/;

/**
 * Set a directive's hashes to exactly `hashes`, keeping its other sources. Astro lists the hash of every inline
 * script in the build on every page; a page keeps only its own, which also keeps policies short enough to send
 * as a header.
 */
function setHashes(directives: Map<string, string[]>, name: string, hashes: Iterable<string>): void {
	const current = (directives.get(name) ?? []).filter((source) => !HASH_SOURCE.test(source));
	for (const hash of hashes) if (!current.includes(hash)) current.push(hash);
	directives.set(name, current);
}

/**
 * Rewrite a page's policy so that exactly the inline code it ships is allowed: scripts and style elements by
 * hash (and no others), style attributes by hash under `style-src-attr` with `'unsafe-hashes'`.
 */
export function allowInlineCode(policy: string, code: InlineCode): string {
	const directives = parsePolicy(policy);
	setHashes(directives, 'script-src', code.scripts.map(sha256Source));
	// Astro moves its style hashes to style-src-elem when that directive exists; follow it.
	const styleElements = directives.has('style-src-elem') ? 'style-src-elem' : 'style-src';
	setHashes(directives, styleElements, code.styles.map(sha256Source));
	const attributeHashes = [...new Set(code.styleAttributes)].map(sha256Source);
	directives.set(
		'style-src-attr',
		attributeHashes.length > 0 ? ["'unsafe-hashes'", ...attributeHashes] : ["'none'"],
	);
	return serialisePolicy(directives);
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The policy of a page's CSP meta element, decoded; null when the page has none. */
export function readPagePolicy(html: string): string | null {
	const match = CSP_META.exec(html);
	return match ? decodeAttribute(match[1] ?? '') : null;
}

/** Rewrite the CSP meta element of one built page; returns null when the page has none. */
export function hardenPageCsp(html: string): string | null {
	const match = CSP_META.exec(html);
	const current = readPagePolicy(html);
	if (!match || current === null) return null;
	const policy = allowInlineCode(current, collectInlineCode(html));
	return html.replace(
		match[0],
		`<meta http-equiv="content-security-policy" content="${encodeAttribute(policy)}">`,
	);
}

function decodeAttribute(value: string): string {
	return value.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function encodeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
