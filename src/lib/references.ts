import { z } from 'astro/zod';
import { calendarDate, uniqueIdList } from './schema-helpers';

/** One source the guide cites: a paper, an official doc page or a price list. */
export const referenceSchema = z.object({
	/**
	 * Stable key used by `<Cite id="…" />` and by data files.
	 * @example 'ovadia-2023'
	 */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'reference ids are lowercase slugs such as "ovadia-2023"',
	}),
	/**
	 * Title as the source gives it.
	 * @example 'Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs'
	 */
	title: z.string().min(1),
	/**
	 * Authors or the publishing organisation.
	 * @example 'Ovadia, Brief, Mishaeli, Elisha'
	 */
	authors: z.string().min(1),
	/**
	 * Where it appeared.
	 * @example 'EMNLP 2024 (arXiv:2312.05934)'
	 */
	publisher: z.string().min(1),
	/**
	 * Year of publication.
	 * @example 2023
	 */
	year: z.number().int().min(1950).max(2100),
	/**
	 * Canonical link to the source itself.
	 * @example 'https://arxiv.org/abs/2312.05934'
	 */
	url: z.url({ protocol: /^https$/, message: 'reference links must be https URLs' }),
	/**
	 * The day we last read the source, YYYY-MM-DD.
	 * @example '2026-11-27'
	 */
	accessed: calendarDate,
});

/** A validated entry of `content/references.yaml`. */
export type Reference = z.infer<typeof referenceSchema>;

/** The whole reference list: ids must be unique. */
export const referenceListSchema = uniqueIdList(referenceSchema, 'reference');

/** Parse raw reference data, throwing one readable error that names every bad entry. */
export function parseReferences(raw: unknown): Reference[] {
	const result = referenceListSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`content/references.yaml is invalid:\n${problems.join('\n')}`);
	}
	return result.data;
}

/** Fragment id of a reference's entry in a page's source list. */
export function referenceAnchor(id: string): string {
	return `ref-${id}`;
}

/** The order in which a page cites its sources: each id numbered by its first appearance. */
export function numberCitations(citedIds: readonly string[]): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const id of citedIds) {
		if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	}
	return numbers;
}
