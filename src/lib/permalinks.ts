import { z } from 'astro/zod';
import {
	enumeratePaths,
	permalinkFor,
	resolvePath,
	slugsFromPermalink,
	type DecisionGraph,
} from './decision-graph';

const decisionUrl = z.string().refine((url) => url.endsWith('/') && slugsFromPermalink(url) !== null, {
	message: 'decision URLs look like "/decide/behaviour-gap/prompting-plateaued/", with a trailing slash',
});

/** `content/decision-permalinks.json`: every decision URL ever published, and where retired ones now point. */
export const permalinkRegistrySchema = z.strictObject({
	/**
	 * Every path URL ever published, live or retired; entries are only ever added.
	 * @example ['/decide/behaviour-fine/knowledge-changes/']
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
	 * Retired URL → the live URL that replaces it.
	 * @example { '/decide/behaviour-fine/needs-sources/': '/decide/behaviour-fine/needs-citations/' }
	 */
	redirects: z.record(decisionUrl, decisionUrl),
});

/** The parsed permalink registry. */
export type PermalinkRegistry = z.infer<typeof permalinkRegistrySchema>;

/** The registry as it would be generated today: every live path, no redirects. */
export function buildPermalinkRegistry(graph: DecisionGraph): PermalinkRegistry {
	return { permalinks: enumeratePaths(graph).map((path) => path.permalink), redirects: {} };
}

function isLive(graph: DecisionGraph, url: string): boolean {
	const slugs = slugsFromPermalink(url);
	return slugs !== null && permalinkFor(slugs) === url && resolvePath(graph, slugs)?.kind === 'complete';
}

/** Compare the registry with the graph: retired URLs need a redirect, redirects need a live target, new paths need registering. */
export function checkPermalinkRegistry(graph: DecisionGraph, registry: PermalinkRegistry): string[] {
	const problems: string[] = [];
	const registered = new Set(registry.permalinks);
	for (const url of registry.permalinks) {
		if (!isLive(graph, url) && !(url in registry.redirects)) {
			problems.push(
				`registered permalink "${url}" no longer leads to an outcome and has no redirect; add one to "redirects"`,
			);
		}
	}
	for (const [from, to] of Object.entries(registry.redirects)) {
		if (!isLive(graph, to)) problems.push(`redirect "${from}" points at "${to}", which is not a live path`);
		if (isLive(graph, from)) {
			problems.push(
				`redirect "${from}" starts from a live path, which would hide its page; remove the redirect`,
			);
		}
		if (!registered.has(from)) {
			problems.push(`redirect "${from}" is not a registered permalink; list it under "permalinks" as well`);
		}
	}
	for (const path of enumeratePaths(graph)) {
		if (!registered.has(path.permalink)) {
			problems.push(
				`live path "${path.permalink}" is not registered; add it to content/decision-permalinks.json`,
			);
		}
	}
	return problems;
}
