/**
 * The model list a price snapshot carries (content/prices/snapshots/<id>.models.json): every model of the pinned
 * price data that is priced per text token, compact enough to fetch when the reader opens the model picker.
 * Each row is [provider, id, name, input, cached input, cache write, output, flags, long-context tier] with
 * prices in $ per 1M tokens and null where the data lists none; the tier is [threshold, input, cached input,
 * cache write, output]. Browser-safe: the picker decodes the fetched file with `decodeModelList`.
 */
import type { CalculatorInputs, Field } from './fields';
import type { ModelSlot } from './model-picks';

/** Path of a snapshot's model list in the built site (see src/pages/prices/models/[snapshot].json.ts). */
export function modelListPath(snapshotId: string): string {
	return `/prices/models/${snapshotId}.json`;
}

/** Why a model's prices need a second look, as the price data records it. */
export type ModelFlag =
	/** The provider has deprecated the model; the data keeps its last price. */
	| 'deprecated'
	/** The data's own note says the price was not confirmed on the provider's page (copied, assumed, or a promotion). */
	| 'unconfirmed'
	/** The price changes with the time of day; the list holds the one in force for most of the day. */
	| 'time-of-day'
	/** The provider also bills per request, which the calculator does not count. */
	| 'per-request'
	/** The data records a new price from a later date, YYYY-MM-DD. */
	| `price-change:${string}`;

/** A long-context tier: calls with more input tokens than the threshold pay these prices throughout. */
export interface ModelTier {
	threshold: number;
	input: number;
	cachedInput: number | null;
	cacheWrite: number | null;
	output: number | null;
}

/** A model's prices, $ per 1M tokens; null where the price data lists none. */
export interface ModelPrices {
	input: number;
	cachedInput: number | null;
	cacheWrite: number | null;
	output: number | null;
	longContext: ModelTier | null;
}

/** One model of the list. */
export interface ListedModel {
	/** `provider:id`, the model's URL value, e.g. 'anthropic:claude-sonnet-4-5'. */
	key: string;
	/** The model's id as the price data spells it. */
	id: string;
	/** Its name, or the id when the data gives none. */
	name: string;
	/** Who sells it at these prices. */
	provider: { id: string; name: string; pricingUrl: string | null };
	prices: ModelPrices;
	flags: ModelFlag[];
}

/** A decoded model list. */
export interface ModelList {
	/** Snapshot the list belongs to. */
	snapshot: string;
	/** Package and version the prices were read from, e.g. '@pydantic/genai-prices 0.1.8'. */
	dataset: string;
	/** Date of that package's data, YYYY-MM-DD. */
	dataDate: string;
	/** Every model, in the data's order (by provider, then id). */
	models: ListedModel[];
	/** The models by key. */
	byKey: ReadonlyMap<string, ListedModel>;
}

type Price = number | null;

/** A long-context tier as a file row holds it. */
export type TierRow = [
	threshold: number,
	input: number,
	cachedInput: Price,
	cacheWrite: Price,
	output: Price,
];

/** A model as a file row holds it. */
export type ModelRow = [
	provider: number,
	id: string,
	name: string,
	input: number,
	cachedInput: Price,
	cacheWrite: Price,
	output: Price,
	flags: ModelFlag[],
	longContext: TierRow | null,
];

/** The model list file. */
export interface ModelListFile {
	/** What the file is, for whoever opens it. */
	note: string;
	snapshot: string;
	priceData: { package: string; version: string; dataDate: string };
	/** Names of a row's columns, in order. */
	columns: string[];
	/** [id, name, pricing page or null], referred to by index from each row. */
	providers: [id: string, name: string, pricingUrl: string | null][];
	models: ModelRow[];
}

/** The columns of a row, as the file names them. */
export const MODEL_COLUMNS = [
	'provider',
	'id',
	'name (empty when it is the id)',
	'input',
	'cached input',
	'cache write',
	'output',
	'flags',
	'long-context tier [threshold, input, cached input, cache write, output]',
];

function fail(what: string): never {
	throw new Error(`model list: ${what}`);
}

const isPrice = (value: unknown): value is Price =>
	value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);

function decodeTier(row: unknown): ModelTier | null {
	if (row === null) return null;
	if (!Array.isArray(row) || row.length !== 5 || !row.every(isPrice) || row[0] === null || row[1] === null)
		fail('a long-context tier is malformed');
	const [threshold, input, cachedInput, cacheWrite, output] = row as TierRow;
	return { threshold, input, cachedInput, cacheWrite, output };
}

function decodeRow(row: unknown, providers: ModelListFile['providers']): ListedModel {
	if (!Array.isArray(row) || row.length !== 9) fail('a row is not nine columns');
	const [index, id, name, input, cachedInput, cacheWrite, output, flags, tier] = row as unknown[];
	const provider = providers[index as number];
	if (provider === undefined || typeof id !== 'string' || id === '' || typeof name !== 'string')
		fail('a row has no provider or id');
	if (typeof input !== 'number' || ![input, cachedInput, cacheWrite, output].every(isPrice))
		fail(`${id} has a malformed price`);
	if (!Array.isArray(flags) || !flags.every((flag) => typeof flag === 'string'))
		fail(`${id} has malformed flags`);
	const [providerId, providerName, pricingUrl] = provider;
	return {
		key: `${providerId}:${id}`,
		id,
		name: name === '' ? id : name,
		provider: { id: providerId, name: providerName, pricingUrl },
		prices: {
			input,
			cachedInput: cachedInput as Price,
			cacheWrite: cacheWrite as Price,
			output: output as Price,
			longContext: decodeTier(tier),
		},
		flags: flags as ModelFlag[],
	};
}

/** Check and decode a model list file's JSON; throws naming the first problem. Linear in the file's size. */
export function decodeModelList(raw: unknown): ModelList {
	const file = raw as Partial<ModelListFile> | null;
	if (
		typeof file !== 'object' ||
		file === null ||
		!Array.isArray(file.providers) ||
		!Array.isArray(file.models)
	)
		fail('not a model list');
	const { snapshot, priceData } = file;
	if (typeof snapshot !== 'string' || typeof priceData !== 'object' || priceData === null)
		fail('no snapshot or price data');
	const providers = file.providers;
	const decoded = file.models.map((row) => decodeRow(row, providers));
	// A name two models of one provider share (text-embedding-3-small and -large are both "text embedding 3")
	// would not tell them apart: those models go by their ids.
	const nameOf = (model: ListedModel): string => `${model.provider.id}\n${model.name}`;
	const uses = new Map<string, number>();
	for (const model of decoded) uses.set(nameOf(model), (uses.get(nameOf(model)) ?? 0) + 1);
	const models = decoded.map((model) =>
		uses.get(nameOf(model)) === 1 ? model : { ...model, name: model.id },
	);
	const byKey = new Map(models.map((model) => [model.key, model]));
	if (byKey.size !== models.length) fail('model keys repeat');
	return {
		snapshot,
		dataset: `${priceData.package} ${priceData.version}`,
		dataDate: priceData.dataDate,
		models,
		byKey,
	};
}

const PROMPTED_PRICES = [
	'InputPrice',
	'OutputPrice',
	'CachedInputPrice',
	'CacheWritePrice',
	'LongInputThreshold',
	'LongInputPrice',
	'LongOutputPrice',
	'LongCachedInputPrice',
	'LongCacheWritePrice',
] as const;

/** The inputs a slot's model sets. */
export function slotFields(slot: ModelSlot): Field[] {
	return slot === 'embedding'
		? ['embeddingPrice']
		: PROMPTED_PRICES.map((suffix): Field => `${slot}${suffix}`);
}

/**
 * The price inputs of A or C for a model. Where the data lists no cached-input price, reading the cache costs what
 * input costs; no cache-write price, no surcharge; no output price, none (null: "no sourced figure"). A tier's
 * missing prices fall back to its input price, then to the base prices.
 */
export function promptedPriceFields(p: 'a' | 'c', prices: ModelPrices): Partial<CalculatorInputs> {
	const tier = prices.longContext;
	const cached = prices.cachedInput ?? prices.input;
	const write = prices.cacheWrite ?? prices.input;
	return {
		[`${p}InputPrice`]: prices.input,
		[`${p}OutputPrice`]: prices.output,
		[`${p}CachedInputPrice`]: cached,
		[`${p}CacheWritePrice`]: write,
		[`${p}LongInputThreshold`]: tier?.threshold ?? 0,
		[`${p}LongInputPrice`]: tier?.input ?? prices.input,
		[`${p}LongOutputPrice`]: tier?.output ?? prices.output,
		[`${p}LongCachedInputPrice`]: tier?.cachedInput ?? tier?.input ?? cached,
		[`${p}LongCacheWritePrice`]: tier?.cacheWrite ?? tier?.input ?? write,
	};
}

/** The inputs a model sets in a slot. */
export function modelFields(slot: ModelSlot, prices: ModelPrices): Partial<CalculatorInputs> {
	return slot === 'embedding' ? { embeddingPrice: prices.input } : promptedPriceFields(slot, prices);
}
