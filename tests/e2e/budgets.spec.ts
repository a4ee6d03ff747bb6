import { budgetProblems, summariseWeights, type PageBudget } from '../../src/lib/page-weight';
import { measureFirstLoad } from './page-weight';
import { expect, sitemapPaths, test } from './test-utils';

/** Size budgets in gzip bytes: reach them by removing weight, never by raising them. */
const BUDGETS: { name: string; matches: (path: string) => boolean; budget: PageBudget }[] = [
	{
		name: 'calculator page',
		matches: (path) => path === '/guide/cost-calculator/',
		budget: { jsGzip: 90_000 },
	},
	{
		name: 'flowchart page',
		matches: (path) => path.startsWith('/decide/') || path === '/guide/decision-guide/',
		budget: { jsGzip: 25_000 },
	},
];

/** Pages without an island ship no framework and stay under 40 KB in all on first load. */
const PLAIN_PAGE_BUDGET: PageBudget = { totalGzip: 40_000 };

for (const path of sitemapPaths()) {
	test(`${path} stays within its size budget`, async ({ page }) => {
		const weights = await measureFirstLoad(page, path);
		const hasIsland = (await page.locator('astro-island').count()) > 0;
		const rule = BUDGETS.find((candidate) => candidate.matches(path));
		const budget = rule?.budget ?? PLAIN_PAGE_BUDGET;
		// A page given no island budget must not have grown an island unnoticed.
		if (!rule) expect(hasIsland, `${path} has an island but no island budget`).toBe(false);
		expect(budgetProblems(path, summariseWeights(weights), budget)).toEqual([]);
	});
}
