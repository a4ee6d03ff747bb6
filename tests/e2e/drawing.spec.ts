import type { Page } from '@playwright/test';
import type { GraphLayout } from '../../src/lib/decision/graph-layout';
import { contrastRatio, parseColour } from '../../src/lib/site/contrast';
import { test, expect, expectNoAxeViolations, chooseTheme } from './test-utils';

// The whole-flowchart drawing as readers see it: the text set in the font its layout measured, labels clear of
// each other, the path in colours that pass contrast in both themes, nodes reachable by keyboard, a full-screen
// dialog on phones, and a static copy in print.

const PATH_PAGE = '/decide/behaviour-gap/beyond-schema/prompting-plateaued/enough-examples/no-new-knowledge/';
const drawing = (page: Page) => page.getByRole('group', { name: /The whole flowchart/ });

async function openInline(page: Page, url = PATH_PAGE): Promise<void> {
	await page.goto(url);
	await page.getByRole('button', { name: 'Show the whole flowchart' }).click();
	await expect(drawing(page)).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
}

interface Drawn {
	text: string;
	kind: 'node' | 'label';
	bold: boolean;
	width: number;
	box: { x: number; y: number; width: number; height: number };
}

/** Every drawn line of text: its width as the browser set it, and its box in the drawing's units. */
function drawnLines(page: Page): Promise<Drawn[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<SVGTSpanElement>('svg.flowchart-graph tspan')].map((span) => {
			const box = span.getBBox();
			return {
				text: span.textContent ?? '',
				kind: span.closest('.flowchart-edge') ? ('label' as const) : ('node' as const),
				bold: Number(getComputedStyle(span).fontWeight) >= 600,
				width: span.getComputedTextLength(),
				box: { x: box.x, y: box.y, width: box.width, height: box.height },
			};
		}),
	);
}

test.describe('at 1280 px', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('the drawing uses the width of the main pane and draws each line at the width its layout measured', async ({
		page,
		request,
	}) => {
		await openInline(page);
		const layouts = (await (await request.get('/decide/graph-layout.json')).json()) as GraphLayout[];
		const name = await drawing(page).getAttribute('data-layout');
		const layout = layouts.find((candidate) => candidate.name === name);
		if (!layout) throw new Error(`the page drew a layout named ${name}, which is not published`);
		// Wider than the 720 px text column: the drawing breaks out into the pane beside it.
		const shown = await drawing(page).boundingBox();
		expect(shown?.width).toBeGreaterThan(800);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

		const expected = new Map<string, { regular: number; bold: number }>();
		for (const node of layout.nodes)
			for (const line of node.lines)
				expected.set(`node ${line.text}`, { regular: line.width, bold: line.width });
		for (const edge of layout.edges)
			for (const line of edge.lines)
				expected.set(`label ${line.text}`, { regular: line.width, bold: line.boldWidth });
		const lines = await drawnLines(page);
		const lineCount = [...layout.nodes, ...layout.edges].reduce((sum, item) => sum + item.lines.length, 0);
		expect(lines.length).toBe(lineCount);
		for (const line of lines) {
			const widths = expected.get(`${line.kind} ${line.text.trim()}`);
			expect(widths, line.text).toBeDefined();
			// The browser shapes DejaVu Sans as HarfBuzz did at build time: the widths agree to a fraction of a pixel.
			expect(
				Math.abs(line.width - (line.bold ? (widths?.bold ?? 0) : (widths?.regular ?? 0))),
				line.text,
			).toBeLessThan(0.5);
		}
	});

	test('no answer label’s box intersects another’s, nor any node, in the rendered drawing', async ({
		page,
	}) => {
		await openInline(page);
		const boxes = await page.evaluate(() => {
			const rect = (element: Element) => {
				const box = element.getBoundingClientRect();
				return {
					name: element.textContent ?? '',
					left: box.left,
					top: box.top,
					right: box.right,
					bottom: box.bottom,
				};
			};
			return {
				labels: [...document.querySelectorAll('svg.flowchart-graph .flowchart-edge text')].map(rect),
				nodes: [
					...document.querySelectorAll('svg.flowchart-graph .flowchart-node rect:not(.flowchart-focus-ring)'),
				].map(rect),
			};
		});
		expect(boxes.labels.length).toBeGreaterThan(20);
		const intersect = (a: (typeof boxes.labels)[0], b: (typeof boxes.labels)[0]) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const pairs = boxes.labels.flatMap((a, index) =>
			[...boxes.labels.slice(index + 1), ...boxes.nodes]
				.filter((b) => intersect(a, b))
				.map((b) => `${a.name} × ${b.name}`),
		);
		expect(pairs).toEqual([]);
	});

	test('the path stands out in colours that pass contrast, in both themes', async ({ page }) => {
		await openInline(page);
		for (const theme of ['light', 'dark'] as const) {
			await chooseTheme(page, theme);
			const ratios = await page.evaluate(() => {
				const colour = (element: Element | null, property: 'fill' | 'stroke') =>
					element ? getComputedStyle(element)[property] : '';
				const background = getComputedStyle(document.body).backgroundColor;
				const svg = document.querySelector('svg.flowchart-graph');
				const pick = (selector: string) => svg?.querySelector(selector) ?? null;
				return {
					background,
					takenLine: colour(pick('.flowchart-edge.is-taken path'), 'stroke'),
					takenWidth: getComputedStyle(pick('.flowchart-edge.is-taken path') as Element).strokeWidth,
					otherLine: colour(pick('.flowchart-edge:not(.is-taken) path'), 'stroke'),
					otherWidth: getComputedStyle(pick('.flowchart-edge:not(.is-taken) path') as Element).strokeWidth,
					takenLabel: colour(pick('.flowchart-edge.is-taken text'), 'fill'),
					otherLabel: colour(pick('.flowchart-edge:not(.is-taken) text'), 'fill'),
					nodes: [
						'.is-question:not(.is-on-path)',
						'.is-outcome:not(.is-on-path)',
						'.is-on-path',
						'.is-current',
					].map((selector) => ({
						selector,
						border: colour(pick(`.flowchart-node${selector} rect:not(.flowchart-focus-ring)`), 'stroke'),
						fill: colour(pick(`.flowchart-node${selector} rect:not(.flowchart-focus-ring)`), 'fill'),
						text: colour(pick(`.flowchart-node${selector} text`), 'fill'),
					})),
				};
			});
			const ratio = (a: string, b: string) => {
				const [x, y] = [parseColour(a), parseColour(b)];
				if (!x || !y) throw new Error(`cannot read ${a} or ${b}`);
				return contrastRatio(x, y);
			};
			expect(ratio(ratios.takenLine, ratios.background), `${theme}: path line`).toBeGreaterThanOrEqual(3);
			expect(ratio(ratios.otherLine, ratios.background), `${theme}: other lines`).toBeGreaterThanOrEqual(3);
			expect(parseFloat(ratios.takenWidth)).toBeGreaterThanOrEqual(2 * parseFloat(ratios.otherWidth));
			expect(ratio(ratios.takenLabel, ratios.background), `${theme}: path answers`).toBeGreaterThanOrEqual(
				4.5,
			);
			expect(ratio(ratios.otherLabel, ratios.background), `${theme}: other answers`).toBeGreaterThanOrEqual(
				4.5,
			);
			for (const node of ratios.nodes) {
				expect(
					ratio(node.border, ratios.background),
					`${theme}: ${node.selector} border`,
				).toBeGreaterThanOrEqual(3);
				expect(ratio(node.text, node.fill), `${theme}: ${node.selector} text`).toBeGreaterThanOrEqual(4.5);
			}
			expect(ratios.takenLine).not.toBe(ratios.otherLine);
			await expectNoAxeViolations(page, `with the drawing open (${theme})`);
		}
	});

	test('nodes are reached with Tab in reading order, show a focus ring, and open with Enter', async ({
		page,
	}) => {
		await openInline(page);
		const hide = page.getByRole('button', { name: 'Hide the whole flowchart' });
		await expect(hide).toBeFocused();
		// The full-screen button comes next, then the start question: the first node in reading order.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const first = drawing(page).getByRole('link', {
			name: /^Question: Is the way the model answers the problem\?/,
		});
		await expect(first).toBeFocused();
		const ring = first.locator('.flowchart-focus-ring');
		const stroke = await ring.evaluate((element) => getComputedStyle(element).stroke);
		expect(stroke).not.toBe('none');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [ringColour, pageColour] = [parseColour(stroke), parseColour(background)];
		if (!ringColour || !pageColour) throw new Error(`cannot read ${stroke} or ${background}`);
		expect(contrastRatio(ringColour, pageColour)).toBeGreaterThanOrEqual(3);
		// The next stop is the next node of the top rank, read left to right.
		await page.keyboard.press('Tab');
		await expect(
			drawing(page)
				.getByRole('link', { name: /^Question: Do the answers depend on facts/ })
				.first(),
		).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/decide/not-sure/');
	});
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the list of answers stands in for the drawing, which opens full screen in a dialog and closes with Escape', async ({
		page,
	}) => {
		await page.goto('/decide/cost-at-scale/smaller-falls-short/narrow-task/');
		await expect(page.getByRole('button', { name: 'Show the whole flowchart' })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Your answers so far' })).toBeVisible();
		const opener = page.getByRole('button', { name: 'Whole flowchart, full screen' });
		await opener.click();
		const dialog = page.getByRole('dialog', { name: 'The whole flowchart' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('group', { name: /The whole flowchart/ })).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
		// Full screen, at full size: the drawing scrolls inside the dialog, the page never sideways.
		const box = await dialog.boundingBox();
		expect([box?.width, box?.height]).toEqual([390, 844]);
		await expect(dialog.getByRole('link', { name: /where you are$/ })).toBeInViewport();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expectNoAxeViolations(page, 'with the dialog open');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
	});
});

test('printing a path page prints the drawing, which the screen never loads', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	const url = '/decide/behaviour-fine/permissioned/';
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	expect(requested.filter((path) => path.endsWith('drawing.svg'))).toEqual([]);
	const image = page.getByRole('img', { name: "The whole decision flowchart, this page's path in bold" });
	await expect(image).toBeHidden();

	// Chromium loads lazy images when it prints; the PDF it makes asks for the drawing.
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	expect(requested).toContain(`${url}drawing.svg`);

	await page.emulateMedia({ media: 'print' });
	await expect(image).toBeVisible();
	await image.scrollIntoViewIfNeeded();
	await expect
		.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
		.toBeGreaterThan(0);
	// It fills the page's width and is the drawing itself, with the path and the fonts in the file.
	const box = await image.boundingBox();
	expect(box?.width).toBeGreaterThan(600);
	const svg = await (await page.request.get(`${url}drawing.svg`)).text();
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	expect(svg).toContain('@font-face{font-family:"Flowchart DejaVu Sans"');
	expect(svg).toContain('Yes, and access varies by user');
	expect(svg).toContain('flowchart, rules of 2026-11-28: this page&#39;s path is drawn in bold.');
});
