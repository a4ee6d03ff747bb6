// Measures the calculator's budgets on the built site (run `npm run build` first):
//   1. JavaScript the island loads, gzip -9, with Chart.js's chunk named (budget: 70 KB);
//   2. time from one input change to results and chart updated, over 200 changes in headless Chromium
//      (budget: p95 ≤ 16 ms). A benchmark, not a test: it prints figures and exits 1 only when a budget is missed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const DIST = 'dist';
const PAGE = '/guide/cost-calculator/';
const SIZE_BUDGET = 70 * 1024;
const P95_BUDGET_MS = 16;
const CHANGES = 200;

function chunkGraph(html) {
	const roots = [...html.matchAll(/(?:component|renderer)-url="\/_astro\/([^"]+)"/g)].map((match) => ({
		file: match[1],
		// The renderer imports preact/signals only for islands given signals as props; ours gets none.
		dynamic: !match[0].startsWith('renderer'),
	}));
	const seen = new Map();
	const visit = (file, dynamic) => {
		if (seen.has(file)) return;
		const code = readFileSync(join(DIST, '_astro', file));
		seen.set(file, gzipSync(code, { level: 9 }).length);
		const text = code.toString('utf8');
		for (const match of text.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
			visit(match[1], dynamic);
		if (dynamic)
			for (const match of text.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g))
				visit(match[1], dynamic);
	};
	for (const root of roots) visit(root.file, root.dynamic);
	return seen;
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureUpdates(port) {
	const executablePath =
		process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: ['--no-sandbox', '--headless'],
	});
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}${PAGE}`);
		await page.locator('astro-island').first().scrollIntoViewIfNeeded();
		await page.locator('figure.cost-chart[data-status="ready"]').waitFor();
		return await page.evaluate(async (changes) => {
			const input = document.querySelector('[data-field="volume"]');
			const figure = document.querySelector('figure.cost-chart');
			const times = [];
			for (let i = 0; i < changes; i++) {
				const before = figure.dataset.updated;
				const updated = new Promise((resolve) => {
					const observer = new MutationObserver(() => {
						if (figure.dataset.updated !== before) {
							observer.disconnect();
							resolve(Number(figure.dataset.updated));
						}
					});
					observer.observe(figure, { attributes: true, attributeFilter: ['data-updated'] });
				});
				const start = performance.now();
				input.value = String(1000 + i * 4999);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				times.push((await updated) - start);
			}
			return times;
		}, CHANGES);
	} finally {
		await browser.close();
	}
}

const html = readFileSync(join(DIST, PAGE, 'index.html'), 'utf8');
const chunks = chunkGraph(html);
const total = [...chunks.values()].reduce((sum, size) => sum + size, 0);
console.log('Island JavaScript (gzip -9):');
for (const [file, size] of [...chunks].sort((a, b) => b[1] - a[1])) {
	const note = file.startsWith('cost-chart.') ? '  ← Chart.js (loaded on demand)' : '';
	console.log(`  ${(size / 1024).toFixed(1).padStart(6)} KB  ${file}${note}`);
}
console.log(`  ${(total / 1024).toFixed(1).padStart(6)} KB  total (budget ${SIZE_BUDGET / 1024} KB)`);

const port = Number(process.env.BENCH_PORT ?? 4419);
// Run astro itself, not through npx, so that kill() stops the server and not only a wrapper.
const server = spawn(
	join('node_modules', '.bin', 'astro'),
	['preview', '--host', '127.0.0.1', '--port', String(port)],
	{
		stdio: ['ignore', 'ignore', 'inherit'],
	},
);
try {
	for (let tries = 0; ; tries++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
		} catch {
			if (tries > 300 || server.exitCode !== null) throw new Error('astro preview did not start');
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	const times = (await measureUpdates(port)).sort((a, b) => a - b);
	const p50 = percentile(times, 50);
	const p95 = percentile(times, 95);
	console.log(
		`Input change → results and chart updated, ${CHANGES} changes: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms (budget p95 ≤ ${P95_BUDGET_MS} ms)`,
	);
	process.exitCode = total > SIZE_BUDGET || p95 > P95_BUDGET_MS ? 1 : 0;
} finally {
	server.kill();
}
