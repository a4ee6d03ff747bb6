/**
 * Models chosen from the price data, as a link carries them: `am` (A's model), `cm` (C's) and `em` (the retrieval
 * embedding model), each a `provider:model` id of the link's snapshot's model list. The chosen model's prices take
 * the place of the preset's; the link's other keys override them as they override a preset's figures. Read as
 * text here (the island loads this module); the picker's chunk looks each id up and explains any it cannot price.
 */
/** What a chosen model sets: A's or C's prompted model, or the retrieval's embedding model. */
export type ModelSlot = 'a' | 'c' | 'embedding';

/** URL key of each slot, in the order links write them. */
export const MODEL_KEYS: Readonly<Record<ModelSlot, string>> = { a: 'am', c: 'cm', embedding: 'em' };

/** Model ids by slot: what a link chose. */
export type ModelPicks = Partial<Record<ModelSlot, string>>;

/** Messages by slot. */
export type SlotNotices = Partial<Record<ModelSlot, string>>;

/** The model ids a link names, as written; the model list decides which it can price. */
export function readPicks(params: URLSearchParams): ModelPicks {
	const picks: ModelPicks = {};
	for (const [slot, key] of Object.entries(MODEL_KEYS) as [ModelSlot, string][]) {
		const id = params.get(key);
		if (id !== null) picks[slot] = id;
	}
	return picks;
}

/** Add the chosen models to a link's query, in slot order. */
export function writePicks(params: URLSearchParams, picks: ModelPicks): void {
	for (const [slot, key] of Object.entries(MODEL_KEYS) as [ModelSlot, string][]) {
		const id = picks[slot];
		if (id !== undefined) params.append(key, id);
	}
}
