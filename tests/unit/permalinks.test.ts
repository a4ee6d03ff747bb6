import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, loadDecisionGraph } from '../../src/lib/decision-graph';
import {
	buildPermalinkRegistry,
	checkPermalinkRegistry,
	permalinkRegistrySchema,
	type PermalinkRegistry,
} from '../../src/lib/permalinks';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const committed = permalinkRegistrySchema.parse(
	JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')),
);

const LIVE = '/decide/behaviour-fine/permissioned/';
const ALSO_LIVE = '/decide/behaviour-fine/needs-citations/';
const RETIRED = '/decide/behaviour-fine/access-controlled/';

function registry(changes: Partial<PermalinkRegistry> = {}): PermalinkRegistry {
	return { ...buildPermalinkRegistry(graph), ...changes };
}

describe('the committed registry', () => {
	it('matches the graph: every path registered, nothing retired without a redirect', () => {
		expect(checkPermalinkRegistry(graph, committed)).toEqual([]);
	});

	it('lists the live paths in the order the graph enumerates them', () => {
		expect(committed.permalinks).toEqual(enumeratePaths(graph).map((path) => path.permalink));
	});
});

describe('checkPermalinkRegistry', () => {
	describe.each([
		{
			// A URL someone pasted into a design document must keep working.
			problem: 'a registered URL that no longer resolves and has no redirect',
			input: () => registry({ permalinks: [...registry().permalinks, RETIRED] }),
			expected: [
				`registered permalink "${RETIRED}" no longer leads to an outcome and has no redirect; add one to "redirects"`,
			],
		},
		{
			// A redirect must land on a page that exists.
			problem: 'a redirect whose target is not live',
			input: () =>
				registry({
					permalinks: [...registry().permalinks, RETIRED],
					redirects: { [RETIRED]: '/decide/behaviour-fine/' },
				}),
			expected: [`redirect "${RETIRED}" points at "/decide/behaviour-fine/", which is not a live path`],
		},
		{
			// A redirect from a live URL would hide a published verdict.
			problem: 'a redirect from a live path',
			input: () => registry({ redirects: { [LIVE]: ALSO_LIVE } }),
			expected: [
				`redirect "${LIVE}" starts from a live path, which would hide its page; remove the redirect`,
			],
		},
		{
			// Retired URLs stay listed, so the registry is the full history of what was published.
			problem: 'a redirect from a URL that was never registered',
			input: () => registry({ redirects: { [RETIRED]: LIVE } }),
			expected: [`redirect "${RETIRED}" is not a registered permalink; list it under "permalinks" as well`],
		},
		{
			// A new path gets registered, so its URL is protected from then on.
			problem: 'a live path that is not registered',
			input: () => registry({ permalinks: registry().permalinks.filter((url) => url !== LIVE) }),
			expected: [`live path "${LIVE}" is not registered; add it to content/decision-permalinks.json`],
		},
		{
			// A partial path is not a page of its own.
			problem: 'a registered URL that stops at a question',
			input: () => registry({ permalinks: [...registry().permalinks, '/decide/behaviour-gap/'] }),
			expected: [
				'registered permalink "/decide/behaviour-gap/" no longer leads to an outcome and has no redirect; add one to "redirects"',
			],
		},
	])('reports $problem', ({ input, expected }) => {
		it('with a message naming the URL', () => {
			expect(checkPermalinkRegistry(graph, input())).toEqual(expected);
		});
	});

	it('accepts a retired URL that redirects to a live path', () => {
		const retired = registry({
			permalinks: [...registry().permalinks, RETIRED],
			redirects: { [RETIRED]: LIVE },
		});
		expect(checkPermalinkRegistry(graph, retired)).toEqual([]);
	});
});

describe('permalinkRegistrySchema', () => {
	describe.each([
		// Trailing slashes match the site's `trailingSlash: 'always'`.
		{
			input: { permalinks: ['/decide/behaviour-fine/permissioned'], redirects: {} },
			message: /trailing slash/,
		},
		// Only decision paths belong here.
		{ input: { permalinks: ['/guide/using-both/'], redirects: {} }, message: /decision URLs look like/ },
		// Each URL is listed once.
		{ input: { permalinks: [LIVE, LIVE], redirects: {} }, message: /is listed twice/ },
		// Redirect targets are decision URLs too.
		{
			input: { permalinks: [RETIRED], redirects: { [RETIRED]: 'https://example.com/' } },
			message: /decision URLs/,
		},
	])('$input', ({ input, message }) => {
		it('is rejected with a message naming the problem', () => {
			const result = permalinkRegistrySchema.safeParse(input);
			expect(result.success).toBe(false);
			expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
		});
	});
});

describe('buildPermalinkRegistry', () => {
	it('registers every live path with no redirects', () => {
		const built = buildPermalinkRegistry(graph);
		expect(built.redirects).toEqual({});
		expect(built.permalinks).toHaveLength(enumeratePaths(graph).length);
		expect(checkPermalinkRegistry(graph, built)).toEqual([]);
	});
});
