import { brotliCompressSync, gzipSync } from 'node:zlib';

/** What kind of bytes a response carries, as the budgets and the benchmark split them. */
export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

/** One response of a page load, with its size raw and compressed. */
export interface ResourceWeight {
	url: string;
	kind: ResourceKind;
	raw: number;
	gzip: number;
	brotli: number;
}

/** Per-kind and total byte counts of one page load. */
export type WeightSummary = Record<ResourceKind | 'total', { raw: number; gzip: number; brotli: number }>;

/** Size budgets of a page, in gzip bytes; absent entries are not checked. */
export interface PageBudget {
	/** Everything transferred on first load. */
	totalGzip?: number;
	/** JavaScript only. */
	jsGzip?: number;
}

const KIND_BY_EXTENSION: Record<string, ResourceKind> = {
	html: 'html',
	css: 'css',
	js: 'js',
	mjs: 'js',
	svg: 'image',
	png: 'image',
	jpg: 'image',
	jpeg: 'image',
	webp: 'image',
	avif: 'image',
	gif: 'image',
	ico: 'image',
	woff: 'font',
	woff2: 'font',
	ttf: 'font',
	otf: 'font',
};

/** Classify a response by the browser's resource type, falling back to the URL's extension. */
export function classifyResource(url: string, resourceType: string): ResourceKind {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'stylesheet') return 'css';
	if (resourceType === 'script') return 'js';
	if (resourceType === 'image') return 'image';
	if (resourceType === 'font') return 'font';
	const path = new URL(url).pathname;
	const extension = path.endsWith('/') ? 'html' : (path.split('.').pop() ?? '').toLowerCase();
	return KIND_BY_EXTENSION[extension] ?? 'other';
}

/**
 * Search assets: Pagefind's index (fetched when a reader searches) and Pagefind's UI bundle, which
 * Starlight preloads in idle time so the dialog opens at once. Neither is needed to read a page, so
 * first-load figures and budgets leave them out; the benchmark reports them on their own.
 */
export function isSearchAsset(url: string): boolean {
	const path = new URL(url).pathname;
	return path.startsWith('/pagefind/') || /^\/_astro\/ui-core\.[\w-]+\.js$/.test(path);
}

/** Weigh one response body raw, gzipped (level 9) and brotli-compressed. */
export function weigh(url: string, kind: ResourceKind, body: Uint8Array): ResourceWeight {
	return {
		url,
		kind,
		raw: body.byteLength,
		gzip: gzipSync(body, { level: 9 }).byteLength,
		brotli: brotliCompressSync(body).byteLength,
	};
}

/** Add up a page load's responses per kind and in total. */
export function summariseWeights(resources: readonly ResourceWeight[]): WeightSummary {
	const empty = () => ({ raw: 0, gzip: 0, brotli: 0 });
	const summary: WeightSummary = {
		html: empty(),
		css: empty(),
		js: empty(),
		image: empty(),
		font: empty(),
		other: empty(),
		total: empty(),
	};
	for (const resource of resources) {
		for (const bucket of [summary[resource.kind], summary.total]) {
			bucket.raw += resource.raw;
			bucket.gzip += resource.gzip;
			bucket.brotli += resource.brotli;
		}
	}
	return summary;
}

/** Format a byte count as kilobytes (1 KB = 1,000 bytes) with one decimal. */
export function formatKilobytes(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Every budget a page exceeds, each naming the page, the figure and the budget. */
export function budgetProblems(page: string, summary: WeightSummary, budget: PageBudget): string[] {
	const problems: string[] = [];
	if (budget.totalGzip !== undefined && summary.total.gzip > budget.totalGzip) {
		problems.push(
			`${page}: first load is ${formatKilobytes(summary.total.gzip)} gzip, over its budget of ${formatKilobytes(budget.totalGzip)}`,
		);
	}
	if (budget.jsGzip !== undefined && summary.js.gzip > budget.jsGzip) {
		problems.push(
			`${page}: JavaScript is ${formatKilobytes(summary.js.gzip)} gzip, over its budget of ${formatKilobytes(budget.jsGzip)}`,
		);
	}
	return problems;
}
