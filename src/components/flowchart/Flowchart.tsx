import { useEffect, useRef, useState } from 'preact/hooks';
import { nextStepHref } from '../../lib/calculator/link';
import type { DecisionGraph } from '../../lib/decision-graph';
import { pathTitle, type ReachedPath } from '../../lib/decision-navigation';
import { pathToMarkdown, permalinkFor, resolvePath, slugsFromPermalink } from '../../lib/decision-paths';
import type { GraphLayout } from '../../lib/graph-layout';
import type { Reference } from '../../lib/references';
import { FlowchartGraph } from './FlowchartGraph';

/** Props of {@link Flowchart}, serialised into the page at build time. */
export interface FlowchartProps {
	graph: DecisionGraph;
	/** Layout computed at build time. */
	layout: GraphLayout;
	/** The references the outcomes cite. */
	references: Reference[];
	/** Origin (and base) the permalinks are made absolute against. */
	siteUrl: string;
	/** Site name, appended to the document title as Starlight does. */
	siteTitle: string;
	/** The path shown before the reader does anything: the page's own path. */
	initialSlugs: string[];
	/** On /decide/ pages the address bar follows the path; embedded in an article it stays put. */
	followUrl: boolean;
}

interface CopyFeedback {
	message: string;
	/** Text to copy by hand when the clipboard refused it. */
	fallback: string | null;
}

/** Step through the decision flowchart one question at a time, or jump around the whole drawn graph. */
export default function Flowchart(props: FlowchartProps) {
	const { graph, layout, references, siteUrl, siteTitle, initialSlugs, followUrl } = props;
	const [slugs, setSlugs] = useState<readonly string[]>(initialSlugs);
	const [feedback, setFeedback] = useState<CopyFeedback>({ message: '', fallback: null });
	const headingRef = useRef<HTMLHeadingElement>(null);
	const fallbackRef = useRef<HTMLTextAreaElement>(null);
	// Focus follows the reader's own steps only, never the first render.
	const focusOnRender = useRef(false);

	const path: ReachedPath = resolvePath(graph, slugs) ?? resolvePath(graph, []) ?? unreachable();
	const permalink = new URL(path.permalink.slice(1), siteUrl.replace(/\/?$/, '/')).href;

	const show = (next: readonly string[]) => {
		focusOnRender.current = true;
		setFeedback({ message: '', fallback: null });
		setSlugs(next);
		// The title names the page the address bar shows; embedded in an article, that is still the article.
		const reached = followUrl ? resolvePath(graph, next) : null;
		if (reached) document.title = `${pathTitle(reached)} | ${siteTitle}`;
	};

	const go = (next: readonly string[]) => {
		// Picking the node the reader stands on is not a step: no history entry, just back to its heading.
		if (next.join('/') === slugs.join('/')) {
			headingRef.current?.focus();
			return;
		}
		if (followUrl) history.pushState(null, '', permalinkFor(next));
		show(next);
	};

	useEffect(() => {
		if (!followUrl) return;
		const fromLocation = () => {
			const found = slugsFromPermalink(location.pathname);
			return found && resolvePath(graph, found) ? found : null;
		};
		const atLoad = fromLocation();
		if (atLoad && atLoad.join('/') !== initialSlugs.join('/')) setSlugs(atLoad);
		const onPopState = () => {
			const found = fromLocation();
			if (found) show(found);
		};
		addEventListener('popstate', onPopState);
		return () => removeEventListener('popstate', onPopState);
	}, []);

	useEffect(() => {
		if (!focusOnRender.current) return;
		focusOnRender.current = false;
		headingRef.current?.focus();
	}, [slugs]);

	useEffect(() => {
		fallbackRef.current?.select();
	}, [feedback.fallback]);

	const copy = async (text: string, what: string) => {
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(text);
			setFeedback({ message: `${what} copied to the clipboard.`, fallback: null });
		} catch {
			setFeedback({
				message: `The browser did not allow copying. The ${what.toLowerCase()} is selected below: copy it with your keyboard or menu.`,
				fallback: text,
			});
		}
	};

	const stepNumber = path.steps.length + 1;
	return (
		<div class="flowchart">
			<div class="flowchart-walk">
				{path.steps.length > 0 && (
					<section aria-labelledby="flowchart-answers-heading">
						<h2 id="flowchart-answers-heading">Your answers</h2>
						<ol class="flowchart-steps">
							{path.steps.map((step) => (
								<li key={step.question.id}>
									<p class="flowchart-step-question">{step.question.question}</p>
									<p>
										<strong>{step.answer.label}.</strong> {step.answer.reason}
									</p>
								</li>
							))}
						</ol>
					</section>
				)}

				{path.kind === 'partial' ? (
					<section class="flowchart-question" aria-labelledby="flowchart-current-heading">
						<h2 id="flowchart-current-heading" ref={headingRef} tabIndex={-1}>
							Question {stepNumber}: {path.question.question}
						</h2>
						<p>{path.question.why}</p>
						<div role="group" aria-labelledby="flowchart-current-heading">
							<ul class="flowchart-answers">
								{path.question.answers.map((answer) => (
									<li key={answer.slug}>
										<button
											type="button"
											class="flowchart-answer"
											onClick={() => go([...path.slugs, answer.slug])}
										>
											{answer.label}
										</button>
										{/* Shown instead of the button when scripts cannot run: every step is a page of its own. */}
										<a
											class="flowchart-answer flowchart-answer-link"
											href={permalinkFor([...path.slugs, answer.slug])}
										>
											{answer.label}
										</a>
									</li>
								))}
							</ul>
						</div>
					</section>
				) : (
					<section class="flowchart-verdict" aria-labelledby="flowchart-current-heading">
						<h2 id="flowchart-current-heading" ref={headingRef} tabIndex={-1}>
							Verdict: {path.outcome.title}
						</h2>
						<p class="flowchart-verdict-text">{path.outcome.verdict}</p>
						<h3>Why</h3>
						<ul>
							{path.outcome.reasons.map((reason) => (
								<li key={reason}>{reason}</li>
							))}
						</ul>
						<h3>Caveats</h3>
						<ul>
							{path.outcome.caveats.map((caveat) => (
								<li key={caveat}>{caveat}</li>
							))}
						</ul>
						<h3>Next steps</h3>
						<ul class="flowchart-next-steps">
							{path.outcome.nextSteps.map((step) => (
								<li key={step.label}>
									<a href={nextStepHref(step)}>{step.label}</a>
								</li>
							))}
						</ul>
						<h3>Sources</h3>
						<ol class="flowchart-sources">
							{path.outcome.sources.map((id) => {
								const reference = references.find((candidate) => candidate.id === id);
								return reference ? (
									<li key={id}>
										{reference.authors} ({reference.year}). <a href={reference.url}>{reference.title}</a>.{' '}
										{reference.publisher}. Read {reference.accessed}.
									</li>
								) : null;
							})}
						</ol>
					</section>
				)}

				<div class="flowchart-controls">
					<button
						type="button"
						disabled={path.steps.length === 0}
						onClick={() => go(path.slugs.slice(0, -1))}
					>
						Back
					</button>
					<button type="button" disabled={path.steps.length === 0} onClick={() => go([])}>
						Start over
					</button>
					<button type="button" onClick={() => copy(permalink, 'Link')}>
						Copy link
					</button>
					{path.kind === 'complete' && (
						<button
							type="button"
							onClick={() => copy(pathToMarkdown(path, graph, { siteUrl, references }), 'Proposal text')}
						>
							Copy for proposal
						</button>
					)}
				</div>
				<p class="flowchart-status" role="status">
					{feedback.message}
				</p>
				{feedback.fallback !== null && (
					<label class="flowchart-fallback">
						Text to copy
						<textarea ref={fallbackRef} readOnly rows={8} value={feedback.fallback} />
					</label>
				)}
				<p class="print-only">Permalink: {permalink}</p>
			</div>

			<details class="flowchart-map" open>
				<summary>Whole flowchart</summary>
				<FlowchartGraph graph={graph} layout={layout} path={path} onJump={go} />
			</details>
		</div>
	);
}

function unreachable(): never {
	throw new Error('the decision graph has no start question');
}
