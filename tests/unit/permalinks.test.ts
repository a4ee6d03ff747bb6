import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import { resolvePath } from '../../src/lib/decision/paths';
import {
	buildPermalinkRegistry,
	checkPermalinkRegistry,
	isLivePermalink,
	permalinkRegistrySchema,
	retirementNotice,
	type PermalinkRegistry,
} from '../../src/lib/decision/permalinks';
import { slugsFromPermalink } from '../../src/lib/decision/slugs';
import published from './fixtures/published-2026-11-27.json';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const committed = permalinkRegistrySchema.parse(
	JSON.parse(readFileSync('content/decision-permalinks.json', 'utf8')),
);

const LIVE = '/decide/behaviour-fine/permissioned/';
const ALSO_LIVE = '/decide/behaviour-fine/needs-citations/';
const RETIRED = '/decide/behaviour-fine/access-controlled/';
const redirectTo = (to: string) => ({ to, retired: '2026-11-28' });

function registry(changes: Partial<PermalinkRegistry> = {}): PermalinkRegistry {
	return { ...buildPermalinkRegistry(graph), ...changes };
}

/** Answers dropped by a redirect: the cost branch no longer asks about facts after open-ended or few examples. */
const FACT_ANSWERS = ['knowledge-changes', 'needs-citations', 'permissioned', 'no-new-knowledge'];

describe('the committed registry', () => {
	it('matches the graph: every page registered, nothing retired without a redirect', () => {
		expect(checkPermalinkRegistry(graph, committed)).toEqual([]);
	});

	it('still lists every URL published on 2026-11-27, verdicts and unfinished paths alike', () => {
		for (const url of [...published.verdicts, ...published.questions])
			expect(committed.permalinks).toContain(url);
	});

	describe.each(Object.entries(committed.redirects).map(([from, redirect]) => ({ from, ...redirect })))(
		'the retired $from',
		({ from, to }) => {
			const target = resolvePath(graph, slugsFromPermalink(to) ?? []);

			it('redirects to a live page: a verdict if it was a verdict', () => {
				expect(isLivePermalink(graph, to)).toBe(true);
				if (published.verdicts.includes(from)) expect(target?.kind).toBe('complete');
			});

			it('keeps every answer it gave that the branch still asks, in order, adding as few as possible', () => {
				const old = slugsFromPermalink(from) ?? [];
				const kept = old.filter((slug) => target?.slugs.includes(slug));
				const dropped = old.filter((slug) => !target?.slugs.includes(slug));
				expect(target?.slugs.filter((slug) => old.includes(slug))).toEqual(kept);
				for (const slug of dropped) expect(FACT_ANSWERS).toContain(slug);
				// One new question (the schema mode, or the smaller model) was inserted on each branch.
				expect((target?.slugs.length ?? 0) - kept.length).toBe(1);
			});
		},
	);
});

describe('checkPermalinkRegistry', () => {
	describe.each([
		{
			// A URL someone pasted into a design document must keep working.
			problem: 'a registered URL that no longer resolves and has no redirect',
			input: () => registry({ permalinks: [...registry().permalinks, RETIRED] }),
			expected: [
				`registered permalink "${RETIRED}" is no longer a page of the graph and has no redirect; add one to "redirects"`,
			],
		},
		{
			// A redirect must land on a page that exists.
			problem: 'a redirect whose target is not live',
			input: () =>
				registry({
					permalinks: [...registry().permalinks, RETIRED],
					redirects: { [RETIRED]: redirectTo('/decide/behaviour-fine/nowhere/') },
				}),
			expected: [
				`redirect "${RETIRED}" points at "/decide/behaviour-fine/nowhere/", which is not a live page`,
			],
		},
		{
			// A redirect from a live URL would hide a published page.
			problem: 'a redirect from a live path',
			input: () => registry({ redirects: { [LIVE]: redirectTo(ALSO_LIVE) } }),
			expected: [`redirect "${LIVE}" starts from a live page, which would hide it; remove the redirect`],
		},
		{
			// Retired URLs stay listed, so the registry is the full history of what was published.
			problem: 'a redirect from a URL that was never registered',
			input: () => registry({ redirects: { [RETIRED]: redirectTo(LIVE) } }),
			expected: [`redirect "${RETIRED}" is not a registered permalink; list it under "permalinks" as well`],
		},
		{
			// The page a redirect lands on says which rules retired it, so the version must exist.
			problem: 'a redirect retired by an unknown version',
			input: () =>
				registry({
					permalinks: [...registry().permalinks, RETIRED],
					redirects: { [RETIRED]: { to: LIVE, retired: '2026-01-01' } },
				}),
			expected: [
				`redirect "${RETIRED}" was retired by version 2026-01-01, which is not listed under "changes"`,
			],
		},
		{
			// A new page gets registered, so its URL is protected from then on; unfinished paths count.
			problem: 'a live page that is not registered',
			input: () =>
				registry({ permalinks: registry().permalinks.filter((url) => url !== '/decide/not-sure/') }),
			expected: [
				'live page "/decide/not-sure/" is not registered; add it to content/decision-permalinks.json',
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
			redirects: { [RETIRED]: redirectTo(LIVE) },
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
			input: { permalinks: [RETIRED], redirects: { [RETIRED]: redirectTo('https://example.com/') } },
			message: /decision URLs/,
		},
		// The retiring version is a date.
		{
			input: { permalinks: [RETIRED], redirects: { [RETIRED]: { to: LIVE, retired: 'soon' } } },
			message: /YYYY-MM-DD/,
		},
	])('$input', ({ input, message }) => {
		it('is rejected with a message naming the problem', () => {
			const result = permalinkRegistrySchema.safeParse(input);
			expect(result.success).toBe(false);
			expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
		});
	});
});

describe('retirementNotice', () => {
	it('tells a reader from the old cost branch which answer was assumed and which were dropped', () => {
		const notice = retirementNotice(
			graph,
			committed,
			'/decide/cost-at-scale/smaller-falls-short/open-ended/',
		);
		expect(notice?.retired).toBe('2026-11-28');
		expect(notice?.assumed.map((step) => `${step.question.id}:${step.answer.slug}`)).toEqual([
			'try-smaller:smaller-falls-short',
		]);
		// Four old URLs gave four different answers to the facts question, so the notice names the question; the
		// old unfinished page /decide/cost-at-scale/open-ended/ lands here too without having answered it.
		expect(notice?.dropped).toEqual([
			{ question: 'Do the answers depend on facts the model does not have?', byEveryOldUrl: false },
		]);
		expect(notice?.revisit).toEqual(['cost-at-scale']);
	});

	it('tells a reader from the old behaviour branch that the schema question was answered for them', () => {
		const notice = retirementNotice(
			graph,
			committed,
			'/decide/behaviour-gap/beyond-schema/prompting-plateaued/enough-examples/needs-citations/',
		);
		expect(notice?.assumed.map((step) => step.answer.label)).toEqual([
			'No, or a strict schema has not fixed it',
		]);
		expect(notice?.dropped).toEqual([]);
		expect(notice?.revisit).toEqual(['behaviour-gap']);
	});

	it('is null on a page no retired URL redirects to', () => {
		expect(retirementNotice(graph, committed, LIVE)).toBeNull();
	});
});
