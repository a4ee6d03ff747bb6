import { z } from 'astro/zod';
import { calendarDate } from '../schema-helpers';
import { pathPrefixes, resolvePath, type DecisionStep } from './paths';
import type { DecisionGraph } from './schema';
import { permalinkFor, slugsFromPermalink } from './slugs';

const decisionUrl = z.string().refine((url) => url.endsWith('/') && slugsFromPermalink(url) !== null, {
	message: 'decision URLs look like "/decide/behaviour-gap/prompting-plateaued/", with a trailing slash',
});

/** Where a retired URL now leads, and since when. */
export const redirectSchema = z.strictObject({
	/**
	 * The live page that replaces it: the closest path the current rules have.
	 * @example '/decide/behaviour-gap/beyond-schema/still-improving/knowledge-changes/'
	 */
	to: decisionUrl,
	/**
	 * Version of the rules (`version` in the graph) that retired it.
	 * @example '2026-11-28'
	 */
	retired: calendarDate,
});

/** `content/decision-permalinks.json`: every decision URL ever published, and where retired ones now point. */
export const permalinkRegistrySchema = z.strictObject({
	/**
	 * Every page URL ever published under /decide/, finished paths and unfinished ones alike; only ever added to.
	 * @example ['/decide/', '/decide/behaviour-fine/', '/decide/behaviour-fine/knowledge-changes/']
	 */
	permalinks: z.array(decisionUrl).superRefine((permalinks, ctx) => {
		const seen = new Set<string>();
		for (const [index, permalink] of permalinks.entries()) {
			if (seen.has(permalink)) {
				ctx.addIssue({ code: 'custom', path: [index], message: `permalink "${permalink}" is listed twice` });
			}
			seen.add(permalink);
		}
	}),
	/**
	 * Retired URL → the live page that replaces it.
	 * @example { '/decide/cost-at-scale/open-ended/': { to: '/decide/cost-at-scale/smaller-falls-short/open-ended/', retired: '2026-11-28' } }
	 */
	redirects: z.record(decisionUrl, redirectSchema),
});

/** The parsed permalink registry. */
export type PermalinkRegistry = z.infer<typeof permalinkRegistrySchema>;

/** The registry as it would be generated today: every live page, start and unfinished paths included, no redirects. */
export function buildPermalinkRegistry(graph: DecisionGraph): PermalinkRegistry {
	return { permalinks: pathPrefixes(graph).map((path) => path.permalink), redirects: {} };
}

/** Whether a URL is a page of the current graph: the start, an unfinished path or a verdict. */
export function isLivePermalink(graph: DecisionGraph, url: string): boolean {
	const slugs = slugsFromPermalink(url);
	return slugs !== null && permalinkFor(slugs) === url && resolvePath(graph, slugs) !== null;
}

/** Compare the registry with the graph: retired URLs need a redirect, redirects need a live target, new pages need registering. */
export function checkPermalinkRegistry(graph: DecisionGraph, registry: PermalinkRegistry): string[] {
	const problems: string[] = [];
	const registered = new Set(registry.permalinks);
	const versions = new Set(graph.changes.map((change) => change.version));
	for (const url of registry.permalinks) {
		if (!isLivePermalink(graph, url) && !(url in registry.redirects)) {
			problems.push(
				`registered permalink "${url}" is no longer a page of the graph and has no redirect; add one to "redirects"`,
			);
		}
	}
	for (const [from, { to, retired }] of Object.entries(registry.redirects)) {
		if (!isLivePermalink(graph, to))
			problems.push(`redirect "${from}" points at "${to}", which is not a live page`);
		if (isLivePermalink(graph, from)) {
			problems.push(`redirect "${from}" starts from a live page, which would hide it; remove the redirect`);
		}
		if (!registered.has(from)) {
			problems.push(`redirect "${from}" is not a registered permalink; list it under "permalinks" as well`);
		}
		if (!versions.has(retired)) {
			problems.push(
				`redirect "${from}" was retired by version ${retired}, which is not listed under "changes"`,
			);
		}
	}
	for (const path of pathPrefixes(graph)) {
		if (!registered.has(path.permalink)) {
			problems.push(
				`live page "${path.permalink}" is not registered; add it to content/decision-permalinks.json`,
			);
		}
	}
	return problems;
}

/** What a page tells a reader who arrived from a retired URL: the answers it assumed, and the ones it dropped. */
export interface RetirementNotice {
	/** Version of the rules that retired the old URLs. */
	retired: string;
	/** Steps of this page's path that the old URLs did not give, filled in by the redirect. */
	assumed: DecisionStep[];
	/**
	 * Questions the old URLs answered that this branch no longer asks. Several old URLs can land on one page,
	 * each with its own answer, so the notice names the question, not an answer; `byEveryOldUrl` says whether
	 * every one of them answered it.
	 */
	dropped: { question: string; byEveryOldUrl: boolean }[];
	/** Answer slugs up to the first assumed step, where the reader can answer it for themselves; null if none. */
	revisit: string[] | null;
}

function questionOf(graph: DecisionGraph, slug: string): string {
	const question = graph.questions.find((candidate) =>
		candidate.answers.some((answer) => answer.slug === slug),
	);
	return question?.question ?? slug;
}

/** The notice for the page at `url`, built from every redirect that lands there, or null if none does. */
export function retirementNotice(
	graph: DecisionGraph,
	registry: PermalinkRegistry,
	url: string,
): RetirementNotice | null {
	const target = resolvePath(graph, slugsFromPermalink(url) ?? []);
	const sources = Object.entries(registry.redirects).filter(([, redirect]) => redirect.to === url);
	const [first] = sources;
	if (!target || !first) return null;
	const oldAnswers = sources.map(([from]) => slugsFromPermalink(from) ?? []);
	const assumed = target.steps.filter((step) =>
		oldAnswers.some((slugs) => !slugs.includes(step.answer.slug)),
	);
	const droppedBy = oldAnswers.map(
		(slugs) =>
			new Set(slugs.filter((slug) => !target.slugs.includes(slug)).map((slug) => questionOf(graph, slug))),
	);
	const dropped = [...new Set(droppedBy.flatMap((questions) => [...questions]))].map((question) => ({
		question,
		byEveryOldUrl: droppedBy.every((questions) => questions.has(question)),
	}));
	const [firstAssumed] = assumed;
	const revisit = firstAssumed ? target.slugs.slice(0, target.steps.indexOf(firstAssumed)) : null;
	return { retired: first[1].retired, assumed, dropped, revisit };
}
