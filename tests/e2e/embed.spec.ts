import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, expectNoAxeViolations, sitemapPaths } from './test-utils';

/** Every embeddable verdict view in the build, as URL paths. */
function verdictViews(dir = 'dist/embed/decide'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/embed/decide/${relative('.', join(file, '..')).split(sep).join('/')}/`)
		.sort();
}

const VIEWS = verdictViews();
const FULL_PAGE = '/decide/behaviour-gap/beyond-schema/prompting-plateaued/enough-examples/needs-citations/';
const VIEW = `/embed${FULL_PAGE}`;

const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim();

test('every verdict page has an embeddable view with the same verdict, framable by any site', async ({
	request,
}) => {
	const fullPages = sitemapPaths().filter((path) => path.startsWith('/decide/'));
	expect(VIEWS.length).toBeGreaterThanOrEqual(50);
	for (const view of VIEWS) {
		const fullPage = view.slice('/embed'.length);
		expect(fullPages).toContain(fullPage);
		const response = await request.get(view);
		expect(response.status(), view).toBe(200);
		// No frame-ancestors at all: any page may frame the view, even a sandboxed one with an opaque origin.
		expect(response.headers()['content-security-policy'], view).not.toContain('frame-ancestors');
		const html = await response.text();
		expect(h1(html), view).toBe(h1(await (await request.get(fullPage)).text()));
		expect(html, view).toContain(`rel="canonical" href="http://localhost:4321${fullPage}"`);
		expect(html, view).toContain('name="robots" content="noindex"');
	}
	expect(sitemapPaths().filter((path) => path.startsWith('/embed/'))).toEqual([]);
});

test.describe('a verdict view framed by another site', () => {
	test('shows the verdict, keeps the reader on their page, and leads back by keyboard', async ({
		page,
		baseURL,
		context,
	}) => {
		await page.setContent(
			`<iframe title="Decision" src="${baseURL}${VIEW}" width="640" height="600"></iframe>`,
		);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
			'Verdict: Fine-tuned model plus retrieval',
		);
		await expect(frame.getByRole('listitem')).toHaveCount(5);

		await page.keyboard.press('Tab');
		await expect(frame.locator(':focus')).toHaveText('RAG or fine-tuning?');
		await page.keyboard.press('Tab');
		await expect(frame.locator(':focus')).toContainText('Reasons, caveats and sources');
		const opened = context.waitForEvent('page');
		await page.keyboard.press('Enter');
		const fullPage = await opened;
		await fullPage.waitForLoadState();
		expect(new URL(fullPage.url()).pathname).toBe(FULL_PAGE);
		await fullPage.close();
	});
});

test('a verdict view has no a11y violations in light or dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(VIEW);
		await expectNoAxeViolations(page, `on ${VIEW} (${colorScheme})`);
	}
});

test('Embed on a verdict page previews the view and writes a snippet whose height fits it', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
	await page.goto(FULL_PAGE);
	const offer = page.locator('[data-embed-offer]');
	await offer.getByText('Embed', { exact: true }).focus();
	await page.keyboard.press('Enter');
	const preview = offer.frameLocator('iframe');
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
		'Verdict: Fine-tuned model plus retrieval',
	);
	const code = offer.getByRole('textbox', { name: 'Embed code' });
	const frameHeight = await offer.locator('iframe').evaluate((frame: HTMLIFrameElement) => {
		const document = frame.contentDocument;
		return document ? document.documentElement.scrollHeight : 0;
	});
	await expect(code).toHaveValue(new RegExp(` height="${frameHeight + 2}" `));
	await expect(code).toHaveValue(new RegExp(`^<iframe src="http://localhost:4321${VIEW}" title="[^"]+"`));

	await offer.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(offer.getByRole('status')).toHaveText('Embed code copied to the clipboard.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test.describe('without JavaScript', () => {
	// Moving on to the next view cancels the favicon request Chromium makes for the last one.
	test.use({ javaScriptEnabled: false, expectedProblems: [/\/favicon\.svg net::ERR_ABORTED$/] });
	test('each verdict page offers a snippet tall enough for its view at 640 px', async ({ page, request }) => {
		// A viewport shorter than any view, so the document's scroll height is the view's own height.
		await page.setViewportSize({ width: 640, height: 100 });
		for (const view of VIEWS) {
			const fullPage = await (await request.get(view.slice('/embed'.length))).text();
			const snippet = /<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/.exec(fullPage)?.[1] ?? '';
			const estimate = Number(/height=&quot;(\d+)&quot;/.exec(snippet)?.[1]);
			await page.goto(view);
			const needed = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(estimate, view).toBeGreaterThanOrEqual(needed);
		}
	});
});
