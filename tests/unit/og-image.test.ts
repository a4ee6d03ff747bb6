import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { drawingTextMeasure } from '../../src/lib/decision/drawing-font';
import { escapeXml } from '../../src/lib/decision/escape-xml';
import { layoutVariants } from '../../src/lib/decision/graph-layout';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { pathHighlight, pathTitle } from '../../src/lib/decision/navigation';
import {
	blockHeight,
	OG_FONT_FAMILY,
	OG_IMAGE_SIZE,
	ogImagePath,
	planPreview,
	PREVIEW_TEXT_HEIGHT,
	previewAlt,
	previewContent,
	previewDrawingWidth,
	previewImageSvg,
} from '../../src/lib/decision/og-image';
import { pathPrefixes, resolvePath, type ReachedPath } from '../../src/lib/decision/paths';
import { previewImagePermalinkFor } from '../../src/lib/decision/slugs';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const measure = drawingTextMeasure();
const [layout] = layoutVariants(graph, measure);
if (!layout) throw new Error('no layout');
const pages = pathPrefixes(graph);

function reach(slugs: string[]): ReachedPath {
	const path = resolvePath(graph, slugs);
	if (!path) throw new Error(`${slugs.join('/')} is not a path`);
	return path;
}

/** The text an SVG draws, its lines joined by spaces. */
function drawnText(svg: string): string {
	return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');
}

const svgOf = (path: ReachedPath) =>
	previewImageSvg(previewContent(graph, path), measure, { layout, highlight: pathHighlight(path) });

describe('a path page’s preview image', () => {
	const path = reach([
		'behaviour-gap',
		'beyond-schema',
		'prompting-plateaued',
		'enough-examples',
		'no-new-knowledge',
	]);
	const svg = svgOf(path);

	it('is 1200×630, the size link previews expect', () => {
		expect(OG_IMAGE_SIZE).toEqual({ width: 1200, height: 630 });
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
	});

	it('names only the bundled font, so rendering never depends on system fonts', () => {
		const families = [...svg.matchAll(/font-family="([^"]+)"/g)].map((match) => match[1]);
		expect(new Set(families)).toEqual(new Set([OG_FONT_FAMILY]));
	});

	it('says the verdict, its sentence and every answer on the path, in order', () => {
		const text = drawnText(svg);
		expect(text).toContain('Verdict: Fine-tuning');
		expect(text).toContain('Fine-tune a model on your');
		const positions = [
			'Yes, it won&#39;t keep a format, tone or procedure',
			'No, or a strict schema has not fixed it',
			'Yes, our scores have stopped rising',
			'Yes, or we can produce them',
			'No, it knows enough',
		].map((answer) => text.indexOf(answer));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('draws the flowchart beside the text, with the path', () => {
		expect(svg).toContain(`<svg x="${Math.round(1200 - 40 - previewDrawingWidth(layout))}" y="40"`);
		expect(svg).toContain('stroke="#8ab4f8"');
	});

	it('has alternative text that says what the image does', () => {
		expect(previewAlt(previewContent(graph, path))).toBe(
			"RAG or fine-tuning? Verdict: Fine-tuning. Fine-tune a model on your examples so the behaviour is trained in, ideally a smaller one that costs less to run. Answers given: Yes, it won't keep a format, tone or procedure; No, or a strict schema has not fixed it; Yes, our scores have stopped rising; Yes, or we can produce them; No, it knows enough.",
		);
	});

	it('escapes markup in the text', () => {
		const content = { ...previewContent(graph, path), heading: 'A <b> & "c"' };
		expect(previewImageSvg(content, measure, null)).toContain('A &#60;b&#62; &#38; &#34;c&#34;');
	});
});

describe.each(pages.map((path) => ({ url: path.permalink, path })))(
	'the preview image of $url',
	({ path }) => {
		const content = previewContent(graph, path);
		const plan = planPreview(content, measure, previewDrawingWidth(layout));

		it('says the page’s heading and every answer given, whole', () => {
			const text = plan.blocks.map((block) => block.lines.join(' ')).join(' ');
			expect(text).toContain(pathTitle(path));
			for (const step of path.steps) expect(text).toContain(step.answer.label);
			expect(text).not.toContain('…');
		});

		it('keeps every line inside its column and all the text inside the image, the drawing beside it', () => {
			for (const block of plan.blocks)
				for (const line of block.lines)
					expect(measure.width(line, block.size, block.weight) + block.indent, line).toBeLessThanOrEqual(
						plan.width,
					);
			expect(plan.blocks.reduce((sum, block) => sum + blockHeight(block), 0)).toBeLessThanOrEqual(
				PREVIEW_TEXT_HEIGHT,
			);
			expect(plan.withDrawing).toBe(true);
		});

		it('is served beside the page', () => {
			expect(previewImagePermalinkFor(path.slugs)).toBe(`${path.permalink}preview.png`);
		});
	},
);

it('keeps the preview images of verdicts alone under /decide/og/', () => {
	expect(ogImagePath('fine-tuning')).toBe('/decide/og/fine-tuning.png');
});

it('escapeXml replaces each character that would end a text node or attribute', () => {
	expect(escapeXml(`<&"'plain`)).toBe('&#60;&#38;&#34;&#39;plain');
});
