import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { pathTitle } from '../../src/lib/decision/navigation';
import { resolvePath, type ReachedPath } from '../../src/lib/decision/paths';
import { slugsFromPermalink } from '../../src/lib/decision/slugs';
import { pathVerdict } from '../../src/lib/decision/verdict';
import { test, expect, expectNoAxeViolations, chooseTheme } from './test-utils';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const registry = JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')) as {
	permalinks: string[];
	redirects: Record<string, { to: string; retired: string }>;
};

function reach(url: string): ReachedPath {
	const path = resolvePath(graph, slugsFromPermalink(url) ?? []);
	if (!path) throw new Error(`${url} is not a page of the graph`);
	return path;
}

/** The seed article's quick rules, each walked by the answers a reader would give. */
const RULES = [
	{
		rule: 'changing knowledge leads to retrieval',
		answers: ['No, it behaves as we need', 'Yes, and they change'],
		url: '/decide/behaviour-fine/knowledge-changes/',
	},
	{
		rule: 'answers that must cite sources lead to retrieval',
		answers: ['No, it behaves as we need', 'Yes, and answers must cite them'],
		url: '/decide/behaviour-fine/needs-citations/',
	},
	{
		rule: 'per-user permissions lead to retrieval',
		answers: ['No, it behaves as we need', 'Yes, and access varies by user'],
		url: '/decide/behaviour-fine/permissioned/',
	},
	{
		rule: 'a behaviour prompting cannot fix, with enough examples, leads to fine-tuning',
		answers: [
			"Yes, it won't keep a format, tone or procedure",
			'No, or a strict schema has not fixed it',
			'Yes, our scores have stopped rising',
			'Yes, or we can produce them',
			'No, it knows enough',
		],
		url: '/decide/behaviour-gap/beyond-schema/prompting-plateaued/enough-examples/no-new-knowledge/',
	},
	{
		rule: 'cost at scale on a narrow task a smaller model cannot do leads to fine-tuning',
		answers: [
			'No, but it is too slow or costly at our volume',
			'Yes, and it falls short',
			'Yes, the same kind of input and output',
			'Yes, or we can produce them',
			'No, it knows enough',
		],
		url: '/decide/cost-at-scale/smaller-falls-short/narrow-task/enough-examples/no-new-knowledge/',
	},
	{
		rule: 'a trained behaviour that also needs current facts leads to both',
		answers: [
			"Yes, it won't keep a format, tone or procedure",
			'No, or a strict schema has not fixed it',
			'Yes, our scores have stopped rising',
			'Yes, or we can produce them',
			'Yes, and they change',
		],
		url: '/decide/behaviour-gap/beyond-schema/prompting-plateaued/enough-examples/knowledge-changes/',
	},
	{
		rule: 'not being sure leads to prompting first, even when facts change',
		answers: ['Not sure yet', 'Yes, and they change'],
		url: '/decide/not-sure/knowledge-changes/',
	},
].map((rule) => ({ ...rule, title: pathTitle(reach(rule.url)) }));

const GUIDE = '/guide/decision-guide/';
const embed = (page: Page) => page.locator('[data-flowchart-embed]');
const embedHeading = (page: Page) => embed(page).locator('#flowchart-current-heading');

async function answer(page: Page, label: string): Promise<void> {
	await embed(page).getByRole('link', { name: label, exact: true }).click();
}

/** Press Tab until the named control has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
	for (let presses = 0; presses < 80; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (focused === name) return;
	}
	throw new Error(`Tab never reached "${name}"`);
}

/** Elements of a parsed page with a class, or list items inside them, as text. */
function textsByClass(tree: Root, className: string, { items = false } = {}): string[] {
	const texts: string[] = [];
	visit(tree, 'element', (element: Element) => {
		const classes = element.properties['className'];
		if (!Array.isArray(classes) || !classes.includes(className)) return;
		if (!items) texts.push(textOf(element));
		else
			for (const child of element.children)
				if (child.type === 'element' && child.tagName === 'li') texts.push(textOf(child));
	});
	return texts;
}

function textOf(node: Element | Root): string {
	let text = '';
	visit(node, 'text', (child: { value: string }) => {
		text += child.value;
	});
	return text.replace(/\s+/g, ' ').trim();
}

test.describe('the seed’s quick rules, clicked through in the flowchart of the decision guide', () => {
	for (const { rule, answers, url, title } of RULES) {
		test(rule, async ({ page }) => {
			await page.goto(GUIDE);
			const articleTitle = await page.title();
			for (const label of answers) await answer(page, label);
			await expect(embedHeading(page)).toHaveText(title);
			await expect(embedHeading(page)).toBeFocused();
			// The walk stays in the article; its permalink is the verdict's own page.
			await expect(page).toHaveURL(GUIDE);
			await expect(page).toHaveTitle(articleTitle);
			await expect(embed(page).locator('.print-only')).toHaveText(
				new RegExp(`Permalink: https?://[^ ]+${url}$`),
			);
		});
	}
});

test.describe('the seed’s quick rules, reached as static pages without JavaScript', () => {
	// Chromium fetches the favicon after `load` and cancels it when the page is left: not a fault of the page.
	// Without scripting, browsers turn lazy loading off (as the HTML standard says), so the print drawing loads
	// with the page, and a page left at once cancels it in the same way.
	test.use({
		javaScriptEnabled: false,
		// Two patterns: wrapped with options, as Playwright reads a bare two-item array as [value, options].
		expectedProblems: [
			[/\/favicon\.svg net::ERR_ABORTED$/, /\/drawing\.svg net::ERR_ABORTED$/],
			{ scope: 'test' },
		],
	});
	for (const { rule, answers, url, title } of RULES) {
		test(rule, async ({ page }) => {
			await page.goto('/decide/');
			for (const label of answers)
				await page.getByRole('main').getByRole('link', { name: label, exact: true }).click();
			await expect(page).toHaveURL(url);
			await expect(page.locator('h1')).toHaveText(title);
			await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		});
	}
});

test('every live page is served with its heading, canonical link, version and exactly the sentences of its path', async ({
	request,
}) => {
	const live = registry.permalinks.filter((url) => !(url in registry.redirects));
	expect(live.length).toBeGreaterThan(70);
	for (const url of live) {
		const path = reach(url);
		const response = await request.get(url);
		expect.soft(response.status(), url).toBe(200);
		const tree = fromHtml(await response.text());
		let heading = '';
		let canonical = '';
		let image = '';
		visit(tree, 'element', (element: Element) => {
			if (element.tagName === 'h1') heading = textOf(element);
			if (element.tagName === 'link' && element.properties['rel']?.toString() === 'canonical')
				canonical = String(element.properties['href']);
			if (element.tagName === 'meta' && element.properties['property'] === 'og:image')
				image = String(element.properties['content']);
		});
		expect.soft(heading, url).toBe(pathTitle(path));
		expect.soft(canonical, url).toMatch(new RegExp(`${url}$`));
		// Every page, unfinished ones included, has its own preview image beside it, and the file is there.
		expect.soft(image, url).toMatch(new RegExp(`${url}preview\\.png$`));
		const png = await request.get(new URL(image).pathname);
		expect.soft(png.headers()['content-type'], url).toBe('image/png');
		const bytes = await png.body();
		expect.soft([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], url).toEqual([1200, 630]);
		if (path.kind !== 'complete') continue;
		expect
			.soft(textsByClass(tree, 'flowchart-version'), url)
			.toEqual(["Reached with the flowchart's rules of 2026-11-28."]);
		const verdict = pathVerdict(path);
		const shown = textsByClass(tree, 'flowchart-statements', { items: true });
		const expected = [...verdict.reasons, ...verdict.caveats].map(
			(item) => `${item.text}${item.sourceNumbers.map((number) => ` [${number}]`).join('')}`,
		);
		expect.soft(shown, url).toEqual(expected);
	}
});

for (const [from, { to }] of Object.entries(registry.redirects)) {
	test(`the retired ${from} lands on ${to} with its heading, saying why`, async ({ page, request }) => {
		const html = await (await request.get(from)).text();
		expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}#retired-path">`);
		expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${to}">`));
		expect(html).toContain(`<a href="${to}#retired-path">`);
		await page.goto(from);
		await expect(page).toHaveURL(`${to}#retired-path`);
		await expect(page.locator('h1')).toHaveText(pathTitle(reach(to)));
		await expect(
			page.getByRole('complementary', { name: /The link you followed was retired/ }),
		).toBeVisible();
	});
}

test('a page reached directly does not show the retirement note', async ({ page }) => {
	await page.goto('/decide/cost-at-scale/smaller-falls-short/open-ended/');
	await expect(page.locator('#retired-path')).toBeHidden();
});

test('every verdict has a 1200×630 PNG preview image', async ({ request }) => {
	for (const outcome of graph.outcomes) {
		const response = await request.get(`/decide/og/${outcome.id}.png`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	}
});

test('the graph is published as JSON, and each path page as Markdown', async ({ request }) => {
	const json = await request.get('/decide/graph.json');
	expect(json.headers()['content-type']).toMatch(/^application\/json/);
	const published = (await json.json()) as {
		version: string;
		paths: { permalink: string; markdown: string }[];
	};
	expect(published.version).toBe('2026-11-28');
	const [first] = published.paths;
	const markdown = await request.get(first?.markdown ?? '');
	expect(markdown.headers()['content-type']).toMatch(/^text\/markdown/);
	expect(await markdown.text()).toMatch(
		/^# Verdict: .*\n\n> .*\n\nReached with the “RAG or fine-tuning\?” flowchart, rules of 2026-11-28\./,
	);
	expect(await (await request.get('/decide.md')).text()).toMatch(/^# Decision flowchart\n/);
});

test.describe('copying from a path page', () => {
	const url = '/decide/behaviour-fine/needs-citations/';

	test('Copy for proposal puts Markdown with the verdict, the rules’ version and the permalink on the clipboard', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(url);
		await page.getByRole('button', { name: 'Copy for proposal' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
			'Proposal text copied to the clipboard.',
		);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/^## Decision: Retrieval \(RAG\)\n/);
		expect(copied).toContain('rules of 2026-11-28');
		expect(copied).toContain('Answers must cite their sources');
		expect(copied).toMatch(new RegExp(`Permalink: <https?://[^>]+${url}>`));

		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
			'Link copied to the clipboard.',
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${url}$`));
	});

	test('a refused clipboard shows the text, selected, to copy by hand', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: {
					writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
				},
			});
		});
		await page.goto('/decide/not-sure/no-new-knowledge/');
		await page.getByRole('button', { name: 'Copy for proposal' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'did not allow' })).toBeVisible();
		const fallback = page.getByRole('textbox', { name: 'Text to copy' });
		await expect(fallback).toBeVisible();
		await expect(fallback).toBeFocused();
		await expect(fallback).toHaveValue(
			/## Decision: Prompt first, then measure[\s\S]*\/decide\/not-sure\/no-new-knowledge\//,
		);
		await expectNoAxeViolations(page, 'with the copy fallback');
	});
});

test('a path page loads the whole-flowchart drawing only on request, highlighting its path', async ({
	page,
}) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	const url = '/decide/behaviour-gap/beyond-schema/prompting-plateaued/enough-examples/no-new-knowledge/';
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	expect(
		requested.filter((path) =>
			/graph(-layout)?\.json$|\/mount\.|\.woff2$|drawing\.svg$|preview\.png$/.test(path),
		),
	).toEqual([]);
	await expect(page.getByRole('group', { name: /The whole flowchart/ })).toHaveCount(0);

	const toggle = page.getByRole('button', { name: 'Show the whole flowchart' });
	await toggle.click();
	const drawing = page.getByRole('group', { name: /The whole flowchart/ });
	await expect(drawing).toBeVisible();
	await expect(page.getByRole('button', { name: 'Hide the whole flowchart' })).toBeFocused();
	const here = drawing.getByRole('link', { name: 'Verdict: Fine-tuning, where you are' });
	await expect(here).toHaveAttribute('aria-current', 'step');
	await expectNoAxeViolations(page, 'with the drawing open');
	// Each node of the drawing is a link to its own page.
	await drawing
		.getByRole('link', { name: 'Question: Has careful prompting stopped improving it?, on your path' })
		.click();
	await expect(page).toHaveURL('/decide/behaviour-gap/beyond-schema/');
	await expect(page.locator('h1')).toHaveText('Question 3: Has careful prompting stopped improving it?');
});

test.describe('the flowchart embedded in the decision guide', () => {
	test('loads nothing until asked, then walks in place with Back and Start over', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(GUIDE);
		await embed(page).scrollIntoViewIfNeeded();
		await page.waitForLoadState('networkidle');
		expect(requested.filter((path) => /graph\.json$|\/mount\.|preact\.module/.test(path))).toEqual([]);

		await answer(page, "Yes, it won't keep a format, tone or procedure");
		await expect(embedHeading(page)).toHaveText(/^Question 2: Is the gap an output format/);
		await answer(page, 'No, or a strict schema has not fixed it');
		await expect(embedHeading(page)).toHaveText('Question 3: Has careful prompting stopped improving it?');
		await embed(page).getByRole('button', { name: 'Back' }).click();
		await expect(embedHeading(page)).toHaveText(/^Question 2:/);
		await expect(embedHeading(page)).toBeFocused();
		await embed(page)
			.getByRole('link', { name: "Change answer 1: Yes, it won't keep a format, tone or procedure" })
			.click();
		await expect(embedHeading(page)).toHaveText(/^Question 1:/);
		await answer(page, 'Not sure yet');
		await embed(page).getByRole('button', { name: 'Start over' }).click();
		await expect(embedHeading(page)).toHaveText(/^Question 1:/);
		await expect(embed(page).getByRole('button', { name: 'Back' })).toBeDisabled();
		await expect(page).toHaveURL(GUIDE);
	});

	test('a keyboard-only walk reaches a verdict with Tab and Enter', async ({ page }) => {
		await page.goto(GUIDE);
		await tabTo(page, 'No, it behaves as we need');
		await page.keyboard.press('Enter');
		await expect(embedHeading(page)).toBeFocused();
		await expect(embedHeading(page)).toHaveText(/^Question 2:/);
		await tabTo(page, 'Yes, and access varies by user');
		await page.keyboard.press('Enter');
		await expect(embedHeading(page)).toBeFocused();
		await expect(embedHeading(page)).toHaveText('Verdict: Retrieval (RAG)');
		await tabTo(page, 'Back');
		await page.keyboard.press('Enter');
		await expect(embedHeading(page)).toHaveText(/^Question 2:/);
	});

	test('the drawing jumps in place, and the walk has no a11y violations in either theme', async ({
		page,
	}) => {
		// Four axe runs over the longest article, drawing included: more than the default minute on a busy machine.
		test.slow();
		await page.goto(GUIDE);
		await answer(page, 'No, but it is too slow or costly at our volume');
		await expect(embedHeading(page)).toHaveText(/^Question 2:/);
		await expectNoAxeViolations(page, 'mid-walk (light)');
		await chooseTheme(page, 'dark');
		await expectNoAxeViolations(page, 'mid-walk (dark)');
		await embed(page).getByRole('button', { name: 'Show the whole flowchart' }).click();
		const drawing = embed(page).getByRole('group', { name: /The whole flowchart/ });
		await drawing.getByRole('link', { name: /^Verdict: Fine-tuned model plus retrieval/ }).click();
		await expect(embedHeading(page)).toHaveText('Verdict: Fine-tuned model plus retrieval');
		await expect(page).toHaveURL(GUIDE);
		await expectNoAxeViolations(page, 'after a jump in the drawing (dark)');
		await chooseTheme(page, 'light');
		await expectNoAxeViolations(page, 'with the drawing open (light)');
	});

	test('opening the drawing first loads the flowchart with it', async ({ page }) => {
		await page.goto(GUIDE);
		await embed(page).getByRole('button', { name: 'Show the whole flowchart' }).click();
		await expect(embed(page).getByRole('group', { name: /The whole flowchart/ })).toBeVisible();
		await expect(embed(page).getByRole('button', { name: 'Hide the whole flowchart' })).toBeFocused();
		await expect(embedHeading(page)).toHaveText(/^Question 1:/);
	});
});

test('printing a path page leaves the path, verdict and sources, and the page address', async ({ page }) => {
	const url = '/decide/behaviour-fine/stable-facts/fits-in-prompt/';
	await page.goto(url);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Select theme' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Show the whole flowchart' })).toBeHidden();
	await expect(page.locator('h1')).toHaveText('Verdict: Facts in the prompt (long context)');
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Caveats' })).toBeVisible();
	await expect(page.getByText("Reached with the flowchart's rules of 2026-11-28.")).toBeVisible();
	await expect(page.getByText(`Permalink: ${canonical}`)).toBeVisible();
});

test.describe('an unknown decision path', () => {
	test.use({ expectedProblems: [/404/] });
	test('gets the 404 page with a link back to the flowchart', async ({ page }) => {
		const response = await page.goto('/decide/x/');
		expect(response?.status()).toBe(404);
		const back = page.getByRole('main').getByRole('link', { name: /decision flowchart/i });
		await expect(back).toHaveAttribute('href', '/decide/');
	});
});

test('the script a path page loads up front stays under 2 KB gzip, the on-request flowchart under 10 KB', () => {
	const size = (pattern: RegExp) => {
		const chunks = readdirSync('dist/_astro').filter((name) => pattern.test(name));
		expect(chunks).toHaveLength(1);
		return gzipSync(readFileSync(`dist/_astro/${chunks[0]}`)).length;
	};
	expect(size(/^flowchart-client\.[\w-]+\.js$/)).toBeLessThan(2 * 1024);
	expect(size(/^mount\.[\w-]+\.js$/)).toBeLessThan(10 * 1024);
});
