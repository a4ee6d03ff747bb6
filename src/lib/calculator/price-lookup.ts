/** Looking up curated figures by id, kept apart from the zod schemas so client code can use it cheaply. */
import type { PriceEntry } from './price-schema';

/** Look up a curated figure of a given kind by id; throws naming the id when it is missing. */
export function findPrice<K extends PriceEntry['kind']>(
	prices: readonly PriceEntry[],
	id: string,
	kind: K,
): Extract<PriceEntry, { kind: K }> {
	const entry = prices.find((candidate) => candidate.id === id);
	if (entry === undefined) throw new Error(`no price with id "${id}" in content/prices`);
	if (entry.kind !== kind) throw new Error(`price "${id}" is a ${entry.kind} figure, not ${kind}`);
	return entry as Extract<PriceEntry, { kind: K }>;
}
