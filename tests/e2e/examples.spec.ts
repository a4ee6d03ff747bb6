import { readFileSync } from 'node:fs';
import { expect, sitemapPaths, test, waitForIslands } from './test-utils';

const registry = JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')) as {
	permalinks: string[];
};
const examples = sitemapPaths().filter((path) => path.startsWith('/examples/'));

test('there are at least four worked examples', () => {
	expect(examples.length).toBeGreaterThanOrEqual(4);
});

for (const path of examples) {
	test(`${path}: its flowchart links are permanent and its calculator links show the stated figures`, async ({
		page,
	}) => {
		await page.goto(path);
		const decisionLinks = await page
			.getByRole('main')
			.locator('a[href^="/decide/"]')
			.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(decisionLinks.length, 'the example walks the flowchart').toBeGreaterThan(0);
		for (const link of decisionLinks.filter((link) => link !== '/decide/'))
			expect(registry.permalinks).toContain(link);

		const figures = page.locator('figure.calculator-figures');
		const count = await figures.count();
		expect(count, 'the example runs the calculator').toBeGreaterThan(0);
		const stated: { href: string; monthly: string[] }[] = [];
		for (let index = 0; index < count; index++) {
			const figure = figures.nth(index);
			stated.push({
				href: (await figure.getByRole('link', { name: /Open these inputs/ }).getAttribute('href')) ?? '',
				monthly: await figure.locator('tbody tr td:nth-of-type(1)').allTextContents(),
			});
		}

		for (const { href, monthly } of stated) {
			await page.goto(href);
			await page.locator('astro-island').first().scrollIntoViewIfNeeded();
			await waitForIslands(page);
			// Per-month column of the calculator's own results table, option by option.
			await expect(page.locator('table.results-table tbody tr td:nth-of-type(2)')).toHaveText(monthly);
			// Chart.js loads as the chart nears the screen: bring it there, and let the chunk finish before leaving,
			// or its request is aborted mid-flight.
			await page.locator('figure.cost-chart').scrollIntoViewIfNeeded();
			await expect(page.locator('figure.cost-chart')).toHaveAttribute('data-status', 'ready');
		}
	});
}
