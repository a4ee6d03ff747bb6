/** Something placed in a rank: a box, or the point where an edge crosses the rank. */
export interface RankItem {
	id: string;
	width: number;
	/** Starting position of its centre. */
	x: number;
	/** Space it keeps from its neighbours in the rank (half on each side). */
	gap: number;
}

/** A pull between an item and one in the rank below, which the placement tries to stack straight. */
export interface PullLink {
	upper: string;
	lower: string;
	weight: number;
}

interface Block {
	start: number;
	end: number;
	weight: number;
	/** Weighted mean of the block's targets. */
	value: number;
}

/**
 * Place a rank's items, in their order and apart by their widths and gaps, as near their targets as can be:
 * least squares under order constraints, solved exactly by pooling adjacent violators.
 */
export function placeInOrder(
	items: readonly RankItem[],
	targets: readonly number[],
	weights: readonly number[],
): number[] {
	const offsets: number[] = [0];
	for (let index = 1; index < items.length; index++) {
		const left = items[index - 1] as RankItem;
		const right = items[index] as RankItem;
		offsets.push((offsets[index - 1] ?? 0) + (left.width + right.width) / 2 + (left.gap + right.gap) / 2);
	}
	// Shifting each item by its offset turns "apart by at least the separation" into "in non-decreasing order".
	const blocks: Block[] = [];
	items.forEach((_, index) => {
		blocks.push({
			start: index,
			end: index,
			weight: weights[index] ?? 1,
			value: (targets[index] ?? 0) - (offsets[index] ?? 0),
		});
		while (blocks.length > 1) {
			const last = blocks[blocks.length - 1] as Block;
			const previous = blocks[blocks.length - 2] as Block;
			if (previous.value <= last.value) break;
			const weight = previous.weight + last.weight;
			blocks.splice(-2, 2, {
				start: previous.start,
				end: last.end,
				weight,
				value: (previous.value * previous.weight + last.value * last.weight) / weight,
			});
		}
	});
	const placed: number[] = [];
	for (const block of blocks)
		for (let index = block.start; index <= block.end; index++)
			placed.push(block.value + (offsets[index] ?? 0));
	return placed;
}

/**
 * Tighten a layered drawing across: sweep down and up the ranks, moving each item towards the mean of the items
 * it is linked to in the rank just passed, keeping every rank's order and spacing. dagre's own placement keeps
 * long edges straight at any cost in width; this keeps them straight where it costs nothing.
 */
export function compactRanks(
	ranks: readonly (readonly RankItem[])[],
	links: readonly PullLink[],
	sweeps = 12,
): Map<string, number> {
	const x = new Map<string, number>();
	for (const rank of ranks) for (const item of rank) x.set(item.id, item.x);
	const above = Map.groupBy(links, (link) => link.lower);
	const below = Map.groupBy(links, (link) => link.upper);
	const settle = (rank: readonly RankItem[], linked: Map<string, PullLink[]>, other: 'upper' | 'lower') => {
		const targets: number[] = [];
		const weights: number[] = [];
		for (const item of rank) {
			const pulls = linked.get(item.id) ?? [];
			const total = pulls.reduce((sum, link) => sum + link.weight, 0);
			// An item with nothing to pull it stays put, lightly, so it neither drifts nor blocks the others.
			targets.push(
				total === 0
					? (x.get(item.id) ?? 0)
					: pulls.reduce((sum, link) => sum + link.weight * (x.get(link[other]) ?? 0), 0) / total,
			);
			weights.push(total === 0 ? 0.1 : total);
		}
		placeInOrder(rank, targets, weights).forEach((value, index) =>
			x.set((rank[index] as RankItem).id, value),
		);
	};
	for (let sweep = 0; sweep < sweeps; sweep++) {
		for (const rank of ranks.slice(1)) settle(rank, above, 'upper');
		for (const rank of [...ranks].reverse().slice(1)) settle(rank, below, 'lower');
	}
	return x;
}
