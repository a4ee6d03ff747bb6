import type { Page } from '@playwright/test';
import { classifyResource, isSearchAsset, weigh, type ResourceWeight } from '../../src/lib/page-weight';

/**
 * Load a page as a reader would — open it, scroll to the end so `client:visible` islands load —
 * and weigh every response it fetched, leaving out search assets (see `isSearchAsset`).
 */
export async function measureFirstLoad(page: Page, path: string): Promise<ResourceWeight[]> {
	const pending: Promise<ResourceWeight | null>[] = [];
	page.on('response', (response) => {
		const url = response.url();
		if (!url.startsWith('http') || isSearchAsset(url) || response.status() !== 200) return;
		const kind = classifyResource(url, response.request().resourceType());
		pending.push(
			response.body().then(
				(body) => weigh(url, kind, body),
				() => null,
			),
		);
	});
	await page.goto(path, { waitUntil: 'load' });
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	const weights = await Promise.all(pending);
	return weights.filter((weight): weight is ResourceWeight => weight !== null);
}
