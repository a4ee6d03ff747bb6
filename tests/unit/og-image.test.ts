import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/lib/decision/graph-layout';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import {
	escapeXml,
	OG_FONT_FAMILY,
	OG_IMAGE_SIZE,
	ogImagePath,
	ogImageSvg,
} from '../../src/lib/decision/og-image';

const text = {
	siteTitle: 'RAG or fine-tuning?',
	outcomeTitle: 'Retrieval (RAG)',
	verdict:
		'Build retrieval first, indexing your sources and passing the most relevant passages to the model.',
};

describe('ogImageSvg', () => {
	const svg = ogImageSvg(text);

	it('is 1200×630, the size link previews expect', () => {
		expect(OG_IMAGE_SIZE).toEqual({ width: 1200, height: 630 });
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
	});

	it('names only the bundled font, so rendering never depends on system fonts', () => {
		const families = [...svg.matchAll(/font-family="([^"]+)"/g)].map((match) => match[1]);
		expect(new Set(families)).toEqual(new Set([OG_FONT_FAMILY]));
	});

	describe.each([
		// The site's name, the verdict's name and its sentence all appear.
		{ what: 'the site title', expected: 'RAG or fine-tuning?' },
		{ what: 'the outcome title', expected: 'Retrieval (RAG)' },
		{ what: 'the start of the verdict', expected: 'Build retrieval first,' },
	])('$what', ({ expected }) => {
		it('is drawn', () => {
			expect(svg).toContain(expected);
		});
	});

	it('wraps a long verdict and cuts it off with an ellipsis after five lines', () => {
		const long = ogImageSvg({ ...text, verdict: 'word '.repeat(200) });
		const verdictBlock = long.split('font-size="34"')[1] ?? '';
		expect(verdictBlock.match(/<tspan/g)).toHaveLength(5);
		expect(verdictBlock).toContain(' …</tspan>');
	});

	it('escapes markup in the text', () => {
		expect(ogImageSvg({ ...text, outcomeTitle: 'A <b> & "c"' })).toContain('A &#60;b&#62; &#38; &#34;c&#34;');
	});
});

describe.each([
	// Each character that would end a text node or attribute is replaced.
	{ input: '<', expected: '&#60;' },
	{ input: '&', expected: '&#38;' },
	{ input: `"'`, expected: '&#34;&#39;' },
	{ input: 'plain', expected: 'plain' },
])('escapeXml($input)', ({ input, expected }) => {
	it(`is ${expected}`, () => expect(escapeXml(input)).toBe(expected));
});

it('puts preview images under /decide/og/', () => {
	expect(ogImagePath('fine-tuning')).toBe('/decide/og/fine-tuning.png');
});

describe.each(
	loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8'))).outcomes.map(
		(outcome) => ({
			id: outcome.id,
			title: outcome.title,
		}),
	),
)('the preview image of $id', ({ title }) => {
	it('draws the whole title, on at most two lines that fit between the margins', () => {
		const svg = ogImageSvg({ ...text, outcomeTitle: title, verdict: 'A verdict.' });
		const titleBlock = svg.split('font-size="64"')[1]?.split('</text>')[0] ?? '';
		const drawn = [...titleBlock.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
		expect(drawn.join(' ')).toBe(escapeXml(title));
		expect(drawn.length).toBeLessThanOrEqual(2);
		// 80 px margins; 0.6em a character, the layout's own estimate, which bold DejaVu Sans keeps within.
		for (const line of drawn)
			expect(estimateTextWidth(line ?? '', 64)).toBeLessThanOrEqual(OG_IMAGE_SIZE.width - 160);
	});
});
