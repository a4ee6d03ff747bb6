import type { JSX, Ref } from 'preact';
import { nextStepHref } from '../../lib/decision/calculator-link';
import { pathTitle } from '../../lib/decision/navigation';
import type { DecisionPath, PartialDecisionPath, ReachedPath } from '../../lib/decision/paths';
import type { RetirementNotice } from '../../lib/decision/permalinks';
import { permalinkFor, RETIRED_FRAGMENT } from '../../lib/decision/slugs';
import { pathVerdict, type ShownStatement } from '../../lib/decision/verdict';
import type { Reference } from '../../lib/references';

/** Props of {@link PathView}. */
export interface PathViewProps {
	path: ReachedPath;
	/** The references the verdicts cite. */
	references: readonly Reference[];
	/** Date of the rules in force. */
	version: string;
	/**
	 * `page`: a /decide/ page, whose H1 already names the question or verdict, sections at h2.
	 * `embedded`: inside an article, with its own h3 heading and sections at h4.
	 */
	placement: 'page' | 'embedded';
	/** The embedded heading, which the flowchart focuses after each step. */
	headingRef?: Ref<HTMLHeadingElement>;
	/** Handles a link to another point of the flowchart in place; without it the links simply navigate. */
	onNavigate?: (slugs: string[]) => void;
	/** Shown to readers who arrive from a retired URL (via its `#retired-path` fragment). */
	notice?: RetirementNotice | null;
}

type Heading = 'h2' | 'h3' | 'h4';

/** A link to another point of the flowchart: a page of its own, or a step in place when `onNavigate` is given. */
function FlowLink(props: {
	slugs: string[];
	onNavigate: PathViewProps['onNavigate'];
	class?: string;
	'aria-label'?: string;
	children: JSX.Element | string | (JSX.Element | string)[];
}) {
	const { slugs, onNavigate, children, ...rest } = props;
	const onClick = (event: MouseEvent) => {
		if (!onNavigate || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		onNavigate(slugs);
	};
	return (
		<a href={permalinkFor(slugs)} onClick={onClick} {...rest}>
			{children}
		</a>
	);
}

function Steps({ path, onNavigate }: { path: ReachedPath; onNavigate: PathViewProps['onNavigate'] }) {
	return (
		<ol class="flowchart-steps">
			{path.steps.map((step, index) => (
				<li key={step.question.id}>
					<p class="flowchart-step-question">{step.question.question}</p>
					<p>
						<strong>{step.answer.label}.</strong> {step.answer.reason}{' '}
						<FlowLink
							slugs={path.slugs.slice(0, index)}
							onNavigate={onNavigate}
							class="flowchart-change"
							aria-label={`Change answer ${index + 1}: ${step.answer.label}`}
						>
							Change
						</FlowLink>
					</p>
				</li>
			))}
		</ol>
	);
}

function QuestionView({
	path,
	onNavigate,
}: {
	path: PartialDecisionPath;
	onNavigate: PathViewProps['onNavigate'];
}) {
	return (
		<>
			<p class="flowchart-why">{path.question.why}</p>
			<ul class="flowchart-answers">
				{path.question.answers.map((answer) => (
					<li key={answer.slug}>
						<FlowLink slugs={[...path.slugs, answer.slug]} onNavigate={onNavigate} class="flowchart-answer">
							{answer.label}
						</FlowLink>
					</li>
				))}
			</ul>
		</>
	);
}

function Statements({ items, Tag, heading }: { items: ShownStatement[]; Tag: Heading; heading: string }) {
	return (
		<>
			<Tag>{heading}</Tag>
			<ul class="flowchart-statements">
				{items.map((item) => (
					<li key={item.index}>
						{item.text}
						{item.sourceNumbers.map((number, position) => (
							<>
								{' '}
								<a class="flowchart-cite" href={`#flowchart-source-${item.cites[position] ?? ''}`}>
									[{number}]
								</a>
							</>
						))}
					</li>
				))}
			</ul>
		</>
	);
}

function VerdictView(props: {
	path: DecisionPath;
	references: readonly Reference[];
	version: string;
	Tag: Heading;
}) {
	const { path, references, version, Tag } = props;
	const verdict = pathVerdict(path);
	return (
		<>
			<Statements items={verdict.reasons} Tag={Tag} heading="Why" />
			<Statements items={verdict.caveats} Tag={Tag} heading="Caveats" />
			<Tag>Next steps</Tag>
			<ul class="flowchart-next-steps">
				{verdict.nextSteps.map(({ index, step }) => (
					<li key={index}>
						<a href={nextStepHref(step)}>{step.label}</a>
					</li>
				))}
			</ul>
			<Tag>Sources</Tag>
			<ol class="flowchart-sources">
				{verdict.sources.map((id) => {
					const reference = references.find((candidate) => candidate.id === id);
					return reference ? (
						<li key={id} id={`flowchart-source-${id}`}>
							{reference.authors} ({reference.year}). <a href={reference.url}>{reference.title}</a>.{' '}
							{reference.publisher}. As read on {reference.accessed}.
						</li>
					) : null;
				})}
			</ol>
			<p class="flowchart-version">Reached with the flowchart's rules of {version}.</p>
		</>
	);
}

function Notice({
	notice,
	onNavigate,
}: {
	notice: RetirementNotice;
	onNavigate: PathViewProps['onNavigate'];
}) {
	return (
		<aside id={RETIRED_FRAGMENT} class="flowchart-retired" aria-labelledby="flowchart-retired-heading">
			<p id="flowchart-retired-heading">
				<strong>The link you followed was retired</strong> when the flowchart's rules changed on{' '}
				{notice.retired}; this is the closest path under the current rules.
			</p>
			{notice.assumed.map((step) => (
				<p key={step.question.id}>
					The old link did not answer “{step.question.question}”; this page assumes “{step.answer.label}”.
				</p>
			))}
			{notice.dropped.map(({ question, byEveryOldUrl }) => (
				<p key={question}>
					The old link {byEveryOldUrl ? 'also answered' : 'may also have answered'} “{question}”, a question
					this branch no longer asks.
				</p>
			))}
			{notice.revisit && (
				<p>
					<FlowLink slugs={notice.revisit} onNavigate={onNavigate}>
						Answer the new question yourself
					</FlowLink>
				</p>
			)}
		</aside>
	);
}

/** One point of the flowchart as readable HTML: the question with its answers, or the verdict with its reasons. */
export function PathView(props: PathViewProps) {
	const { path, references, version, placement, headingRef, onNavigate, notice } = props;
	const Section: Heading = placement === 'page' ? 'h2' : 'h4';
	const ownHeading = placement === 'embedded' || path.steps.length === 0;
	const HeadingTag: Heading = placement === 'page' ? 'h2' : 'h3';
	const title =
		path.kind === 'partial'
			? `Question ${path.steps.length + 1}: ${path.question.question}`
			: pathTitle(path);
	return (
		<div class="flowchart-path">
			{ownHeading && (
				<HeadingTag id="flowchart-current-heading" tabIndex={-1} {...(headingRef && { ref: headingRef })}>
					{title}
				</HeadingTag>
			)}
			{path.kind === 'complete' && <p class="flowchart-verdict-text">{path.outcome.verdict}</p>}
			{notice && <Notice notice={notice} onNavigate={onNavigate} />}
			{path.kind === 'partial' && <QuestionView path={path} onNavigate={onNavigate} />}
			{path.steps.length > 0 && (
				<>
					<Section>{path.kind === 'complete' ? 'Your answers' : 'Your answers so far'}</Section>
					<Steps path={path} onNavigate={onNavigate} />
				</>
			)}
			{path.kind === 'complete' && (
				<VerdictView path={path} references={references} version={version} Tag={Section} />
			)}
		</div>
	);
}
