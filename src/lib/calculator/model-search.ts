/**
 * Searching the model list as the reader types: every word of the query must appear in the model's provider,
 * name or id, in any order ("gemini flash", "sonnet anthropic"). One pass over the list per query, then a sort of
 * the matches, so a keystroke costs at most n log n in the list's size.
 */
import type { ListedModel } from './model-list';

/** A model list prepared for searching. */
export interface SearchIndex {
	models: readonly ListedModel[];
	/** Per model: " provider name id" in lower case, words split at punctuation, plus name and id run together. */
	texts: string[];
	/** Per model: the place of its provider's first model in the list (makers come before resellers there). */
	groups: number[];
	/** Per model: the version numbers of its id, e.g. [4, 5] for claude-sonnet-4-5 (dates left out). */
	versions: number[][];
}

/** Longest query read; the rest of a pasted text is ignored. */
export const MAX_QUERY = 100;

/** Most words of a query searched for. */
export const MAX_WORDS = 8;

const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9.]+/g, ' ');
const runTogether = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The version numbers in a model id, at most three; runs of six digits or more are dates, not versions. */
export function versionOf(id: string): number[] {
	return (id.match(/\d+(?:\.\d+)?/g) ?? [])
		.filter((run) => run.replace('.', '').length < 6)
		.slice(0, 3)
		.map(Number);
}

/** Prepare a list for searching, once per list. */
export function searchIndex(models: readonly ListedModel[]): SearchIndex {
	// A provider's rows are contiguous within the makers' part of the list and within the resellers' part.
	const groups: number[] = [];
	models.forEach((model, at) => {
		const previous = models[at - 1];
		groups.push(previous?.provider.id === model.provider.id ? (groups[at - 1] ?? at) : at);
	});
	return {
		models,
		texts: models.map(
			(model) =>
				` ${words(`${model.provider.id} ${model.provider.name} ${model.name} ${model.id}`)} ${runTogether(model.name)} ${runTogether(model.id)}`,
		),
		groups,
		versions: models.map((model) => versionOf(model.id)),
	};
}

/** The words of a query, as searched: lower case, split at spaces and punctuation, at most MAX_WORDS. */
export function queryWords(query: string): string[] {
	return words(query.slice(0, MAX_QUERY))
		.split(' ')
		.filter((word) => word !== '')
		.slice(0, MAX_WORDS);
}

/** What a search found. */
export interface SearchResult {
	/** The first `limit` matches, best first. */
	matches: ListedModel[];
	/** How many models match in all. */
	total: number;
}

/** Higher versions first: [5] before [4, 6] before [4, 5] before [4]. */
function byVersionDescending(x: readonly number[], y: readonly number[]): number {
	for (let at = 0; at < Math.max(x.length, y.length); at++) {
		const difference = (y[at] ?? -1) - (x[at] ?? -1);
		if (difference !== 0) return difference;
	}
	return 0;
}

/**
 * Models whose text holds every word of the query, best first. Ranks: every word at the start of a word, from the
 * provider's own API (an id without "/"); then through a router; then words found inside a word; deprecated models
 * last. Within a rank, makers before resellers, each provider together; within a provider, higher versions first
 * and then shorter ids ("gemini-2.5-flash" before "gemini-2.5-flash-lite"). An empty query matches every model.
 */
export function searchModels(index: SearchIndex, query: string, limit = 50): SearchResult {
	const wanted = queryWords(query);
	const found: { at: number; rank: number }[] = [];
	index.models.forEach((model, at) => {
		const text = index.texts[at] ?? '';
		if (!wanted.every((word) => text.includes(word))) return;
		const atWordStart = wanted.every((word) => text.includes(` ${word}`));
		const rank = model.flags.includes('deprecated') ? 3 : !atWordStart ? 2 : model.id.includes('/') ? 1 : 0;
		found.push({ at, rank });
	});
	const group = (at: number): number => index.groups[at] ?? at;
	const version = (at: number): number[] => index.versions[at] ?? [];
	const idLength = (at: number): number => index.models[at]?.id.length ?? 0;
	found.sort(
		(x, y) =>
			x.rank - y.rank ||
			group(x.at) - group(y.at) ||
			byVersionDescending(version(x.at), version(y.at)) ||
			idLength(x.at) - idLength(y.at) ||
			x.at - y.at,
	);
	return {
		matches: found.slice(0, limit).flatMap(({ at }) => index.models[at] ?? []),
		total: found.length,
	};
}
