/**
 * The provider table in content/fine-tuning-providers.yaml: per provider, what can be fine-tuned there, how the
 * result is served and whether the offering is open, closing or withdrawn. Every cell names the entries of
 * content/references.yaml it was read from, so each statement carries its URL and the day it was read.
 */
import { z } from 'astro/zod';
import { uniqueIdList } from '../schema-helpers';
import type { Reference } from '../references';

/** Ways a provider lets you train a model, as its documentation names them. */
export const TUNING_METHODS = [
	'supervised',
	'preference',
	'reinforcement',
	'distillation',
	'lora',
	'full',
] as const;

/** How a tuned model or adapter is billed once trained. */
export const SERVING_MODES = ['per-token', 'dedicated', 'provisioned', 'managed', 'none'] as const;

/** Where an offering stands on the day it was read. */
export const OFFERING_STATES = ['available', 'preview', 'closing', 'withdrawn'] as const;

/** What sort of company the provider is, which decides what it lets you tune. */
export const PROVIDER_KINDS = ['model-vendor', 'cloud', 'open-model-host', 'data-platform'] as const;

/** A method, as the table prints it. */
export const METHOD_LABELS: Readonly<Record<(typeof TUNING_METHODS)[number], string>> = {
	supervised: 'supervised',
	preference: 'preference (DPO)',
	reinforcement: 'reinforcement',
	distillation: 'distillation',
	lora: 'LoRA adapters',
	full: 'full fine-tuning',
};

/** A billing mode, as the table prints it. */
export const MODE_LABELS: Readonly<Record<(typeof SERVING_MODES)[number], string>> = {
	'per-token': 'per token',
	dedicated: 'dedicated hardware, billed by time',
	provisioned: 'provisioned throughput',
	managed: 'managed by the provider, billing not stated in the pages read',
	none: 'no serving offered',
};

/** A state, as the table prints it. */
export const STATE_LABELS: Readonly<Record<(typeof OFFERING_STATES)[number], string>> = {
	available: 'Available',
	preview: 'Preview',
	closing: 'Closing',
	withdrawn: 'Withdrawn',
};

/** A provider kind, as the table prints it. */
export const KIND_LABELS: Readonly<Record<(typeof PROVIDER_KINDS)[number], string>> = {
	'model-vendor': 'Model vendor',
	cloud: 'Cloud platform',
	'open-model-host': 'Open-model host',
	'data-platform': 'Data platform',
};

const referenceIdList = z
	.array(z.string().min(1))
	.min(1, { message: 'every cell names at least one source from content/references.yaml' });

const statement = z
	.string()
	.min(20, { message: 'write the statement out as a sentence' })
	.refine((text) => !/\s{2,}/.test(text.trim()), { message: 'statements are single-spaced prose' });

/** One provider row. */
export const providerSchema = z.object({
	/**
	 * Stable key, used by `<ProviderStatus provider="…" />` and as the row anchor `#provider-…`.
	 * @example 'fireworks'
	 */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'provider ids are lowercase slugs' }),
	/**
	 * Name as the provider writes it.
	 * @example 'Fireworks AI'
	 */
	name: z.string().min(1),
	/**
	 * What sort of company it is.
	 * @example 'open-model-host'
	 */
	kind: z.enum(PROVIDER_KINDS),
	/** What can be tuned there: models and methods, from the provider's own pages. */
	tuning: z.object({
		/**
		 * Which models, and any limits on them.
		 * @example 'LoRA adapters for open models in its catalogue, trained with its own tools or uploaded.'
		 */
		text: statement,
		/**
		 * Methods the pages name; empty when the offering is gone.
		 * @example ['supervised', 'lora']
		 */
		methods: z.array(z.enum(TUNING_METHODS)),
		/**
		 * Ids of content/references.yaml entries the cell was read from.
		 * @example ['fireworks-serverless-lora']
		 */
		sources: referenceIdList,
	}),
	/** How the tuned model is served and billed. */
	serving: z.object({
		/**
		 * The serving options and their conditions.
		 * @example 'On a dedicated deployment billed per GPU-second.'
		 */
		text: statement,
		/**
		 * Billing modes; `none` stands alone.
		 * @example ['per-token', 'dedicated']
		 */
		modes: z
			.array(z.enum(SERVING_MODES))
			.min(1)
			.refine((modes) => !modes.includes('none') || modes.length === 1, {
				message: '"none" cannot be combined with a billing mode',
			}),
		/**
		 * Ids of content/references.yaml entries the cell was read from.
		 * @example ['fireworks-serverless-lora']
		 */
		sources: referenceIdList,
	}),
	/** Whether the offering is open, with the one sentence every page reuses. */
	status: z.object({
		/**
		 * Where the offering stands.
		 * @example 'closing'
		 */
		state: z.enum(OFFERING_STATES),
		/**
		 * The provider's status in one or two sentences, with dates: the statement pages print through
		 * `<ProviderStatus />`, so it is written once.
		 * @example 'OpenAI is closing its self-serve fine-tuning platform …'
		 */
		summary: statement,
		/**
		 * Ids of content/references.yaml entries the sentence was read from.
		 * @example ['openai-deprecations']
		 */
		sources: referenceIdList,
	}),
});

/** A validated provider row. */
export type FineTuningProvider = z.infer<typeof providerSchema>;

/** The whole table: ids must be unique. */
export const providerListSchema = uniqueIdList(providerSchema, 'provider');

/** Parse the raw provider table, throwing one readable error that names every bad cell. */
export function parseFineTuningProviders(raw: unknown): FineTuningProvider[] {
	const result = providerListSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`content/fine-tuning-providers.yaml is invalid:\n${problems.join('\n')}`);
	}
	return result.data;
}

/** Every source id a provider row names, cell by cell, with where it is named. */
export function sourceUses(provider: FineTuningProvider): { id: string; where: string }[] {
	const cells = { tuning: provider.tuning, serving: provider.serving, status: provider.status };
	return Object.entries(cells).flatMap(([cell, { sources }]) =>
		sources.map((id) => ({ id, where: `${provider.id}.${cell}` })),
	);
}

/** Source ids the table names that content/references.yaml lacks, as "provider.cell: id" lines. */
export function unknownSources(
	providers: readonly FineTuningProvider[],
	referenceIds: ReadonlySet<string>,
): string[] {
	return providers
		.flatMap(sourceUses)
		.filter((use) => !referenceIds.has(use.id))
		.map((use) => `${use.where}: ${use.id}`);
}

/** The references a cell cites, in the order it names them; an unknown id throws, naming the cell. */
export function resolveSources(
	ids: readonly string[],
	references: readonly Reference[],
	where: string,
): Reference[] {
	const byId = new Map(references.map((reference) => [reference.id, reference]));
	return ids.map((id) => {
		const reference = byId.get(id);
		if (!reference)
			throw new Error(
				`content/fine-tuning-providers.yaml ${where} names "${id}", which content/references.yaml lacks`,
			);
		return reference;
	});
}

/** The provider with this id; an unknown id throws, listing the known ones. */
export function findProvider(providers: readonly FineTuningProvider[], id: string): FineTuningProvider {
	const provider = providers.find((candidate) => candidate.id === id);
	if (!provider) {
		const known = providers.map((candidate) => candidate.id).join(', ');
		throw new Error(`no provider "${id}" in content/fine-tuning-providers.yaml (known: ${known})`);
	}
	return provider;
}

/** Rows in reading order: model vendors, then clouds, open-model hosts and data platforms, by name within each. */
export function orderProviders(providers: readonly FineTuningProvider[]): FineTuningProvider[] {
	const rank = (provider: FineTuningProvider) => PROVIDER_KINDS.indexOf(provider.kind);
	return [...providers].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}

/** Fragment id of a provider's row in the table. */
export function providerAnchor(id: string): string {
	return `provider-${id}`;
}

/** Where the full table lives, so a status sentence can point to the comparison. */
export const PROVIDER_TABLE_PATH = '/guide/fine-tuning-in-2026/';

/** "Title (read 2026-11-28)" for each source, joined for prose. */
function sourcesInWords(sources: readonly Reference[], link: (reference: Reference) => string): string {
	return sources.map((reference) => `${link(reference)} (read ${reference.accessed})`).join('; ');
}

/** A Markdown link to a source, titled as the source titles itself. */
function markdownLink(reference: Reference): string {
	return `[${reference.title.replace(/[[\]]/g, '')}](${reference.url})`;
}

/** Table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The labels of a cell's structured values, for print. */
export function methodsInWords(provider: FineTuningProvider): string {
	return provider.tuning.methods.map((method) => METHOD_LABELS[method]).join(', ');
}

/** The billing modes of a row, for print. */
export function modesInWords(provider: FineTuningProvider): string {
	return provider.serving.modes.map((mode) => MODE_LABELS[mode]).join('; ');
}

/** One provider's status sentence in plain Markdown, with its sources and a link to the full table. */
export function statusMarkdown(provider: FineTuningProvider, references: readonly Reference[]): string {
	const sources = resolveSources(provider.status.sources, references, `${provider.id}.status`);
	const table = `${PROVIDER_TABLE_PATH}#${providerAnchor(provider.id)}`;
	return `${provider.status.summary} Sources: ${sourcesInWords(sources, markdownLink)}. [Compare providers](${table}).`;
}

/** The whole provider table in plain Markdown, one row per provider, sources in each cell. */
export function providersMarkdown(
	providers: readonly FineTuningProvider[],
	references: readonly Reference[],
): string {
	const rows = orderProviders(providers).map((provider) => {
		const sourced = (text: string, ids: readonly string[], where: string) =>
			`${text} Sources: ${sourcesInWords(resolveSources(ids, references, `${provider.id}.${where}`), markdownLink)}.`;
		const methods = methodsInWords(provider);
		const tuning = methods === '' ? provider.tuning.text : `${provider.tuning.text} Methods: ${methods}.`;
		return [
			`${provider.name} (${KIND_LABELS[provider.kind]})`,
			sourced(
				`${STATE_LABELS[provider.status.state]}. ${provider.status.summary}`,
				provider.status.sources,
				'status',
			),
			sourced(tuning, provider.tuning.sources, 'tuning'),
			sourced(
				`${provider.serving.text} Billing: ${modesInWords(provider)}.`,
				provider.serving.sources,
				'serving',
			),
		]
			.map(cell)
			.join(' | ');
	});
	return [
		'| Provider | Status | What can be tuned | How the result is served |',
		'| --- | --- | --- | --- |',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}
