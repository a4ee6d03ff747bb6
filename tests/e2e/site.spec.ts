import { budgetProblems, summariseWeights, type PageBudget } from '../../src/lib/page-weight';
import { measureFirstLoad } from './page-weight';
import { test, expect, expectNoAxeViolations, chooseTheme, sitemapPaths } from './test-utils';

const pages = sitemapPaths();

/** Chunks of the Preact runtime and Astro's Preact renderer, by the names Vite gives them. */
const PREACT_RUNTIME = /\/_astro\/(?:preact|hooks|signals|jsxRuntime)\.module\.|\/_astro\/client\./;

/** Size budgets in gzip bytes: reach them by removing weight, never by raising them. */
const BUDGETS: { name: string; matches: (path: string) => boolean; budget: PageBudget }[] = [
	{
		name: 'calculator page',
		matches: (path) => path === '/guide/cost-calculator/',
		budget: { jsGzip: 90_000 },
	},
	{
		// Issue 10: a decision path page's first load, HTML, CSS and JS together, stays within 30 KB.
		name: 'decision path page',
		matches: (path) => path.startsWith('/decide/'),
		budget: { totalGzip: 30_000, jsGzip: 10_000 },
	},
	{
		name: 'article with the flowchart',
		matches: (path) => path === '/guide/decision-guide/',
		budget: { jsGzip: 25_000 },
	},
];

/** Pages without an island ship no framework and stay under 40 KB in all on first load. */
const PLAIN_PAGE_BUDGET: PageBudget = { totalGzip: 40_000 };

test('the sitemap lists the home page, the guide and the decision paths', () => {
	expect(pages).toContain('/');
	expect(pages).toContain('/guide/decision-guide/');
	expect(pages).toContain('/decide/behaviour-fine/permissioned/');
});

// One visit per page does every per-page check, so a site of a hundred path pages stays quick to test.
for (const path of pages) {
	test(`page ${path}: loads clean within its size budget, with title, description, strict CSP and no a11y violations in both themes`, async ({
		page,
	}) => {
		const { status, headers, weights } = await measureFirstLoad(page, path);
		expect(status).toBe(200);
		await expect(page.locator('h1')).toHaveCount(1);
		expect((await page.title()).length).toBeGreaterThan(0);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w.{19,}/);

		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/script-src 'self'/);
		expect(policy).not.toContain("'unsafe-inline'");
		expect(policy).toMatch(/default-src 'self'/);
		// The host sends the same policy as a header, adding what a meta element cannot carry.
		const header = headers['content-security-policy'] ?? '';
		expect(header).toContain("frame-ancestors 'none'");
		for (const source of policy?.match(/'sha256-[^']+'/g) ?? []) expect(header).toContain(source);

		// Client JavaScript is a cost the reader pays: only pages with an island load the framework up front.
		const hasIsland = (await page.locator('astro-island').count()) > 0;
		if (!hasIsland) {
			const scripts = weights
				.filter((weight) => weight.kind === 'js')
				.map((weight) => new URL(weight.url).pathname);
			expect(scripts.filter((script) => PREACT_RUNTIME.test(script))).toEqual([]);
		}
		const rule = BUDGETS.find((candidate) => candidate.matches(path));
		// A page given no island budget must not have grown an island unnoticed.
		if (!rule) expect(hasIsland, `${path} has an island but no island budget`).toBe(false);
		expect(budgetProblems(path, summariseWeights(weights), rule?.budget ?? PLAIN_PAGE_BUDGET)).toEqual([]);

		await expectNoAxeViolations(page, `on ${path} (light)`);
		await chooseTheme(page, 'dark');
		await expectNoAxeViolations(page, `on ${path} (dark)`);
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
