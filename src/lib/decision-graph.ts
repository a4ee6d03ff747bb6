import { z } from 'astro/zod';
import { indexNodes, SLUG_PATTERN, type GraphNode } from './decision-paths';

export * from './decision-paths';

/** The four verdicts the flowchart can reach; the calculator and the island key off these ids. */
export const OUTCOME_IDS = ['rag', 'fine-tuning', 'both', 'prompt-first'] as const;

/** One of the four verdicts. */
export type OutcomeId = (typeof OUTCOME_IDS)[number];

const slug = (what: string) =>
	z.string().regex(SLUG_PATTERN, {
		message: `${what} must be a lowercase URL slug such as "knowledge-changes"`,
	});

const sentence = z.string().trim().min(1, { message: 'must not be empty' });

/** One answer to a question: a button in the island and a segment of the permalink. */
export const answerSchema = z.strictObject({
	/**
	 * URL segment for this answer; published in permalinks, so never rename it.
	 * @example 'knowledge-changes'
	 */
	slug: slug('an answer slug'),
	/**
	 * Button text, short enough to double as an edge label in the drawn flowchart.
	 * @example 'Yes, and those facts change or grow'
	 */
	label: sentence,
	/**
	 * One line on why this answer leads where it does.
	 * @example 'Updating an index takes minutes, while retraining on every change never catches up.'
	 */
	reason: sentence,
	/**
	 * Id of the question or outcome this answer leads to.
	 * @example 'rag'
	 */
	next: slug('an answer target'),
});

/** A question node of the flowchart. */
export const questionSchema = z.strictObject({
	/**
	 * Node id, unique across questions and outcomes.
	 * @example 'plateau'
	 */
	id: slug('a question id'),
	/**
	 * The question as the reader sees it.
	 * @example 'Has careful prompting stopped improving it?'
	 */
	question: sentence,
	/**
	 * One line on why this question matters.
	 * @example 'Clear instructions and worked examples close many behaviour gaps for far less effort than training.'
	 */
	why: sentence,
	/**
	 * Two to four answers, each leading to another node.
	 * @example [{ slug: 'prompting-plateaued', label: 'Yes', reason: '…', next: 'examples' }]
	 */
	answers: z
		.array(answerSchema)
		.min(2, { message: 'a question needs at least 2 answers' })
		.max(4, { message: 'a question has at most 4 answers, so it stays drawable' }),
});

/** A next step that links to a page of the guide. */
export const guideStepSchema = z.strictObject({
	/**
	 * Link text.
	 * @example 'When retrieval is the answer'
	 */
	label: sentence,
	/**
	 * Root-relative guide page with a trailing slash.
	 * @example '/guide/when-to-use-rag/'
	 */
	href: z.string().regex(/^\/guide\/[a-z0-9]+(-[a-z0-9]+)*\/$/, {
		message: 'next-step links point at a guide page such as "/guide/using-both/"',
	}),
});

/** A next step that opens the cost calculator, optionally primed; modelled as data because the page is not built yet. */
export const calculatorStepSchema = z.strictObject({
	/**
	 * Link text.
	 * @example 'Check where a tuned model breaks even'
	 */
	label: sentence,
	/**
	 * Marks this step as the cost calculator.
	 * @example true
	 */
	calculator: z.literal(true),
	/**
	 * Id of the calculator preset to start from (`content/prices/presets.yaml`).
	 * @example 'lora-per-token'
	 */
	preset: slug('a calculator preset').optional(),
	/**
	 * Calls per month to start the calculator at, overriding the preset's volume.
	 * @example 1000000
	 */
	volume: z
		.number()
		.int()
		.positive({ message: 'volume is calls per month, a positive whole number' })
		.optional(),
	/**
	 * Start with retrieval added to every option, for verdicts that include retrieval.
	 * @example true
	 */
	retrieval: z.boolean().optional(),
});

/** Something to do after reaching a verdict: read a guide page or open the calculator. */
export const nextStepSchema = z.union([guideStepSchema, calculatorStepSchema]);

/** A verdict node of the flowchart. */
export const outcomeSchema = z.strictObject({
	/**
	 * One of the four verdict ids.
	 * @example 'rag'
	 */
	id: z.enum(OUTCOME_IDS, { message: `outcome ids are ${OUTCOME_IDS.map((id) => `"${id}"`).join(', ')}` }),
	/**
	 * Short name of the verdict, also the node label in the drawing.
	 * @example 'Retrieval (RAG)'
	 */
	title: sentence,
	/**
	 * The verdict in one sentence.
	 * @example 'Build retrieval first, indexing your sources and passing the most relevant passages to the model.'
	 */
	verdict: sentence,
	/**
	 * Why this verdict fits the answers that led here.
	 * @example ['Facts change by re-indexing, without retraining anything.']
	 */
	reasons: z.array(sentence).min(1, { message: 'an outcome needs at least one reason' }),
	/**
	 * What to watch out for.
	 * @example ['Answers can only be as good as what retrieval finds.']
	 */
	caveats: z.array(sentence).min(1, { message: 'an outcome needs at least one caveat' }),
	/**
	 * Guide pages to read next, and the calculator when the verdict talks about cost.
	 * @example [{ label: 'Using both', href: '/guide/using-both/' }]
	 */
	nextSteps: z.array(nextStepSchema).min(1, { message: 'an outcome needs at least one next step' }),
	/**
	 * Ids from `content/references.yaml` backing the reasons.
	 * @example ['ovadia-2023', 'soudani-2024']
	 */
	sources: z.array(slug('a reference id')).min(1, { message: 'an outcome needs at least one source' }),
});

/** The whole flowchart, checked for shape and then for graph rules by {@link validateGraph}. */
export const decisionGraphSchema = z
	.strictObject({
		/**
		 * Name of the flowchart, used as the heading of copied Markdown.
		 * @example 'RAG or fine-tuning?'
		 */
		title: sentence,
		/**
		 * Id of the first question.
		 * @example 'behaviour'
		 */
		start: slug('the start id'),
		/**
		 * Question nodes, in reading order.
		 * @example [{ id: 'plateau', question: '…', why: '…', answers: [] }]
		 */
		questions: z.array(questionSchema).min(1, { message: 'the graph needs at least one question' }),
		/**
		 * Outcome nodes: exactly the four verdicts.
		 * @example [{ id: 'rag', title: 'Retrieval (RAG)', verdict: '…', reasons: [], caveats: [], nextSteps: [], sources: [] }]
		 */
		outcomes: z.array(outcomeSchema),
	})
	.superRefine((graph, ctx) => {
		for (const problem of validateGraph(graph)) {
			ctx.addIssue({ code: 'custom', message: problem.message });
		}
	});

/** A validated decision graph. */
export type DecisionGraph = z.infer<typeof decisionGraphSchema>;
/** A question node. */
export type Question = z.infer<typeof questionSchema>;
/** An answer to a question. */
export type Answer = z.infer<typeof answerSchema>;
/** A verdict node. */
export type Outcome = z.infer<typeof outcomeSchema>;
/** A guide link or calculator step of an outcome. */
export type NextStep = z.infer<typeof nextStepSchema>;

/** A graph rule that is broken, naming the node where it happens. */
export interface GraphProblem {
	/** Id of the node the problem is on. */
	node: string;
	/** Readable description that starts with the node's kind and id. */
	message: string;
}

/** Options for {@link validateGraph}. */
export interface ValidateOptions {
	/** Ids of `content/references.yaml`; when given, every outcome source must be one of them. */
	referenceIds?: Iterable<string>;
}

// Words that make an outcome's prose about money or speed, so it owes the reader a calculator step.
const COST_WORDS =
	/\b(cost|costs|costly|cheap|cheaper|cheapest|expensive|price|prices|pricing|spend|latency)\b/i;

function findCycles(graph: DecisionGraph, nodes: Map<string, GraphNode>): string[][] {
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (id: string) => {
		state.set(id, 'visiting');
		stack.push(id);
		const entry = nodes.get(id);
		if (entry?.kind === 'question') {
			for (const answer of entry.node.answers) {
				const seen = state.get(answer.next);
				if (seen === 'visiting') cycles.push([...stack.slice(stack.indexOf(answer.next)), answer.next]);
				else if (seen === undefined && nodes.has(answer.next)) visit(answer.next);
			}
		}
		stack.pop();
		state.set(id, 'done');
	};
	for (const question of graph.questions) {
		if (!state.has(question.id)) visit(question.id);
	}
	return cycles;
}

/** Check the graph rules the schema cannot see, returning one problem per broken rule and node. */
export function validateGraph(graph: DecisionGraph, options: ValidateOptions = {}): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const report = (kind: GraphNode['kind'] | 'graph', id: string, message: string) =>
		problems.push({ node: id, message: kind === 'graph' ? message : `${kind} "${id}": ${message}` });

	const kinds = new Map<string, GraphNode['kind']>();
	const all: { kind: GraphNode['kind']; id: string }[] = [
		...graph.questions.map((question) => ({ kind: 'question' as const, id: question.id })),
		...graph.outcomes.map((outcome) => ({ kind: 'outcome' as const, id: outcome.id })),
	];
	for (const { kind, id } of all) {
		if (!SLUG_PATTERN.test(id)) {
			report(kind, id, 'id is not a lowercase URL slug such as "knowledge-changes"');
		}
		const earlier = kinds.get(id);
		if (earlier) {
			report(
				kind,
				id,
				`id is already used by a ${earlier}; ids must be unique across questions and outcomes`,
			);
		} else {
			kinds.set(id, kind);
		}
	}

	const outcomeIds = new Set<string>(graph.outcomes.map((outcome) => outcome.id));
	for (const id of OUTCOME_IDS) {
		if (!outcomeIds.has(id)) report('outcome', id, 'is missing; the flowchart has exactly four verdicts');
	}

	const nodes = indexNodes(graph);
	const start = nodes.get(graph.start);
	if (!start) {
		report('graph', graph.start, `start "${graph.start}" is not a question in the graph`);
	} else if (start.kind !== 'question') {
		report('outcome', graph.start, 'is the start, but the start must be a question');
	}

	for (const question of graph.questions) {
		if (question.answers.length === 0) {
			report('question', question.id, 'has no answers, so paths through it never reach an outcome');
		}
		const slugs = new Set<string>();
		for (const answer of question.answers) {
			if (!SLUG_PATTERN.test(answer.slug)) {
				report('question', question.id, `answer slug "${answer.slug}" is not a lowercase URL slug`);
			}
			if (slugs.has(answer.slug)) {
				report('question', question.id, `answer slug "${answer.slug}" is used twice`);
			}
			slugs.add(answer.slug);
			if (!nodes.has(answer.next)) {
				report(
					'question',
					question.id,
					`answer "${answer.slug}" leads to "${answer.next}", which is not a question or outcome`,
				);
			}
		}
	}

	if (start?.kind === 'question') {
		const reached = new Set<string>([graph.start]);
		const queue = [graph.start];
		for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
			const entry = nodes.get(id);
			if (entry?.kind !== 'question') continue;
			for (const answer of entry.node.answers) {
				if (nodes.has(answer.next) && !reached.has(answer.next)) {
					reached.add(answer.next);
					queue.push(answer.next);
				}
			}
		}
		for (const [id, entry] of nodes) {
			if (!reached.has(id)) {
				report(entry.kind, id, `cannot be reached from the start question "${graph.start}"`);
			}
		}
	}

	for (const cycle of findCycles(graph, nodes)) {
		const [first = ''] = cycle;
		report('question', first, `is part of a cycle (${cycle.join(' → ')}), so a path could go on forever`);
	}

	const knownReferences = options.referenceIds ? new Set(options.referenceIds) : undefined;
	for (const outcome of graph.outcomes) {
		const prose = [outcome.verdict, ...outcome.reasons, ...outcome.caveats].join(' ');
		if (COST_WORDS.test(prose) && !outcome.nextSteps.some((step) => 'calculator' in step)) {
			report(
				'outcome',
				outcome.id,
				'talks about cost or latency but has no next step with `calculator: true`',
			);
		}
		const cited = new Set<string>();
		for (const source of outcome.sources) {
			if (cited.has(source)) report('outcome', outcome.id, `lists source "${source}" twice`);
			cited.add(source);
			if (knownReferences && !knownReferences.has(source)) {
				report('outcome', outcome.id, `cites "${source}", which is not in content/references.yaml`);
			}
		}
	}

	return problems;
}

function issueLocation(raw: unknown, path: readonly PropertyKey[]): string {
	const [collection, index, ...rest] = path;
	if ((collection === 'questions' || collection === 'outcomes') && typeof index === 'number') {
		const list: unknown = typeof raw === 'object' && raw !== null ? Reflect.get(raw, collection) : undefined;
		const entry: unknown = Array.isArray(list) ? list[index] : undefined;
		const id: unknown = typeof entry === 'object' && entry !== null ? Reflect.get(entry, 'id') : undefined;
		const node = `${collection === 'questions' ? 'question' : 'outcome'} ${typeof id === 'string' ? `"${id}"` : `#${index + 1}`}`;
		return rest.length > 0 ? `${node}, ${rest.map(String).join('.')}` : node;
	}
	return path.map(String).join('.');
}

/** Parse and validate raw YAML data, throwing one Error that lists every problem by node. */
export function loadDecisionGraph(raw: unknown, options: ValidateOptions = {}): DecisionGraph {
	const result = decisionGraphSchema.safeParse(raw);
	// The schema has already run validateGraph; only the reference check, which needs options, can add problems.
	const problems = result.success
		? options.referenceIds
			? validateGraph(result.data, options).map((problem) => problem.message)
			: []
		: result.error.issues.map((issue) => {
				const where = issueLocation(raw, issue.path);
				return where ? `${where}: ${issue.message}` : issue.message;
			});
	if (!result.success || problems.length > 0) {
		throw new Error(
			`content/decision-graph.yaml is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
		);
	}
	return result.data;
}
