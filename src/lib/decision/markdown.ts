import type { LlmsSection } from '../plain-markdown';
import type { Reference } from '../references';
import { nextStepHref } from './calculator-link';
import { pathDescription, pathTitle } from './navigation';
import {
	enumeratePaths,
	pathPrefixes,
	type DecisionPath,
	type PartialDecisionPath,
	type ReachedPath,
} from './paths';
import type { DecisionGraph } from './schema';
import { markdownPermalinkFor } from './slugs';
import { pathVerdict, type ShownStatement } from './verdict';

/** Options for the Markdown renderings of a path. */
export interface MarkdownOptions {
	/** Site origin (and base) the permalinks are made absolute against. */
	siteUrl: string | URL;
	/** The site's reference list, for titles and links of the sources. */
	references: readonly Reference[];
}

// Text from the YAML goes into Markdown prose; these characters would otherwise start emphasis, links or HTML.
function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`);
}

function withFullStop(text: string): string {
	return /[.?!]$/.test(text) ? text : `${text}.`;
}

function absolute(siteUrl: string | URL, rootRelative: string): string {
	return new URL(rootRelative.slice(1), String(siteUrl).replace(/\/?$/, '/')).href;
}

function formatReference(id: string, references: readonly Reference[]): string {
	const reference = references.find((candidate) => candidate.id === id);
	if (!reference) return `${escapeMarkdown(id)} (not in the reference list)`;
	const { authors, year, title, publisher, url, accessed } = reference;
	return `${escapeMarkdown(authors)} (${year}). ${escapeMarkdown(title)}. ${escapeMarkdown(publisher)}. <${url}>, as read on ${accessed}.`;
}

function statementLine(statement: ShownStatement): string {
	const marks = statement.sourceNumbers.map((number) => ` [${number}]`).join('');
	return `- ${escapeMarkdown(statement.text)}${marks}`;
}

function stepLines(path: ReachedPath): string[] {
	return path.steps.flatMap(({ question, answer }, index) => [
		`${index + 1}. **${escapeMarkdown(question.question)}**`,
		`   *${escapeMarkdown(withFullStop(answer.label))}* ${escapeMarkdown(answer.reason)}`,
	]);
}

/** The body of a verdict: version, verdict, answers, reasons, caveats, next steps, sources, with `##` at `level`. */
function verdictBody(
	path: DecisionPath,
	graph: DecisionGraph,
	options: MarkdownOptions,
	level: number,
): string[] {
	const heading = (text: string) => ['', `${'#'.repeat(level)} ${text}`, ''];
	const verdict = pathVerdict(path);
	return [
		`Reached with the “${escapeMarkdown(graph.title)}” flowchart, rules of ${graph.version}.`,
		'',
		`**Verdict:** ${escapeMarkdown(path.outcome.verdict)}`,
		...heading('How we got here'),
		...stepLines(path),
		...heading('Why'),
		...verdict.reasons.map(statementLine),
		...heading('Caveats'),
		...verdict.caveats.map(statementLine),
		...heading('Next steps'),
		...verdict.nextSteps.map(
			({ step }) => `- [${escapeMarkdown(step.label)}](${absolute(options.siteUrl, nextStepHref(step))})`,
		),
		...heading('Sources'),
		...verdict.sources.map((id, index) => `${index + 1}. ${formatReference(id, options.references)}`),
		'',
		`Permalink: <${absolute(options.siteUrl, path.permalink)}>`,
		'',
	];
}

/** Markdown summary of a verdict for pasting into a design document ("Copy for proposal"). */
export function pathToMarkdown(path: DecisionPath, graph: DecisionGraph, options: MarkdownOptions): string {
	return [
		`## Decision: ${escapeMarkdown(path.outcome.title)}`,
		'',
		...verdictBody(path, graph, options, 3),
	].join('\n');
}

function questionBody(path: PartialDecisionPath, graph: DecisionGraph, options: MarkdownOptions): string[] {
	const answers = path.question.answers.map((answer) => {
		const next = absolute(options.siteUrl, markdownPermalinkFor([...path.slugs, answer.slug]));
		return `- [${escapeMarkdown(answer.label)}](${next}): ${escapeMarkdown(answer.reason)}`;
	});
	const sofar = path.steps.length === 0 ? [] : ['', '## Your answers so far', '', ...stepLines(path)];
	return [
		`Asked by the “${escapeMarkdown(graph.title)}” flowchart, rules of ${graph.version}.`,
		'',
		`**${escapeMarkdown(path.question.question)}** ${escapeMarkdown(path.question.why)}`,
		'',
		'## Answers',
		'',
		...answers,
		...sofar,
		'',
		`Page: <${absolute(options.siteUrl, path.permalink)}>`,
		'',
	];
}

/** The plain-Markdown copy of a path page (`/decide/…/` → `/decide/….md`): its title, summary and content. */
export function pathPageMarkdown(path: ReachedPath, graph: DecisionGraph, options: MarkdownOptions): string {
	const body =
		path.kind === 'complete' ? verdictBody(path, graph, options, 2) : questionBody(path, graph, options);
	return [`# ${escapeMarkdown(pathTitle(path))}`, '', `> ${pathDescription(graph, path)}`, '', ...body].join(
		'\n',
	);
}

function answersInWords(path: ReachedPath): string {
	return path.steps.map((step) => step.answer.label).join(' → ');
}

/** The `llms.txt` section listing every path page's Markdown copy: the start, then each verdict, then each unfinished path. */
export function decisionLlmsSection(graph: DecisionGraph, siteUrl: string | URL): LlmsSection {
	const entry = (path: ReachedPath) => ({
		title: path.steps.length === 0 ? pathTitle(path) : `${pathTitle(path)} (${answersInWords(path)})`,
		description: pathDescription(graph, path),
		url: absolute(siteUrl, markdownPermalinkFor(path.slugs)),
	});
	const prefixes = pathPrefixes(graph);
	const complete = enumeratePaths(graph);
	const partial = prefixes.filter((path) => path.kind === 'partial' && path.steps.length > 0);
	const start = prefixes.filter((path) => path.steps.length === 0);
	return { label: 'Decision flowchart paths', pages: [...start, ...complete, ...partial].map(entry) };
}
