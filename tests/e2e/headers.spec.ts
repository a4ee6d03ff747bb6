import { readFileSync } from 'node:fs';
import { hostLimitProblems } from '../../src/lib/site/headers-file';
import { test, expect } from './test-utils';

const GUIDE_PAGE = '/guide/when-to-use-rag/';

test('the generated _headers file fits the limits of the hosts that read it', () => {
	expect(hostLimitProblems(readFileSync('dist/_headers', 'utf8'))).toEqual([]);
});

test('a page comes with the security headers, and its hashed assets with a year of caching', async ({
	page,
	request,
}) => {
	const scripts: string[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).pathname.startsWith('/_astro/')) scripts.push(response.url());
	});
	const response = await page.goto(GUIDE_PAGE);
	const headers = response?.headers() ?? {};
	expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['permissions-policy']).toContain('geolocation=()');
	expect(headers['cache-control']).toBeUndefined();
	expect(scripts.length).toBeGreaterThan(0);
	const asset = await request.get(scripts[0] ?? '');
	expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the host keeps _headers to itself and adds the slash a page URL lacks', async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
	const bare = await request.get(GUIDE_PAGE.slice(0, -1), { maxRedirects: 0 });
	expect(bare.status()).toBe(301);
	expect(bare.headers()['location']).toBe(GUIDE_PAGE);
});

test.describe('a guide page framed by another site', () => {
	test.use({ expectedProblems: [/frame-ancestors|Refused to (display|frame)|ERR_BLOCKED_BY_RESPONSE/] });
	test('is refused by the browser', async ({ page, baseURL }) => {
		const blocked = page.waitForEvent('requestfailed', (request) => request.url().endsWith(GUIDE_PAGE));
		await page.setContent(`<iframe title="framed guide" src="${baseURL}${GUIDE_PAGE}"></iframe>`);
		expect((await blocked).failure()?.errorText).toMatch(/ERR_BLOCKED_BY_RESPONSE/);
	});
});
