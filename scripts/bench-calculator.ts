import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Where the calculator lives in the built site. */
export const CALCULATOR_PATH = '/guide/cost-calculator/';

/**
 * Every JavaScript chunk the calculator island loads, gzip -9 bytes by file name: the island and
 * renderer entries from the built HTML, then their static imports and (for the island) the chunks it
 * imports on demand, such as Chart.js.
 */
export function calculatorIslandChunks(dist: string): Map<string, number> {
	const html = readFileSync(join(dist, CALCULATOR_PATH, 'index.html'), 'utf8');
	const roots = [...html.matchAll(/(component|renderer)-url="\/_astro\/([^"]+)"/g)].map((match) => ({
		file: match[2] ?? '',
		// The renderer imports preact/signals only for islands given signals as props; ours gets none.
		followDynamic: match[1] === 'component',
	}));
	const sizes = new Map<string, number>();
	const visit = (file: string, followDynamic: boolean): void => {
		if (sizes.has(file)) return;
		const code = readFileSync(join(dist, '_astro', file));
		sizes.set(file, gzipSync(code, { level: 9 }).byteLength);
		const text = code.toString('utf8');
		for (const match of text.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
			visit(match[1] ?? '', followDynamic);
		if (followDynamic) {
			for (const match of text.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g))
				visit(match[1] ?? '', true);
		}
	};
	for (const root of roots) visit(root.file, root.followDynamic);
	return sizes;
}

function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Time `changes` volume edits from the `input` event to the island's `data-updated` stamp on the
 * chart figure, which it sets once results and chart are redrawn. Returns p50 and p95 in ms.
 */
export async function measureCalculatorUpdates(
	page: Page,
	origin: string,
	changes: number,
): Promise<{ p50: number; p95: number; max: number }> {
	await page.goto(origin + CALCULATOR_PATH);
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	// Chart.js loads as the chart nears the screen.
	await page.locator('figure.cost-chart').scrollIntoViewIfNeeded();
	await page.locator('figure.cost-chart[data-status="ready"]').waitFor();
	const times = await page.evaluate(async (count) => {
		const input = document.querySelector<HTMLInputElement>('[data-field="volume"]');
		const figure = document.querySelector<HTMLElement>('figure.cost-chart');
		if (!input || !figure) throw new Error('the calculator has no volume field or chart');
		const measured: number[] = [];
		for (let i = 0; i < count; i++) {
			const before = figure.dataset['updated'];
			const updated = new Promise<number>((resolve) => {
				const observer = new MutationObserver(() => {
					if (figure.dataset['updated'] !== before) {
						observer.disconnect();
						resolve(Number(figure.dataset['updated']));
					}
				});
				observer.observe(figure, { attributes: true, attributeFilter: ['data-updated'] });
			});
			const start = performance.now();
			input.value = String(1000 + i * 4999);
			input.dispatchEvent(new Event('input', { bubbles: true }));
			measured.push((await updated) - start);
		}
		return measured;
	}, changes);
	const sorted = [...times].sort((a, b) => a - b);
	return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN };
}
