/**
 * `npm run bench`: build the site once, serve it with `astro preview`, and measure five pages as a
 * reader's phone would load them. Prints a table and writes bench/results.json. A benchmark, not a
 * test: it reports figures and fails only when it cannot measure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
	classifyResource,
	formatKilobytes,
	isSearchAsset,
	summariseWeights,
	weigh,
	type ResourceWeight,
	type WeightSummary,
} from '../src/lib/page-weight.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/find-chromium.ts';
import {
	CALCULATOR_PATH,
	calculatorIslandChunks,
	measureCalculatorUpdates,
	modelListSizes,
	type ChunkLoad,
} from './bench-calculator.ts';

// BENCH_PORT lets two checkouts measure side by side.
const PORT = Number(process.env['BENCH_PORT'] ?? 4420);
const CALCULATOR_CHANGES = 200;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
	{ name: 'home', path: '/' },
	{ name: 'guide article', path: '/guide/when-to-use-rag/' },
	{ name: 'decision path', path: '/decide/behaviour-fine/permissioned/' },
	// The longest verdict page: most answers, reasons, caveats and sources, so the heaviest path page.
	{
		name: 'decision path, longest',
		path: '/decide/behaviour-gap/beyond-schema/prompting-plateaued/distil-examples/stable-facts/fits-in-prompt/',
	},
	{ name: 'calculator', path: CALCULATOR_PATH },
];
/** A mid-range phone, as Lighthouse's mobile preset emulates it. */
const PHONE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
};

interface PageFigures {
	name: string;
	path: string;
	firstLoad: WeightSummary;
	searchAssetsGzip: number;
	requests: number;
	scriptMsBeforeInteractive: number;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	lighthouse?: Record<string, number>;
}

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: 'inherit' });
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
		);
	});
}

async function startPreview(): Promise<ChildProcess> {
	const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
		stdio: 'ignore',
		detached: true,
	});
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(`${ORIGIN}/`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`astro preview did not answer on ${ORIGIN}`);
}

/** Observers installed before any page script: LCP, layout shifts and long tasks. */
function installObservers(): void {
	const state = { lcp: 0, cls: 0, longTasks: [] as { start: number; duration: number }[], fcp: 0 };
	(window as unknown as { __bench: typeof state }).__bench = state;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) state.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
		})[]) {
			if (!entry.hadRecentInput) state.cls += entry.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			state.longTasks.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
}

async function measurePage(page: Page, path: string): Promise<Omit<PageFigures, 'name' | 'path'>> {
	const client = await page.context().newCDPSession(page);
	await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await client.send('Performance.enable');
	const pending: Promise<ResourceWeight & { search: boolean }>[] = [];
	let requests = 0;
	page.on('response', (response) => {
		const url = response.url();
		if (!url.startsWith('http')) return;
		requests++;
		const kind = classifyResource(url, response.request().resourceType());
		pending.push(response.body().then((body) => ({ ...weigh(url, kind, body), search: isSearchAsset(url) })));
	});
	await page.addInitScript(installObservers);
	const response = await page.goto(ORIGIN + path, { waitUntil: 'load' });
	if (response?.status() !== 200)
		throw new Error(`${path} answered ${response?.status()}: nothing to measure`);
	const { metrics } = await client.send('Performance.getMetrics');
	const scriptSeconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
	await page.waitForLoadState('networkidle');
	// Long tasks and layout shifts settle after load; give them a quiet second.
	await page.waitForTimeout(1000);
	const observed = await page.evaluate(
		() =>
			(
				window as unknown as {
					__bench: {
						lcp: number;
						cls: number;
						fcp: number;
						longTasks: { start: number; duration: number }[];
					};
				}
			).__bench,
	);
	const weights = await Promise.all(pending);
	const tbtMs = observed.longTasks
		.filter((task) => task.start >= observed.fcp)
		.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
	return {
		firstLoad: summariseWeights(weights.filter((weight) => !weight.search)),
		searchAssetsGzip: weights.filter((weight) => weight.search).reduce((sum, weight) => sum + weight.gzip, 0),
		requests,
		scriptMsBeforeInteractive: scriptSeconds * 1000,
		lcpMs: observed.lcp,
		cls: observed.cls,
		tbtMs,
	};
}

async function lighthouseScores(
	executablePath: string | undefined,
	url: string,
): Promise<Record<string, number>> {
	const chrome = await chromeLauncher.launch({
		...(executablePath ? { chromePath: executablePath } : {}),
		chromeFlags: CHROMIUM_ARGS,
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		const categories = result?.lhr.categories ?? {};
		return Object.fromEntries(
			Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
		);
	} finally {
		chrome.kill();
	}
}

/** The calculator's JavaScript against its budget, then what loads only when the reader asks, with the model lists. */
function printIslandSizes(
	islandChunks: Map<string, { gzip: number; load: ChunkLoad }>,
	modelLists: Map<string, number>,
): void {
	const notes: Record<ChunkLoad, string> = {
		'first load': '',
		chart: '  (Chart.js, loaded as the chart nears the screen)',
		'on demand': '',
	};
	const budgeted = [...islandChunks].filter(([, chunk]) => chunk.load !== 'on demand');
	console.log('Calculator island JavaScript, gzip -9 (budget 70 KB: the first load and Chart.js):');
	for (const [file, chunk] of budgeted.sort((a, b) => b[1].gzip - a[1].gzip))
		console.log(`  ${formatKilobytes(chunk.gzip).padStart(8)}  ${file}${notes[chunk.load]}`);
	const islandTotal = budgeted.reduce((sum, [, chunk]) => sum + chunk.gzip, 0);
	console.log(`  ${formatKilobytes(islandTotal).padStart(8)}  total (${islandTotal} bytes)`);
	const firstLoad = budgeted.filter(([, chunk]) => chunk.load === 'first load');
	console.log(
		`  of which the first load: ${firstLoad.reduce((sum, [, chunk]) => sum + chunk.gzip, 0)} bytes`,
	);
	console.log('Fetched only when the reader asks (outside the budget), gzip -9:');
	const reasons: Record<string, string> = {
		ModelPicker: 'the model picker: a "Change … model" button, or a link naming a model',
		'export-formats': 'Copy for proposal and Download CSV',
	};
	for (const [file, chunk] of islandChunks)
		if (chunk.load === 'on demand')
			console.log(
				`  ${formatKilobytes(chunk.gzip).padStart(8)}  ${file} (${chunk.gzip} bytes; ${reasons[file.split('.')[0] ?? ''] ?? 'on demand'})`,
			);
	for (const [path, gzip] of modelLists)
		console.log(
			`  ${formatKilobytes(gzip).padStart(8)}  ${path} (${gzip} bytes; the model list, with the picker)`,
		);
}

function printTable(
	figures: PageFigures[],
	buildSeconds: number,
	updates: { p50: number; p95: number; max: number },
	islandChunks: Map<string, { gzip: number; load: ChunkLoad }>,
	modelLists: Map<string, number>,
): void {
	const rows = figures.map((f) => ({
		page: f.name,
		'HTML gz': formatKilobytes(f.firstLoad.html.gzip),
		'CSS gz': formatKilobytes(f.firstLoad.css.gzip),
		'JS gz': formatKilobytes(f.firstLoad.js.gzip),
		'img gz': formatKilobytes(f.firstLoad.image.gzip),
		'font gz': formatKilobytes(f.firstLoad.font.gzip),
		'total gz': formatKilobytes(f.firstLoad.total.gzip),
		'total br': formatKilobytes(f.firstLoad.total.brotli),
		'total raw': formatKilobytes(f.firstLoad.total.raw),
		requests: f.requests,
		'JS ms': Math.round(f.scriptMsBeforeInteractive),
		'LCP ms': Math.round(f.lcpMs),
		CLS: f.cls.toFixed(3),
		'TBT ms': Math.round(f.tbtMs),
		Lighthouse: f.lighthouse
			? `${f.lighthouse['performance']}/${f.lighthouse['accessibility']}/${f.lighthouse['best-practices']}/${f.lighthouse['seo']}`
			: 'n/a',
	}));
	console.table(rows);
	console.log('Lighthouse: performance/accessibility/best practices/SEO, mobile preset.');
	console.log('Search assets (Pagefind UI preloaded at idle, index on search) are not in the totals:');
	for (const f of figures) console.log(`  ${f.name}: ${formatKilobytes(f.searchAssetsGzip)} gzip`);
	printIslandSizes(islandChunks, modelLists);
	console.log(
		`Calculator, input change → results and chart updated (${CALCULATOR_CHANGES} changes): p50 ${updates.p50.toFixed(1)} ms, p95 ${updates.p95.toFixed(1)} ms, max ${updates.max.toFixed(1)} ms (budget p95 ≤ 16 ms)`,
	);
	console.log(`Production build: ${buildSeconds.toFixed(1)} s`);
}

const { path: executablePath } = findChromium({
	envPath: process.env['CHROMIUM_PATH'],
	systemPath: '/usr/bin/chromium',
	playwrightPath: undefined,
});

const buildStart = performance.now();
await run('npx', ['astro', 'build']);
const buildSeconds = (performance.now() - buildStart) / 1000;

const server = await startPreview();
try {
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: CHROMIUM_ARGS,
	});
	const figures: PageFigures[] = [];
	for (const { name, path } of PAGES) {
		const context = await browser.newContext(PHONE);
		figures.push({ name, path, ...(await measurePage(await context.newPage(), path)) });
		await context.close();
	}
	const context = await browser.newContext();
	const updates = await measureCalculatorUpdates(await context.newPage(), ORIGIN, CALCULATOR_CHANGES);
	const islandChunks = calculatorIslandChunks('dist');
	const modelLists = modelListSizes('dist');
	await browser.close();

	for (const figure of figures)
		figure.lighthouse = await lighthouseScores(executablePath, ORIGIN + figure.path);

	printTable(figures, buildSeconds, updates, islandChunks, modelLists);
	await mkdir('bench', { recursive: true });
	await writeFile(
		'bench/results.json',
		JSON.stringify(
			{
				measuredAt: new Date().toISOString(),
				buildSeconds,
				calculatorUpdates: updates,
				calculatorIslandGzip: Object.fromEntries(islandChunks),
				modelListGzip: Object.fromEntries(modelLists),
				pages: figures,
			},
			null,
			'\t',
		) + '\n',
	);
	console.log('Wrote bench/results.json');
} finally {
	if (server.pid) process.kill(-server.pid);
}
