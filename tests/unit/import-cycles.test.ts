import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// House rule: imports point one way (views → lib/<area> → shared helpers), so no module may import itself back
// through others. Everywhere, no cycle may exist at run time; in the flowchart's own folders, not even through
// type-only imports, which tie modules together in the source just the same (issue 10, item 11).

/** One import of a source file. */
interface ImportOf {
	specifier: string;
	/** `import type …` or `export type …`: erased when compiled, so it cannot form a cycle at run time. */
	typeOnly: boolean;
}

/** Every import, re-export and dynamic import in a source text. */
function importsOf(source: string): ImportOf[] {
	const pattern =
		/(?:^|[\s;])(import|export)\s+(type\s+)?[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
	return [...source.matchAll(pattern)].map((match) => ({
		specifier: match[3] ?? match[4] ?? match[5] ?? '',
		typeOnly: match[2] !== undefined,
	}));
}

/** Every cycle in a module graph, each listed once, starting from its first module in sorted order. */
function findImportCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const cycles: string[][] = [];
	const seen = new Set<string>();
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') {
				const cycle = stack.slice(stack.indexOf(next));
				const key = [...cycle].sort().join('|');
				if (!seen.has(key)) {
					seen.add(key);
					cycles.push([...cycle, next]);
				}
			} else if (!state.has(next) && graph.has(next)) {
				visit(next);
			}
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
	return cycles;
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) ? [path] : [];
	});
}

function resolveRelative(from: string, specifier: string, files: Set<string>): string | null {
	if (!specifier.startsWith('.')) return null;
	const base = resolve(dirname(from), specifier);
	for (const candidate of [base, ...EXTENSIONS.map((extension) => `${base}${extension}`)]) {
		if (files.has(candidate)) return candidate;
	}
	return null;
}

/** The import graph of the TypeScript under `root`, relative imports only, keyed by absolute path. */
function moduleGraph(root: string, { withTypeImports }: { withTypeImports: boolean }): Map<string, string[]> {
	const files = sourceFiles(root).map((file) => resolve(file));
	const known = new Set(files);
	return new Map(
		files.map((file) => [
			file,
			importsOf(readFileSync(file, 'utf8'))
				.filter((entry) => withTypeImports || !entry.typeOnly)
				.map((entry) => resolveRelative(file, entry.specifier, known))
				.filter((target): target is string => target !== null),
		]),
	);
}

function cyclesUnder(root: string, withTypeImports: boolean): string[] {
	return findImportCycles(moduleGraph(root, { withTypeImports })).map((cycle) =>
		cycle.map((file) => relative(process.cwd(), file)).join(' → '),
	);
}

describe('importsOf', () => {
	it.each([
		// Named, default, side-effect and dynamic imports and re-exports are run-time imports.
		{ source: "import { a } from './a';", expected: [{ specifier: './a', typeOnly: false }] },
		{ source: 'import c, { d } from "./c";', expected: [{ specifier: './c', typeOnly: false }] },
		{ source: "export * from './e';", expected: [{ specifier: './e', typeOnly: false }] },
		{ source: "export { f } from './f';", expected: [{ specifier: './f', typeOnly: false }] },
		{ source: "import './g.css';", expected: [{ specifier: './g.css', typeOnly: false }] },
		{ source: "const h = await import('./h');", expected: [{ specifier: './h', typeOnly: false }] },
		// An inline `type` keeps the import at run time; only a whole `import type` is erased.
		{ source: "import {\n\ti,\n\ttype J,\n} from './i';", expected: [{ specifier: './i', typeOnly: false }] },
		{ source: "import type { B } from '../b';", expected: [{ specifier: '../b', typeOnly: true }] },
		{ source: "export type { K } from './k';", expected: [{ specifier: './k', typeOnly: true }] },
		// Words in strings that merely look like imports do not count.
		{ source: "const text = 'import nothing';", expected: [] },
	])('reads $source', ({ source, expected }) => {
		expect(importsOf(source)).toEqual(expected);
	});
});

describe('findImportCycles', () => {
	it('finds a cycle through several modules once, and a module importing itself', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a', 'd']],
			['d', []],
			['e', ['e']],
		]);
		expect(findImportCycles(graph)).toEqual([
			['a', 'b', 'c', 'a'],
			['e', 'e'],
		]);
	});

	it('finds none in a graph whose imports point one way', () => {
		expect(
			findImportCycles(
				new Map([
					['view', ['lib', 'helper']],
					['lib', ['helper']],
					['helper', []],
				]),
			),
		).toEqual([]);
	});
});

describe('the source tree', () => {
	it.each(['src/lib', 'src/components'])('has no run-time import cycle under %s', (root) => {
		expect(cyclesUnder(root, false)).toEqual([]);
	});

	it.each(['src/lib/decision', 'src/components/flowchart'])('has no import cycle at all under %s', (root) => {
		expect(cyclesUnder(root, true)).toEqual([]);
	});

	it('sees the flowchart modules and their imports', () => {
		const graph = moduleGraph('src/lib', { withTypeImports: true });
		const validate = graph.get(resolve('src/lib/decision/validate.ts'));
		expect(validate).toContain(resolve('src/lib/decision/paths.ts'));
		expect(validate).toContain(resolve('src/lib/decision/schema.ts'));
	});
});
