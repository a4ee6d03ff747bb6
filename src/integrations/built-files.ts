import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file below a build's output directory, as absolute paths. */
export async function* builtFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* builtFiles(path);
		else yield path;
	}
}

/** The URL path a built file is served at: `dist/guide/x/index.html` → `/guide/x/`. */
export function urlPathOf(dir: string, file: string): string {
	const path = '/' + relative(dir, file).split(sep).join('/');
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
