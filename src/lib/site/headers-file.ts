/**
 * The `_headers` file format that Netlify and Cloudflare Pages read from a build's output: blocks of a URL
 * pattern followed by indented `Name: value` lines. Written by the build, read back by the e2e tests' static
 * host so that the tests see the headers a reader's browser gets. No imports: the test server loads this
 * file directly under Node.
 */

/** One header, as a name and a value. */
export type Header = readonly [name: string, value: string];

/** One block of a `_headers` file: a URL pattern and the headers of every response it matches. */
export interface HeaderRule {
	/** A path, exact (`/guide/`) or with one `*` that matches any run of characters (`/_astro/*`). */
	pattern: string;
	/** Headers in the order written. */
	headers: Header[];
}

/**
 * Cloudflare Pages' documented limits for `_headers` (the stricter of the two hosts): 100 rules a project,
 * 2,000 characters a line including indentation, name and value.
 */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

const INDENT = '  ';

/** Write rules as a `_headers` file, a blank line between blocks, after an optional comment header. */
export function serialiseHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
	const head = comment.map((line) => `# ${line}`.trimEnd());
	const blocks = rules.map((rule) =>
		[rule.pattern, ...rule.headers.map(([name, value]) => `${INDENT}${name}: ${value}`)].join('\n'),
	);
	return [...(head.length > 0 ? [head.join('\n')] : []), ...blocks].join('\n\n') + '\n';
}

/**
 * Read a `_headers` file: a line starting at column 0 opens a block, an indented `Name: value` line adds a
 * header to it, `#` lines and blank lines are skipped. Malformed lines are reported, not guessed at.
 */
export function parseHeadersFile(text: string): { rules: HeaderRule[]; errors: string[] } {
	const rules: HeaderRule[] = [];
	const errors: string[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: trimmed, headers: [] });
			return;
		}
		const colon = trimmed.indexOf(':');
		const rule = rules.at(-1);
		if (rule === undefined || colon <= 0) {
			errors.push(`line ${index + 1}: expected "Name: value" under a URL pattern`);
			return;
		}
		rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
	});
	return { rules, errors };
}

/** Whether a URL path matches a rule's pattern: exactly, or with `*` standing for any run of characters. */
export function patternMatches(pattern: string, path: string): boolean {
	const star = pattern.indexOf('*');
	if (star === -1) return pattern === path;
	const prefix = pattern.slice(0, star);
	const suffix = pattern.slice(star + 1);
	return path.length >= prefix.length + suffix.length && path.startsWith(prefix) && path.endsWith(suffix);
}

/**
 * Headers a response to `path` gets: those of every matching rule, in file order. A name set by two
 * matching rules is joined with ", ", as Cloudflare Pages documents; the build never relies on that.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const current = headers.get(key);
			headers.set(key, current === undefined ? value : `${current}, ${value}`);
		}
	}
	return headers;
}

/** Where a file breaks the hosts' documented limits (rule count, line length); empty when it fits. */
export function hostLimitProblems(text: string): string[] {
	const problems: string[] = [];
	const { rules } = parseHeadersFile(text);
	if (rules.length > HOST_LIMITS.rules)
		problems.push(`${rules.length} rules, more than the ${HOST_LIMITS.rules} Cloudflare Pages reads`);
	text.split('\n').forEach((line, index) => {
		if (line.length > HOST_LIMITS.lineLength)
			problems.push(`line ${index + 1} has ${line.length} characters, over ${HOST_LIMITS.lineLength}`);
	});
	return problems;
}
