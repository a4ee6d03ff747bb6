/**
 * Builds a snapshot's model list from the installed @pydantic/genai-prices (build time and `npm run snapshot`
 * only: the package bundles ~830 KB of data that must never reach the browser). Prices are those in force on the
 * snapshot's date; what the data says about them that the calculator cannot model becomes a flag.
 */
import {
	waitForUpdate,
	type MatchLogic,
	type ModelInfo,
	type ModelPrice,
	type Provider,
} from '@pydantic/genai-prices';
import { MODEL_COLUMNS, type ModelFlag, type ModelListFile, type ModelRow, type TierRow } from './model-list';

type PriceField = ModelPrice[string];
type Conditional = Extract<ModelInfo['prices'], unknown[]>[number];

/** Every provider of the installed package's bundled data (no update is ever configured, so this is it). */
export async function bundledProviders(): Promise<Provider[]> {
	const providers = await waitForUpdate();
	if (providers === null) throw new Error('@pydantic/genai-prices has no bundled data');
	return providers;
}

// Phrases of the data's own price notes that say a price was not confirmed on the provider's page: copied from
// another source ("Imported from OpenRouter pricing; verify against …"), assumed, not found, or a promotion.
const UNCONFIRMED_NOTE =
	/verify against|can'?t find|cannot find|trusting|we assume|could not be read|promotion/i;

/** Whether a model's price note says its price is not confirmed on the provider's own page. */
export function isUnconfirmedNote(note: string | undefined): boolean {
	return note !== undefined && UNCONFIRMED_NOTE.test(note);
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOfDay(time: string): number {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	return hours * 60 + minutes;
}

function windowMinutes(start: string, end: string): number {
	const length = minutesOfDay(end) - minutesOfDay(start);
	return length > 0 ? length : length + MINUTES_PER_DAY;
}

/**
 * The prices in force on a date, as the package applies them: later conditional prices take precedence, a start
 * date applies from that day. Prices that change with the time of day resolve to the ones in force for most of the
 * day. Also returns the flags the conditions raise.
 */
export function pricesOnDate(model: ModelInfo, date: string): { prices: ModelPrice; flags: ModelFlag[] } {
	if (!Array.isArray(model.prices)) return { prices: model.prices, flags: [] };
	const conditions: Conditional[] = model.prices;
	let prices = conditions.find((entry) => entry.constraint === undefined)?.prices;
	if (prices === undefined) throw new Error(`${model.id}: no unconditional price`);
	const flags: ModelFlag[] = [];
	// Minutes a day each time-of-day price is in force, by its prices (two windows may share them).
	const daily = new Map<string, { prices: ModelPrice; minutes: number }>();
	for (const entry of conditions) {
		const constraint = entry.constraint;
		if (constraint?.type === 'start_date') {
			if (daily.size > 0) throw new Error(`${model.id}: a start date follows a time-of-day price`);
			if (constraint.start_date <= date) prices = entry.prices;
			else if (!flags.some((flag) => flag.startsWith('price-change:')))
				flags.push(`price-change:${constraint.start_date}`);
		} else if (constraint?.type === 'time_of_date') {
			const key = JSON.stringify(entry.prices);
			const minutes = windowMinutes(constraint.start_time, constraint.end_time);
			daily.set(key, { prices: entry.prices, minutes: (daily.get(key)?.minutes ?? 0) + minutes });
		}
	}
	if (daily.size === 0) return { prices, flags };
	flags.push('time-of-day');
	const windows = [...daily.values()];
	const windowed = windows.reduce((sum, window) => sum + window.minutes, 0);
	if (windowed > MINUTES_PER_DAY) throw new Error(`${model.id}: its time-of-day windows overlap`);
	const longest = windows.reduce((best, window) => (window.minutes > best.minutes ? window : best));
	return { prices: longest.minutes > MINUTES_PER_DAY - windowed ? longest.prices : prices, flags };
}

function basePrice(value: PriceField): number | null {
	if (value === undefined) return null;
	return typeof value === 'number' ? value : value.base;
}

const TIERED = ['input_mtok', 'cache_read_mtok', 'cache_write_mtok', 'output_mtok'] as const;

function tierPrice(value: PriceField, where: string): { start: number; price: number } | null {
	if (value === undefined || typeof value === 'number' || value.tiers.length === 0) return null;
	const [tier, ...more] = value.tiers;
	if (tier === undefined || more.length > 0)
		throw new Error(`${where}: only one long-context tier is modelled`);
	return tier;
}

/** The long-context tier of a price, [threshold, input, cached, write, output]; null without one. */
function tierRow(prices: ModelPrice, where: string): TierRow | null {
	const tiers = TIERED.map((key) => tierPrice(prices[key], where));
	const [input = null, cached = null, write = null, output = null] = tiers;
	const starts = new Set(tiers.flatMap((tier) => (tier === null ? [] : [tier.start])));
	if (starts.size === 0) return null;
	if (starts.size > 1 || input === null)
		throw new Error(`${where}: its tiers start at different input lengths`);
	const [threshold] = [...starts] as [number];
	return [
		threshold,
		input.price,
		cached?.price ?? null,
		write?.price ?? null,
		output?.price ?? basePrice(prices.output_mtok),
	];
}

function modelRow(provider: number, model: ModelInfo, date: string, where: string): ModelRow | null {
	const { prices, flags } = pricesOnDate(model, date);
	const input = basePrice(prices.input_mtok);
	// Priced per image, second or request only: nothing the calculator can cost.
	if (input === null) return null;
	if (model.deprecated === true) flags.unshift('deprecated');
	if (isUnconfirmedNote(model.price_comments)) flags.push('unconfirmed');
	if (prices.requests_kcount !== undefined) flags.push('per-request');
	return [
		provider,
		model.id,
		model.name === undefined || model.name === model.id ? '' : model.name,
		input,
		basePrice(prices.cache_read_mtok),
		basePrice(prices.cache_write_mtok),
		basePrice(prices.output_mtok),
		flags,
		tierRow(prices, where),
	];
}

/** Whether a model id matches a provider's match logic, as the package matches it (text compared in lower case). */
export function matchesLogic(logic: MatchLogic, text: string): boolean {
	const lower = text.toLowerCase();
	if ('and' in logic) return logic.and.every((clause) => matchesLogic(clause, text));
	if ('or' in logic) return logic.or.some((clause) => matchesLogic(clause, text));
	if ('equals' in logic) return lower === logic.equals.toLowerCase();
	if ('starts_with' in logic) return lower.startsWith(logic.starts_with.toLowerCase());
	if ('ends_with' in logic) return lower.endsWith(logic.ends_with.toLowerCase());
	if ('contains' in logic) return lower.includes(logic.contains.toLowerCase());
	return new RegExp(logic.regex).test(text);
}

/**
 * The model list of a snapshot: every model priced per input token, with its prices on the snapshot's date. Each
 * model sold by its maker comes first (the provider whose own model names match its id, by the data's
 * `model_match`), then those of resellers and routers, each in the data's order: search results keep this order.
 */
export function buildModelList(
	providers: readonly Provider[],
	snapshot: string,
	priceData: ModelListFile['priceData'],
): ModelListFile {
	const makers: ModelRow[] = [];
	const resellers: ModelRow[] = [];
	providers.forEach((provider, index) => {
		for (const model of provider.models) {
			const row = modelRow(index, model, snapshot, `${priceData.package} ${provider.id}/${model.id}`);
			const match = provider.model_match;
			if (row !== null) (match !== undefined && matchesLogic(match, model.id) ? makers : resellers).push(row);
		}
	});
	const models = [...makers, ...resellers];
	return {
		note: `Models of ${priceData.package} ${priceData.version} priced per text token, with the prices in force on ${snapshot}, for the calculator's model picker. Generated by npm run snapshot; never edited once published.`,
		snapshot,
		priceData,
		columns: MODEL_COLUMNS,
		providers: providers.map((provider) => [provider.id, provider.name, provider.pricing_urls?.[0] ?? null]),
		models,
	};
}

/** A model list as its file is written: one provider or model per line, so a diff shows what changed. */
export function modelListText(list: ModelListFile): string {
	const lines = (rows: readonly unknown[]): string =>
		rows.map((row) => `\t\t${JSON.stringify(row)}`).join(',\n');
	const head = JSON.stringify(
		{ note: list.note, snapshot: list.snapshot, priceData: list.priceData, columns: list.columns },
		null,
		'\t',
	).slice(0, -2);
	return `${head},\n\t"providers": [\n${lines(list.providers)}\n\t],\n\t"models": [\n${lines(list.models)}\n\t]\n}\n`;
}

/** A model list as the browser fetches it: the same JSON without whitespace. */
export function modelListPayload(text: string): string {
	return JSON.stringify(JSON.parse(text));
}
