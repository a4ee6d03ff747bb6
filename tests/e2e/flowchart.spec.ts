import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { loadDecisionGraph, resolvePath } from '../../src/lib/decision-graph';
import { test, expect, expectNoAxeViolations, chooseTheme, waitForIslands } from './test-utils';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const registry = JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')) as {
	permalinks: string[];
	redirects: Record<string, string>;
};

/** The seed article's rules, each walked by clicking the answers a reader would give. */
const RULES = [
	{
		rule: 'changing knowledge leads to retrieval',
		answers: ['No, it behaves as we need', 'Yes, and they change'],
		verdict: 'Retrieval (RAG)',
		url: '/decide/behaviour-fine/knowledge-changes/',
	},
	{
		rule: 'answers that must cite sources lead to retrieval',
		answers: ['No, it behaves as we need', 'Yes, and answers must cite them'],
		verdict: 'Retrieval (RAG)',
		url: '/decide/behaviour-fine/needs-citations/',
	},
	{
		rule: 'per-user permissions lead to retrieval',
		answers: ['No, it behaves as we need', 'Yes, and access varies by user'],
		verdict: 'Retrieval (RAG)',
		url: '/decide/behaviour-fine/permissioned/',
	},
	{
		rule: 'a behaviour prompting cannot fix, with enough examples, leads to fine-tuning',
		answers: [
			"Yes, it won't keep a format, tone or procedure",
			'Yes, our scores have stopped rising',
			'Yes, or we can produce them',
			'No, it knows enough',
		],
		verdict: 'Fine-tuning',
		url: '/decide/behaviour-gap/prompting-plateaued/enough-examples/no-new-knowledge/',
	},
	{
		rule: 'cost or latency at scale on a narrow task leads to fine-tuning',
		answers: [
			'No, but it is too slow or costly at our volume',
			'Yes, the same kind of input and output',
			'Yes, or we can produce them',
			'No, it knows enough',
		],
		verdict: 'Fine-tuning',
		url: '/decide/cost-at-scale/narrow-task/enough-examples/no-new-knowledge/',
	},
	{
		rule: 'a trained behaviour that also needs current facts leads to both',
		answers: [
			"Yes, it won't keep a format, tone or procedure",
			'Yes, our scores have stopped rising',
			'Yes, or we can produce them',
			'Yes, and they change',
		],
		verdict: 'Fine-tuned model plus retrieval',
		url: '/decide/behaviour-gap/prompting-plateaued/enough-examples/knowledge-changes/',
	},
	{
		rule: 'not being sure leads to prompting first',
		answers: ['Not sure yet', 'No, it knows enough'],
		verdict: 'Prompt first, then measure',
		url: '/decide/not-sure/no-new-knowledge/',
	},
];

const island = (page: Page) => page.locator('.flowchart');
const currentHeading = (page: Page) => island(page).locator('#flowchart-current-heading');

async function openStart(page: Page, path = '/decide/'): Promise<void> {
	await page.goto(path);
	await waitForIslands(page);
}

async function answer(page: Page, label: string): Promise<void> {
	await island(page).getByRole('button', { name: label, exact: true }).click();
}

/** Press Tab until the named control has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
	for (let presses = 0; presses < 60; presses++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (focused === name) return;
	}
	throw new Error(`Tab never reached "${name}"`);
}

test.describe('walking the flowchart from /decide/', () => {
	for (const { rule, answers, verdict, url } of RULES) {
		test(rule, async ({ page }) => {
			await openStart(page);
			for (const label of answers) await answer(page, label);
			await expect(currentHeading(page)).toHaveText(`Verdict: ${verdict}`);
			await expect(currentHeading(page)).toBeFocused();
			await expect(page).toHaveURL(url);
			await expect(page).toHaveTitle(new RegExp(`^Verdict: ${verdict.replace(/[()]/g, '\\$&')} \\|`));
		});
	}
});

test.describe('every registered permalink without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const permalink of registry.permalinks) {
		const path = resolvePath(
			graph,
			permalink.split('/').filter((part) => part && part !== 'decide'),
		);
		test(permalink, async ({ page }) => {
			expect(path?.kind, 'the registry should only hold live paths while it has no redirects').toBe(
				'complete',
			);
			if (path?.kind !== 'complete') return;
			const response = await page.goto(permalink);
			expect(response?.status()).toBe(200);
			await expect(currentHeading(page)).toHaveText(`Verdict: ${path.outcome.title}`);
			await expect(island(page).getByText(path.outcome.verdict)).toBeVisible();
			for (const step of path.steps) {
				await expect(island(page).getByText(step.answer.reason)).toBeVisible();
			}
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new RegExp(`${permalink}$`),
			);
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
				'content',
				new RegExp(`/decide/og/${path.outcome.id}\\.png$`),
			);
		});
	}

	test('a partial path offers each answer as a link that leads on', async ({ page }) => {
		await page.goto('/decide/');
		await expect(island(page).getByRole('button', { name: 'Not sure yet' })).toBeHidden();
		await expect(island(page).getByRole('button', { name: 'Copy link' })).toBeHidden();
		await island(page).getByRole('link', { name: 'Not sure yet' }).click();
		await expect(page).toHaveURL('/decide/not-sure/');
		await expect(currentHeading(page)).toHaveText(/^Question 2: Do the answers depend on facts/);
		await island(page).getByRole('link', { name: 'Yes, and they change' }).click();
		await expect(currentHeading(page)).toHaveText('Verdict: Retrieval (RAG)');
	});
});

for (const [from, to] of Object.entries(registry.redirects)) {
	test(`the retired URL ${from} redirects to ${to}`, async ({ page }) => {
		await page.goto(from);
		await expect(page).toHaveURL(to);
	});
}

test('every verdict has a 1200×630 PNG preview image', async ({ request }) => {
	for (const outcome of graph.outcomes) {
		const response = await request.get(`/decide/og/${outcome.id}.png`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	}
});

test('Back, Forward, a reload mid-walk and Start over keep URL and step in step', async ({ page }) => {
	await openStart(page);
	await answer(page, "Yes, it won't keep a format, tone or procedure");
	await answer(page, 'Yes, our scores have stopped rising');
	await expect(page).toHaveURL('/decide/behaviour-gap/prompting-plateaued/');

	await page.goBack();
	await expect(page).toHaveURL('/decide/behaviour-gap/');
	await expect(currentHeading(page)).toHaveText('Question 2: Has careful prompting stopped improving it?');
	await page.goForward();
	await expect(page).toHaveURL('/decide/behaviour-gap/prompting-plateaued/');
	await expect(currentHeading(page)).toHaveText(/^Question 3: Do you have 50 or more good examples/);

	await page.reload();
	await waitForIslands(page);
	await expect(currentHeading(page)).toHaveText(/^Question 3: Do you have 50 or more good examples/);

	await island(page).getByRole('button', { name: 'Back' }).click();
	await expect(page).toHaveURL('/decide/behaviour-gap/');
	await island(page).getByRole('button', { name: 'Start over' }).click();
	await expect(page).toHaveURL('/decide/');
	await expect(currentHeading(page)).toHaveText(/^Question 1:/);
	await expect(currentHeading(page)).toBeFocused();
});

test('a keyboard-only walk reaches a verdict with Tab, Enter and Space', async ({ page }) => {
	await openStart(page);
	await tabTo(page, 'No, it behaves as we need');
	await page.keyboard.press('Enter');
	await expect(currentHeading(page)).toBeFocused();
	await expect(currentHeading(page)).toHaveText(/^Question 2:/);
	await tabTo(page, 'Yes, and access varies by user');
	await page.keyboard.press('Space');
	await expect(currentHeading(page)).toBeFocused();
	await expect(currentHeading(page)).toHaveText('Verdict: Retrieval (RAG)');
	await expect(page).toHaveURL('/decide/behaviour-fine/permissioned/');
	await tabTo(page, 'Back');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/decide/behaviour-fine/');
});

test('the drawn graph highlights the path and jumps back to a question on it', async ({ page }) => {
	const url = '/decide/behaviour-gap/prompting-plateaued/enough-examples/no-new-knowledge/';
	await openStart(page, url);
	const drawing = island(page).getByRole('group', { name: /The whole flowchart/ });
	const here = drawing.getByRole('link', { name: 'Verdict: Fine-tuning, where you are' });
	await expect(here).toHaveAttribute('aria-current', 'step');
	// Picking where you stand adds no history entry: Back still leaves the path page.
	await here.click();
	await expect(currentHeading(page)).toBeFocused();
	await expect(page).toHaveURL(url);
	expect(await page.evaluate(() => history.length)).toBe(2);
	await drawing
		.getByRole('link', { name: 'Question: Has careful prompting stopped improving it?, on your path' })
		.click();
	await expect(page).toHaveURL('/decide/behaviour-gap/');
	await expect(currentHeading(page)).toHaveText('Question 2: Has careful prompting stopped improving it?');
	await drawing.getByRole('link', { name: /^Verdict: Prompt first, then measure/ }).click();
	await expect(currentHeading(page)).toHaveText('Verdict: Prompt first, then measure');
});

test.describe('copying', () => {
	test('Copy for proposal puts Markdown with the verdict and the permalink on the clipboard', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const url = '/decide/behaviour-fine/needs-citations/';
		await openStart(page, url);
		await island(page).getByRole('button', { name: 'Copy for proposal' }).click();
		await expect(island(page).getByRole('status')).toHaveText('Proposal text copied to the clipboard.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('## Decision: Retrieval (RAG)');
		expect(copied).toContain(
			graph.outcomes.find((outcome) => outcome.id === 'rag')?.verdict ?? '(no verdict)',
		);
		expect(copied).toMatch(new RegExp(`Permalink: <https?://[^>]+${url}>`));

		await island(page).getByRole('button', { name: 'Copy link' }).click();
		await expect(island(page).getByRole('status')).toHaveText('Link copied to the clipboard.');
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
		await openStart(page, '/decide/not-sure/no-new-knowledge/');
		await island(page).getByRole('button', { name: 'Copy for proposal' }).click();
		await expect(island(page).getByRole('status')).toContainText('did not allow copying');
		const fallback = island(page).getByRole('textbox', { name: 'Text to copy' });
		await expect(fallback).toBeVisible();
		await expect(fallback).toBeFocused();
		await expect(fallback).toHaveValue(
			/## Decision: Prompt first, then measure[\s\S]*\/decide\/not-sure\/no-new-knowledge\//,
		);
		await expectNoAxeViolations(page, 'with the copy fallback');
	});
});

test('the island has no a11y violations mid-walk and after a jump in the drawn graph, in both themes', async ({
	page,
}) => {
	await openStart(page);
	await answer(page, 'No, but it is too slow or costly at our volume');
	await expect(currentHeading(page)).toHaveText(/^Question 2:/);
	await expectNoAxeViolations(page, 'mid-walk (light)');
	await chooseTheme(page, 'dark');
	await expectNoAxeViolations(page, 'mid-walk (dark)');
	await island(page)
		.getByRole('link', { name: /^Verdict: Fine-tuned model plus retrieval/ })
		.click();
	await expect(currentHeading(page)).toHaveText('Verdict: Fine-tuned model plus retrieval');
	await expectNoAxeViolations(page, 'after a jump in the graph (dark)');
	await chooseTheme(page, 'light');
	await island(page).getByText('Whole flowchart').click();
	await expect(island(page).getByRole('group', { name: /The whole flowchart/ })).toBeHidden();
	await expectNoAxeViolations(page, 'with the graph folded (light)');
});

test('on a 375 px phone the page scrolls down, never sideways', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await openStart(page, '/decide/cost-at-scale/narrow-task/');
	await expect(island(page).getByRole('group', { name: /The whole flowchart/ })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('printing a path page leaves the path, verdict and sources, and the page address', async ({ page }) => {
	const url = '/decide/cost-at-scale/open-ended/permissioned/';
	await openStart(page, url);
	const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Select theme' })).toBeHidden();
	await expect(island(page).getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(island(page).getByRole('group', { name: /The whole flowchart/ })).toBeHidden();
	await expect(currentHeading(page)).toBeVisible();
	await expect(island(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(island(page).getByRole('heading', { name: 'Caveats' })).toBeVisible();
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

test("the island's own JavaScript stays under 10 KB gzip, Preact excluded", () => {
	const chunks = readdirSync('dist/_astro').filter((name) => /^Flowchart\.[\w-]+\.js$/.test(name));
	expect(chunks).toHaveLength(1);
	const size = gzipSync(readFileSync(`dist/_astro/${chunks[0]}`)).length;
	expect(size).toBeLessThan(10 * 1024);
});

test('embedded in the decision guide, the flowchart walks without leaving the article', async ({ page }) => {
	await page.goto('/guide/decision-guide/');
	const title = await page.title();
	await island(page).scrollIntoViewIfNeeded();
	await waitForIslands(page);
	await answer(page, 'Not sure yet');
	await expect(currentHeading(page)).toHaveText(/^Question 2:/);
	await expect(page).toHaveURL('/guide/decision-guide/');
	await expect(page).toHaveTitle(title);
});
