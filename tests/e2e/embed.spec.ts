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

test.describe('the calculator framed by another site', () => {
	const STATE = 's=2026-11-27&v=2000000';

	test('hydrates, takes keyboard input, and links back to the full calculator with the reader’s inputs', async ({
		page,
		baseURL,
		context,
	}) => {
		await page.setContent(
			`<iframe title="Calculator" src="${baseURL}/embed/calculator/?${STATE}" width="800" height="900"></iframe>`,
		);
		const frame = page.frameLocator('iframe');
		await frame.locator('astro-island:not([ssr])').waitFor();
		const volume = frame.getByRole('textbox', { name: 'Monthly volume (calls per month)' });
		await expect(volume).toHaveValue('2000000');

		// Keyboard only: from the host page into the frame, past the link back, to the first control.
		await page.keyboard.press('Tab');
		await expect(frame.locator(':focus')).toContainText('Open these inputs in the full calculator');
		await volume.focus();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('3M');
		await expect(frame.locator('.calculator-answer')).toContainText('3.0M calls');

		const back = frame.getByRole('link', { name: /Open these inputs in the full calculator/ });
		await back.focus();
		const opened = context.waitForEvent('page');
		await page.keyboard.press('Enter');
		const fullPage = await opened;
		await fullPage.waitForLoadState();
		const reached = new URL(fullPage.url());
		expect(reached.pathname).toBe('/guide/cost-calculator/');
		// The page writes its state after a pause in typing; the link carries what the frame showed.
		expect(reached.searchParams.get('v')).toBe('3000000');
		expect(reached.searchParams.get('s')).toBe('2026-11-27');
		await fullPage.close();
	});

	test('shows the figures of the link’s snapshot, as the full page does', async ({ page }) => {
		const answer = async (url: string): Promise<string> => {
			await page.goto(url);
			await page.locator('astro-island:not([ssr])').first().waitFor();
			return (await page.locator('.calculator-answer').innerText()).replace(/\s+/g, ' ');
		};
		const full = await answer(`/guide/cost-calculator/?${STATE}`);
		expect(full).toContain('2.0M calls');
		expect(await answer(`/embed/calculator/?${STATE}`)).toBe(full);
		await expect(page.getByText('This link reads prices as read on 2026-11-27')).toBeVisible();
	});

	test.describe('with clipboard access', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
		test('Copy link inside the frame gives the full calculator’s address', async ({ page }) => {
			await page.goto(`/embed/calculator/?${STATE}`);
			await page.locator('astro-island:not([ssr])').waitFor();
			await page.getByRole('button', { name: 'Copy link' }).click();
			const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
			expect(link.pathname).toBe('/guide/cost-calculator/');
			expect(link.searchParams.get('v')).toBe('2000000');
		});
	});

	test('has no a11y violations in light or dark', async ({ page }) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto(`/embed/calculator/?${STATE}`);
			await page.locator('astro-island:not([ssr])').waitFor();
			await expectNoAxeViolations(page, `on the embedded calculator (${colorScheme})`);
		}
	});
});

test('Embed on the calculator page embeds the inputs on screen, in a frame that fits them', async ({
	page,
	context,
	baseURL,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
	await page.goto('/guide/cost-calculator/');
	await page.locator('astro-island:not([ssr])').waitFor();
	const volume = page.getByRole('textbox', { name: 'Monthly volume (calls per month)' });
	await volume.fill('4M');
	await expect(page).toHaveURL(/[?&]v=4000000/);

	const offer = page.locator('[data-embed-offer]');
	await offer.getByText('Embed', { exact: true }).click();
	const preview = offer.frameLocator('iframe');
	await expect(preview.getByRole('textbox', { name: 'Monthly volume (calls per month)' })).toHaveValue(
		'4000000',
	);
	const code = offer.getByRole('textbox', { name: 'Embed code' });
	await expect(code).toHaveValue(
		/^<iframe src="http:\/\/localhost:4321\/embed\/calculator\/\?[^"]*v=4000000/,
	);
	// The preview's height is measured once the calculator inside has hydrated and laid out.
	await expect(async () => {
		const needed = await offer
			.locator('iframe')
			.evaluate((frame: HTMLIFrameElement) => frame.contentDocument?.documentElement.scrollHeight ?? 0);
		expect(needed).toBeGreaterThan(1000);
		await expect(code).toHaveValue(new RegExp(` height="${needed + 2}" `), { timeout: 100 });
	}).toPass();

	await offer.getByRole('button', { name: 'Copy embed code' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test('the calculator snippet written at build time is tall enough for the default view at 640 px', async ({
	page,
	request,
}) => {
	const html = await (await request.get('/guide/cost-calculator/')).text();
	const snippet = /<textarea[^>]*data-embed-code[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? '';
	const estimate = Number(/height=&quot;(\d+)&quot;/.exec(snippet)?.[1]);
	await page.setViewportSize({ width: 640, height: 100 });
	await page.goto('/embed/calculator/');
	await page.locator('astro-island:not([ssr])').waitFor();
	await page.waitForFunction(() => document.querySelector('canvas') !== null);
	const needed = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(estimate).toBeGreaterThanOrEqual(needed);
	// Not wildly tall either: a frame with a screen of empty space below the calculator looks broken.
	expect(estimate - needed).toBeLessThan(400);
});
