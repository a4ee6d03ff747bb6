import { expect, test } from './test-utils';

const TABLE_PATH = '/guide/fine-tuning-in-2026/';

test('every cell of the provider table links its source with the day it was read', async ({ page }) => {
	await page.goto(TABLE_PATH);
	expect(await page.locator('.provider-table tbody tr').count()).toBeGreaterThanOrEqual(8);
	const cells = page.locator('.provider-table tbody td');
	const count = await cells.count();
	for (let index = 0; index < count; index++) {
		const sources = cells.nth(index).locator('.provider-sources');
		await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
		await expect(sources).toContainText(/read \d{4}-\d{2}-\d{2}/);
	}
});

test.describe('following a status back to the table', () => {
	// Now and then Chromium reports the link's navigation request as aborted although it goes on to load the page,
	// which the assertions below check; that report alone is tolerated here.
	test.use({ expectedProblems: [/\/guide\/fine-tuning-in-2026\/ net::ERR_ABORTED$/] });
	test("a provider's status reads the same wherever it is printed, and leads back to its row", async ({
		page,
	}) => {
		await page.goto(TABLE_PATH);
		const statement = await page.locator('#provider-fireworks .provider-summary').innerText();
		expect(statement).toContain('GLM 5.3 Flash');
		// Starlight preloads the search UI once the page is idle; leaving before then aborts that request,
		// which the fixture reports as a failure.
		await page.waitForLoadState('networkidle');

		await page.goto('/examples/field-extraction/');
		const status = page.locator('.provider-status');
		await expect(status.locator('.provider-summary')).toHaveText(statement);
		// Wait for the table page to finish loading: ending the test mid-navigation aborts its request.
		await Promise.all([
			page.waitForURL(`**${TABLE_PATH}#provider-fireworks`, { waitUntil: 'load' }),
			status.getByRole('link', { name: 'Compare all providers' }).click(),
		]);
		await expect(page.locator('#provider-fireworks')).toBeInViewport();
	});
});
