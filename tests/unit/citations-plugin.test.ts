import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { citationsPlugin, SOURCES_HEADING } from '../../src/integrations/citations-plugin';
import type { Reference } from '../../src/lib/references';

const reference = (id: string): Reference => ({
	id,
	title: `Title of ${id}`,
	authors: 'Someone',
	publisher: 'Somewhere',
	year: 2024,
	url: `https://example.org/${id}`,
	accessed: '2026-11-27',
});

const plugin = citationsPlugin({ references: [reference('a'), reference('b')] });
function compile(source: string): string {
	const result = mdxToJs(source, { mdastPlugins: [plugin], fileURL: new URL('file:///guide/x.mdx') });
	// The plugin is synchronous, so the compile is too.
	if (result instanceof Promise) throw new Error('expected a synchronous compile');
	return result.code;
}

describe('citationsPlugin', () => {
	it('numbers citations by first use and lists the sources in that order', () => {
		const code = compile(
			'One.<Cite id="b" /> Two.<Cite id="a" /> Three.<Cite id="b" />\n\n<Cite id="a" />\n',
		);
		expect([...code.matchAll(/children: "\[(\d)\]"/g)].map((match) => match[1])).toEqual([
			'1',
			'2',
			'1',
			'2',
		]);
		expect(code).toContain(`"${SOURCES_HEADING}"`);
		expect(code.indexOf('Title of b')).toBeLessThan(code.indexOf('Title of a'));
		// Each source links back to every place it was cited.
		expect(code).toContain('#cite-b-2');
		expect(code).toContain('#cite-a-2');
		// No <Cite> component is left for MDX to resolve at run time.
		expect(code).not.toMatch(/_jsx\(Cite/);
	});

	it('leaves a page without citations untouched', () => {
		expect(compile('Nothing cited here.\n')).not.toContain(SOURCES_HEADING);
	});

	it('fails naming the file and the unknown id', () => {
		expect(() => compile('Claim.<Cite id="nope" />\n')).toThrow(/x\.mdx: <Cite id="nope" \/> names no entry/);
	});

	it('fails when a Cite has no id', () => {
		expect(() => compile('Claim.<Cite />\n')).toThrow(/needs an id/);
	});
});
