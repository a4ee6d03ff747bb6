import { readFileSync, existsSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

/** Everything a page did wrong while a test ran; each test must end with all lists empty. */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	foreignRequests: string[];
	cspViolations: string[];
}

/** WCAG 2.2 A and AA, as Starlight's own a11y suite scans. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * `test` with an automatic watch on every page: console errors, uncaught exceptions, failed or
 * 4xx/5xx requests, requests to any other origin and CSP violations fail the test.
 * A test that expects one kind of problem (the 404 page) lists it in `expectedProblems`.
 */
export const test = base.extend<{ expectedProblems: RegExp[]; problems: PageProblems }>({
	expectedProblems: [[], { option: true }],
	problems: [
		async ({ page, baseURL, expectedProblems }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const problems: PageProblems = {
				consoleErrors: [],
				pageErrors: [],
				failedRequests: [],
				foreignRequests: [],
				cspViolations: [],
			};
			const expected = (text: string) => expectedProblems.some((pattern) => pattern.test(text));
			const report = (list: string[], text: string) => {
				if (!expected(text)) list.push(text);
			};
			page.on('console', (message) => {
				if (message.type() === 'error') report(problems.consoleErrors, message.text());
			});
			page.on('pageerror', (error) => report(problems.pageErrors, error.message));
			page.on('requestfailed', (request) =>
				report(problems.failedRequests, `${request.url()} ${request.failure()?.errorText ?? ''}`),
			);
			page.on('response', (response) => {
				if (response.status() >= 400)
					report(problems.failedRequests, `${response.status()} ${response.url()}`);
			});
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol.startsWith('http') && url.origin !== origin)
					report(problems.foreignRequests, request.url());
			});
			await page.exposeFunction('__reportCspViolation', (text: string) =>
				report(problems.cspViolations, text),
			);
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __reportCspViolation: (text: string) => void })
						.__reportCspViolation;
					report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
				});
			});
			await use(problems);
			expect(
				problems,
				'the page had console errors, failed requests, foreign requests or CSP violations',
			).toEqual({
				consoleErrors: [],
				pageErrors: [],
				failedRequests: [],
				foreignRequests: [],
				cspViolations: [],
			});
		},
		{ auto: true },
	],
});

export { expect };

/** Run axe with WCAG 2.2 A/AA rules and expect zero violations. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const summary = results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
	expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Switch Starlight's theme through its own select, as a reader would. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'auto'): Promise<void> {
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
	if (theme !== 'auto') await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Wait until every island on the page has hydrated; typing earlier is silently dropped. */
export async function waitForIslands(page: Page): Promise<void> {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Paths of every page in the built sitemap, so site-wide checks cover new pages automatically. */
export function sitemapPaths(): string[] {
	const file = 'dist/sitemap-0.xml';
	if (!existsSync(file))
		throw new Error('dist/sitemap-0.xml is missing: run `npm run build` before the e2e tests.');
	const xml = readFileSync(file, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname).sort();
}
