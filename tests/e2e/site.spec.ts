import { test, expect, expectNoAxeViolations, chooseTheme, sitemapPaths } from './test-utils';

const pages = sitemapPaths();

/** Chunks of the Preact runtime and Astro's Preact renderer, by the names Vite gives them. */
const PREACT_RUNTIME = /\/_astro\/(?:preact|hooks|signals|jsxRuntime)\.module\.|\/_astro\/client\./;

test('the sitemap lists the home page and the guide', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/guide/decision-guide/');
});

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test('loads clean, with title, description, strict CSP and no a11y violations in both themes', async ({
			page,
		}) => {
			const scripts: string[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
			});
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			expect((await page.title()).length).toBeGreaterThan(0);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w.{19,}/);

			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy).toMatch(/script-src 'self'/);
			expect(policy).not.toContain("'unsafe-inline'");
			expect(policy).toMatch(/default-src 'self'/);
			// The host sends the same policy as a header, adding what a meta element cannot carry.
			const header = response?.headers()['content-security-policy'] ?? '';
			expect(header).toContain(`frame-ancestors ${path.startsWith('/embed/') ? '*' : "'none'"}`);
			for (const source of policy?.match(/'sha256-[^']+'/g) ?? []) expect(header).toContain(source);

			// Client JavaScript is a cost the reader pays: only pages with an island load the framework.
			if ((await page.locator('astro-island').count()) === 0) {
				expect(scripts.filter((script) => PREACT_RUNTIME.test(script))).toEqual([]);
			}

			await expectNoAxeViolations(page, `on ${path} (light)`);
			await chooseTheme(page, 'dark');
			await expectNoAxeViolations(page, `on ${path} (dark)`);
		});
	});
}

test('theme switch persists across pages and search finds guide content, with no CSP violation', async ({
	page,
}) => {
	await page.goto('/');
	await chooseTheme(page, 'dark');
	await page.goto('/guide/when-to-use-rag/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await chooseTheme(page, 'light');

	await page.getByRole('button', { name: 'Search' }).first().click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('textbox', { name: 'Search' }).fill('permissions');
	await expect(dialog.getByRole('link', { name: /retrieval/i }).first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the mobile menu opens from the keyboard and closes with Escape', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/guide/prompt-first/');
	const sidebarLink = page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Decision guide' });
	await expect(sidebarLink).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).focus();
	await page.keyboard.press('Enter');
	await expect(sidebarLink).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(sidebarLink).toBeHidden();
});

test.describe('an unknown URL', () => {
	test.use({ expectedProblems: [/404/] });
	test('gets the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toContainText(/not found/i);
		await expect(
			page
				.getByRole('main')
				.getByRole('link', { name: /start|home|guide/i })
				.first(),
		).toBeVisible();
		await expectNoAxeViolations(page, 'on the 404 page');
	});
});

test('an article prints without site chrome and with its own URL', async ({ page }) => {
	await page.goto('/guide/when-to-use-rag/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	for (const chrome of [
		page.getByRole('navigation', { name: 'Main' }),
		page.getByRole('button', { name: 'Search' }),
		page.getByRole('combobox', { name: 'Select theme' }),
		page.getByRole('link', { name: /Next/ }),
	]) {
		await expect(chrome.first()).toBeHidden();
	}
	await expect(page.getByText(/Printed from https?:\/\/\S+\/guide\/when-to-use-rag\//)).toBeVisible();
});
