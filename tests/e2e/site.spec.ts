import { test, expect, expectNoAxeViolations, chooseTheme, sitemapPaths } from './test-utils';

const pages = sitemapPaths();

test('the sitemap lists the home page and the guide', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/guide/decision-guide/');
});

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test('loads clean, with title, description, strict CSP and no a11y violations in both themes', async ({
			page,
		}) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			expect((await page.title()).length).toBeGreaterThan(0);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{10,}/);

			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy).toMatch(/script-src 'self'/);
			expect(policy).not.toContain("'unsafe-inline'");
			expect(policy).toMatch(/default-src 'self'/);

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
	await dialog.getByRole('searchbox').fill('permissions');
	await expect(dialog.getByRole('link', { name: /retrieval/i }).first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the mobile menu opens and closes by keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/guide/prompt-first/');
	const toggle = page.getByRole('button', { name: 'Menu' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('link', { name: 'Decision guide' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test.describe('an unknown URL', () => {
	test.use({ expectedProblems: [/404/] });
	test('gets the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toContainText(/not found/i);
		await expect(page.getByRole('main').getByRole('link', { name: /start|home|guide/i }).first()).toBeVisible();
		await expectNoAxeViolations(page, 'on the 404 page');
	});
});

test('every internal link and #anchor on every page resolves', async ({ page, request }) => {
	const ids = new Map<string, Set<string>>();
	const idsOf = async (path: string): Promise<Set<string> | null> => {
		const known = ids.get(path);
		if (known) return known;
		const response = await request.get(path);
		if (response.status() !== 200) return null;
		const html = await response.text();
		const found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
		ids.set(path, found);
		return found;
	};
	const broken: string[] = [];
	for (const path of pages) {
		await page.goto(path);
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		for (const href of new Set(hrefs)) {
			const url = new URL(href);
			if (url.origin !== new URL(page.url()).origin) continue;
			const targetIds = await idsOf(url.pathname);
			if (!targetIds) broken.push(`${path} → ${url.pathname} (not found)`);
			else if (url.hash && !targetIds.has(decodeURIComponent(url.hash.slice(1))))
				broken.push(`${path} → ${url.pathname}${url.hash} (no such anchor)`);
		}
	}
	expect(broken).toEqual([]);
});
