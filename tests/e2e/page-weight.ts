import type { Page } from '@playwright/test';
import { classifyResource, isSearchAsset, weigh, type ResourceWeight } from '../../src/lib/page-weight';

/** A page's first load: the document's status and headers, and every response weighed. */
export interface FirstLoad {
	status: number | undefined;
	headers: Record<string, string>;
	weights: ResourceWeight[];
}

/**
 * Load a page as a reader would — open it, scroll to the end so `client:visible` islands load —
 * and weigh every response it fetched, leaving out search assets (see `isSearchAsset`).
 */
export async function measureFirstLoad(page: Page, path: string): Promise<FirstLoad> {
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
	const response = await page.goto(path, { waitUntil: 'load' });
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	const weights = await Promise.all(pending);
	return {
		status: response?.status(),
		headers: response?.headers() ?? {},
		weights: weights.filter((weight): weight is ResourceWeight => weight !== null),
	};
}
