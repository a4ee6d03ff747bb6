import type { Reference } from '../references';
import { nextStepHref } from './calculator-link';
import { ogImagePath } from './og-image';
import { enumeratePaths } from './paths';
import type { PermalinkRegistry } from './permalinks';
import type { Answer, DecisionGraph, NextStep, Outcome, Question, Statement } from './schema';
import { markdownPermalinkFor } from './slugs';
import { pathVerdict } from './verdict';

/** Name of the format of `/decide/graph.json`, so a tool can tell what it is reading. */
export const GRAPH_JSON_FORMAT = 'rag-or-fine-tuning/decision-graph';

/**
 * Version of the shape of `/decide/graph.json`. Fields are only ever added within a version; a field removed
 * or changed in meaning raises it. (The rules' own date is `version`, which changes far more often.)
 */
export const GRAPH_JSON_FORMAT_VERSION = 1;

/** A next step with its link resolved, so tools need not know the calculator's URL keys. */
export type PublishedNextStep = NextStep & {
	/** Root-relative link: a guide page, or the calculator primed with the step's state. */
	href: string;
};

/** A verdict as published. */
export type PublishedOutcome = Omit<Outcome, 'nextSteps'> & {
	nextSteps: PublishedNextStep[];
	/** Root-relative URL of the verdict's 1200×630 preview image. */
	image: string;
};

/** One finished path: a permanent page and which of its verdict's sentences it shows. */
export interface PublishedPath {
	/** Root-relative page URL, e.g. `/decide/behaviour-fine/permissioned/`. */
	permalink: string;
	/** Root-relative URL of the page's plain-Markdown copy. */
	markdown: string;
	/** Answer slugs in order. */
	answers: string[];
	/** Id of the outcome reached. */
	outcome: string;
	/** Positions in the outcome's `reasons` shown on this path. */
	reasons: number[];
	/** Positions in the outcome's `caveats` shown on this path. */
	caveats: number[];
	/** Positions in the outcome's `nextSteps` shown on this path. */
	nextSteps: number[];
}

/** A URL published under older rules, and the live page it now redirects to. */
export interface PublishedRetirement {
	permalink: string;
	redirectsTo: string;
	/** Version of the rules that retired it. */
	retired: string;
}

/**
 * The shape of `/decide/graph.json`: the flowchart's rules for tools. Nodes are as authored in
 * content/decision-graph.yaml (questions with answers leading to `next`; outcomes whose statements carry a
 * `when` condition, the answers they `asserts` and the references they `cites`), plus every finished path with the
 * statements it shows, every retired URL, and the cited references. All URLs are root-relative to the site.
 */
export interface PublishedGraph {
	format: typeof GRAPH_JSON_FORMAT;
	formatVersion: typeof GRAPH_JSON_FORMAT_VERSION;
	title: string;
	/** Date of the rules in force, YYYY-MM-DD; pages and proposal texts cite it. */
	version: string;
	changes: DecisionGraph['changes'];
	/** Id of the first question. */
	start: string;
	questions: Question[];
	outcomes: PublishedOutcome[];
	paths: PublishedPath[];
	retired: PublishedRetirement[];
	/** The references the statements cite, by `id`. */
	references: Reference[];
}

/** Statements and answers keep their authored fields; listed so the JSON cannot grow fields by accident. */
function statement({ text, when, asserts, cites }: Statement): Statement {
	return { text, ...(when && { when }), ...(asserts && { asserts }), ...(cites && { cites }) };
}

function answer({ slug, label, reason, next }: Answer): Answer {
	return { slug, label, reason, next };
}

/** Build the published graph from the validated data; the same object the browser's flowchart reads. */
export function publishGraph(
	graph: DecisionGraph,
	references: readonly Reference[],
	registry: PermalinkRegistry,
): PublishedGraph {
	const cited = new Set(
		graph.outcomes.flatMap((outcome) =>
			[...outcome.reasons, ...outcome.caveats].flatMap((item) => item.cites ?? []),
		),
	);
	return {
		format: GRAPH_JSON_FORMAT,
		formatVersion: GRAPH_JSON_FORMAT_VERSION,
		title: graph.title,
		version: graph.version,
		changes: graph.changes,
		start: graph.start,
		questions: graph.questions.map(({ id, question, why, answers }) => ({
			id,
			question,
			why,
			answers: answers.map(answer),
		})),
		outcomes: graph.outcomes.map((outcome) => ({
			id: outcome.id,
			title: outcome.title,
			verdict: outcome.verdict,
			reasons: outcome.reasons.map(statement),
			caveats: outcome.caveats.map(statement),
			nextSteps: outcome.nextSteps.map((step) => ({ ...step, href: nextStepHref(step) })),
			image: ogImagePath(outcome.id),
		})),
		paths: enumeratePaths(graph).map((path) => {
			const shown = pathVerdict(path);
			return {
				permalink: path.permalink,
				markdown: markdownPermalinkFor(path.slugs),
				answers: [...path.slugs],
				outcome: path.outcome.id,
				reasons: shown.reasons.map((item) => item.index),
				caveats: shown.caveats.map((item) => item.index),
				nextSteps: shown.nextSteps.map((item) => item.index),
			};
		}),
		retired: Object.entries(registry.redirects).map(([permalink, { to, retired }]) => ({
			permalink,
			redirectsTo: to,
			retired,
		})),
		references: references.filter((reference) => cited.has(reference.id)),
	};
}
