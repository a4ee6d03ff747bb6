/**
 * A static host for the e2e tests that behaves like the ones we deploy to (Netlify, Cloudflare Pages): it
 * serves the build in `dist/`, sends the headers `dist/_headers` asks for, redirects a directory without its
 * trailing slash, answers unknown URLs with `404.html` and a 404 status, and never serves `_headers` itself.
 * Run: `node tests/e2e/static-host.ts --port 4399 [--dir dist]`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../../src/lib/site/headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** Files a host reads as configuration and never serves. */
const HOST_CONFIG_FILES = new Set(['/_headers', '/_redirects']);

function readRules(dir: string): HeaderRule[] {
	const file = join(dir, '_headers');
	if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
	const { rules, errors } = parseHeadersFile(readFileSync(file, 'utf8'));
	if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
	return rules;
}

/** The file a URL path names inside `dir`, or null when it names none (or tries to leave `dir`). */
function fileFor(dir: string, path: string): string | null {
	const candidate = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
	if (candidate !== dir && !candidate.startsWith(dir + sep)) return null;
	return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
}

function send(response: ServerResponse, status: number, file: string, headers: Map<string, string>): void {
	response.writeHead(status, {
		...Object.fromEntries(headers),
		'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
	});
	createReadStream(file).pipe(response);
}

/** Start the host; resolves once it listens. */
function startStaticHost(dir: string, port: number): Promise<void> {
	const root = normalize(dir);
	const rules = readRules(root);
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://host');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			path = '/404.html';
		}
		const headers = headersForPath(rules, url.pathname);
		const file = HOST_CONFIG_FILES.has(path) ? null : fileFor(root, path);
		if (file !== null) return send(response, 200, file, headers);
		if (!path.endsWith('/') && fileFor(root, `${path}/`) !== null) {
			response.writeHead(301, { ...Object.fromEntries(headers), location: `${url.pathname}/${url.search}` });
			return response.end();
		}
		send(response, 404, join(root, '404.html'), headers);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

const { values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' } } });
const port = Number(values.port ?? 4399);
await startStaticHost(values.dir ?? 'dist', port);
console.log(`serving ${values.dir ?? 'dist'}/ with its _headers at http://127.0.0.1:${port}/`);
