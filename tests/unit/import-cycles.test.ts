import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('src/lib');

/** Every .ts file under a folder, as absolute paths. */
function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return name.endsWith('.ts') ? [path] : [];
	});
}

// Static imports and re-exports; group 1 is `type` for a statement that imports types only.
const IMPORT = /^\s*(?:import|export)\s+(type\s)?[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The files a source file imports from src/lib (type-only imports too unless `valuesOnly`), as .ts paths. */
function importsOf(file: string, known: ReadonlySet<string>, valuesOnly: boolean): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(IMPORT)]
		.filter((match) => !valuesOnly || match[1] === undefined)
		.map((match) => resolve(dirname(file), match[2] ?? ''))
		.map((target) => (target.endsWith('.ts') ? target : `${target}.ts`))
		.filter((target) => known.has(target));
}

/** Every cycle found by depth-first search, each as a list of paths relative to src/lib. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string): void => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles.map((cycle) => cycle.map((file) => relative(ROOT, file)));
}

function importGraph(files: readonly string[], valuesOnly: boolean): Map<string, string[]> {
	const known = new Set(files);
	return new Map(files.map((file) => [file, importsOf(file, known, valuesOnly)]));
}

describe('src/lib imports', () => {
	it('form no cycles at run time', () => {
		expect(findCycles(importGraph(sourceFiles(ROOT), true))).toEqual([]);
	});

	it('form no cycles in the calculator, type-only imports included', () => {
		expect(findCycles(importGraph(sourceFiles(join(ROOT, 'calculator')), false))).toEqual([]);
	});

	it('are detected by this check when they exist', () => {
		// a → b → c → a, and d → d.
		const graph = new Map([
			[join(ROOT, 'a.ts'), [join(ROOT, 'b.ts')]],
			[join(ROOT, 'b.ts'), [join(ROOT, 'c.ts')]],
			[join(ROOT, 'c.ts'), [join(ROOT, 'a.ts')]],
			[join(ROOT, 'd.ts'), [join(ROOT, 'd.ts')]],
		]);
		expect(findCycles(graph)).toEqual([
			['a.ts', 'b.ts', 'c.ts', 'a.ts'],
			['d.ts', 'd.ts'],
		]);
	});
});
