import { z } from 'astro/zod';
import { calendarDate } from '../schema-helpers';
import { SLUG_PATTERN } from './slugs';

// The shape of content/decision-graph.yaml. Rules that need the whole graph (targets, reachability, conditions
// that can never hold) are checked by validate.ts; this module only describes each part.

const slug = (what: string) =>
	z.string().regex(SLUG_PATTERN, {
		message: `${what} must be a lowercase URL slug such as "knowledge-changes"`,
	});

const sentence = z.string().trim().min(1, { message: 'must not be empty' });

/** `slug` or `question-id:slug`; see {@link conditionSchema}. */
const ANSWER_REF_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An answer named in a condition: `slug` means that answer at any question on the path,
 * `question-id:slug` that answer at that question (for slugs several questions share).
 * @example 'knowledge:knowledge-changes'
 */
export const answerRefSchema = z.string().regex(ANSWER_REF_PATTERN, {
	message: 'answers are named "answer-slug" or "question-id:answer-slug"',
});

/** When a sentence or next step is shown: every listed kind of test must pass; an empty condition always does. */
export const conditionSchema = z.strictObject({
	/**
	 * Shown only if the path gave every one of these answers.
	 * @example ['behaviour-gap', 'prompting-plateaued']
	 */
	all: z.array(answerRefSchema).optional(),
	/**
	 * Shown only if the path gave at least one of these answers.
	 * @example ['knowledge:knowledge-changes', 'tuned-knowledge:knowledge-changes']
	 */
	any: z.array(answerRefSchema).optional(),
	/**
	 * Shown only if the path gave none of these answers.
	 * @example ['behaviour-fine']
	 */
	none: z.array(answerRefSchema).optional(),
});

/** One reason or caveat of a verdict: its text, when it applies, what it says about the reader, and its sources. */
export const statementSchema = z.strictObject({
	/**
	 * The sentence as the reader sees it.
	 * @example 'Your facts change, and an index takes changes by re-indexing, with nothing to retrain.'
	 */
	text: sentence,
	/**
	 * Paths it is shown on; shown on every path to the verdict when absent.
	 * @example { all: ['knowledge:knowledge-changes'] }
	 */
	when: conditionSchema.optional(),
	/**
	 * The answers the sentence states as facts about the reader's system. The build fails if it would be shown
	 * on a path that did not give them, so write down every answer the text relies on.
	 * @example ['knowledge:knowledge-changes']
	 */
	asserts: z.array(answerRefSchema).optional(),
	/**
	 * Ids from `content/references.yaml` the sentence rests on, in the order it uses them.
	 * @example ['ovadia-2023', 'soudani-2024']
	 */
	cites: z.array(slug('a reference id')).optional(),
});

/** One answer to a question: a link on the page and a segment of the permalink. */
export const answerSchema = z.strictObject({
	/**
	 * URL segment for this answer; published in permalinks, so never rename it or change what it means.
	 * @example 'knowledge-changes'
	 */
	slug: slug('an answer slug'),
	/**
	 * Link text, short enough to double as an edge label in the drawn flowchart.
	 * @example 'Yes, and they change'
	 */
	label: sentence,
	/**
	 * One line on why this answer leads where it does; shown on every path through it.
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
	 * One line on why this question matters; shown on every path through it.
	 * @example 'Clear instructions and worked examples close many behaviour gaps for far less effort than training.'
	 */
	why: sentence,
	/**
	 * Two to five answers, each leading to another node.
	 * @example [{ slug: 'prompting-plateaued', label: 'Yes', reason: '…', next: 'examples' }]
	 */
	answers: z
		.array(answerSchema)
		.min(2, { message: 'a question needs at least 2 answers' })
		.max(5, { message: 'a question has at most 5 answers, so it stays drawable' }),
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
	/**
	 * Paths the link is shown on; every path to the verdict when absent.
	 * @example { all: ['behaviour-gap'] }
	 */
	when: conditionSchema.optional(),
});

const percent = (what: string) =>
	z
		.number()
		.min(0, { message: `${what} is a percentage from 0 to 100` })
		.max(100, { message: `${what} is a percentage from 0 to 100` });

/** A next step that opens the cost calculator primed with the state the verdict asks the reader to test. */
export const calculatorStepSchema = z.strictObject({
	/**
	 * Link text; say what the primed state assumes.
	 * @example 'Check where a tuned model breaks even'
	 */
	label: sentence,
	/**
	 * Marks this step as the cost calculator.
	 * @example true
	 */
	calculator: z.literal(true),
	/**
	 * Id of the calculator preset to start from (`content/prices/presets.yaml`); URL key `p`.
	 * @example 'lora-per-token'
	 */
	preset: slug('a calculator preset').optional(),
	/**
	 * Calls per month, overriding the preset's volume; URL key `v`.
	 * @example 1000000
	 */
	volume: z
		.number()
		.int()
		.positive({ message: 'volume is calls per month, a positive whole number' })
		.optional(),
	/**
	 * Add retrieval to every option (URL keys `ra`, `rb`, `rc`), for verdicts that include retrieval.
	 * @example true
	 */
	retrieval: z.boolean().optional(),
	/**
	 * Show the small prompted model, option C, beside the others; URL key `c`.
	 * @example true
	 */
	compareSmallerModel: z.boolean().optional(),
	/**
	 * Instruction tokens of the large prompted model, option A, e.g. facts placed in its prompt; URL key `ai`.
	 * @example 20800
	 */
	instructionTokens: z
		.number()
		.int()
		.nonnegative({ message: 'instruction tokens are a whole number of tokens' })
		.optional(),
	/**
	 * Share of input tokens served from the prompt cache, for options A and C; URL keys `ach`, `cch`.
	 * @example 80
	 */
	cacheHitPercent: percent('the cache-hit share').optional(),
	/**
	 * Discount on the token bill from batching, for options A and C; URL keys `abd`, `cbd`.
	 * @example 25
	 */
	batchDiscountPercent: percent('the batch discount').optional(),
	/**
	 * Paths the link is shown on; every path to the verdict when absent.
	 * @example { all: ['cost-at-scale'] }
	 */
	when: conditionSchema.optional(),
});

/** Something to do after reaching a verdict: read a guide page or open the calculator. */
export const nextStepSchema = z.union([guideStepSchema, calculatorStepSchema]);

/** A verdict node of the flowchart. */
export const outcomeSchema = z.strictObject({
	/**
	 * Node id, unique across questions and outcomes; also names the preview image.
	 * @example 'rag'
	 */
	id: slug('an outcome id'),
	/**
	 * Short name of the verdict: the page heading, the node label in the drawing and the preview image's title.
	 * @example 'Retrieval (RAG)'
	 */
	title: sentence,
	/**
	 * The verdict in one sentence, true on every path that reaches it.
	 * @example 'Build retrieval first, indexing your sources and passing the most relevant passages to the model.'
	 */
	verdict: sentence,
	/**
	 * Why this verdict fits the answers that led here.
	 * @example [{ text: 'Your facts change, and …', asserts: ['knowledge:knowledge-changes'] }]
	 */
	reasons: z.array(statementSchema).min(1, { message: 'an outcome needs at least one reason' }),
	/**
	 * What to watch out for.
	 * @example [{ text: 'Answers can only be as good as what retrieval finds.' }]
	 */
	caveats: z.array(statementSchema).min(1, { message: 'an outcome needs at least one caveat' }),
	/**
	 * Guide pages to read next, and the calculator when the verdict talks about cost.
	 * @example [{ label: 'Using both', href: '/guide/using-both/' }]
	 */
	nextSteps: z.array(nextStepSchema).min(1, { message: 'an outcome needs at least one next step' }),
});

/** One published version of the flowchart's rules. */
export const changeSchema = z.strictObject({
	/**
	 * The day the rules took effect, YYYY-MM-DD.
	 * @example '2026-11-28'
	 */
	version: calendarDate,
	/**
	 * What changed, for a reader holding a link made under the older rules.
	 * @example 'Cost questions now ask about a smaller prompted model first.'
	 */
	summary: sentence,
});

/** The whole flowchart, checked for shape here and for graph rules by `validateGraph`. */
export const decisionGraphSchema = z.strictObject({
	/**
	 * Name of the flowchart, used as the heading of copied Markdown.
	 * @example 'RAG or fine-tuning?'
	 */
	title: sentence,
	/**
	 * Date of the rules in force, cited by every page and proposal text; must be the newest entry of `changes`.
	 * @example '2026-11-28'
	 */
	version: calendarDate,
	/**
	 * Every published version of the rules, newest first.
	 * @example [{ version: '2026-11-28', summary: '…' }]
	 */
	changes: z.array(changeSchema).min(1, { message: 'list at least the current version under "changes"' }),
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
	 * Outcome nodes, the verdicts.
	 * @example [{ id: 'rag', title: 'Retrieval (RAG)', verdict: '…', reasons: [], caveats: [], nextSteps: [] }]
	 */
	outcomes: z.array(outcomeSchema).min(1, { message: 'the graph needs at least one outcome' }),
});

/** A decision graph of the right shape (see `loadDecisionGraph` for one that also obeys the graph rules). */
export type DecisionGraph = z.infer<typeof decisionGraphSchema>;
/** A question node. */
export type Question = z.infer<typeof questionSchema>;
/** An answer to a question. */
export type Answer = z.infer<typeof answerSchema>;
/** A verdict node. */
export type Outcome = z.infer<typeof outcomeSchema>;
/** A reason or caveat of a verdict. */
export type Statement = z.infer<typeof statementSchema>;
/** When a statement or next step is shown. */
export type Condition = z.infer<typeof conditionSchema>;
/** A guide link or calculator step of an outcome. */
export type NextStep = z.infer<typeof nextStepSchema>;
/** A next step that opens the calculator. */
export type CalculatorStep = z.infer<typeof calculatorStepSchema>;
