import { describe, expect, it } from 'vitest';
import {
	defaultsFromPreset,
	FIELD_SPEC_BY_FIELD,
	FIELD_SPECS,
	toCostModelInputs,
} from '../../src/lib/calculator/fields';
import {
	chartSeries,
	fieldText,
	FIELD_GROUPS,
	isFieldShown,
	printedInputs,
	labelWithUnit,
	resultSentences,
} from '../../src/lib/calculator/view';
import { costCurve, evaluateCostModel } from '../../src/lib/calculator/cost-model';
import { lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const defaults = defaultsFromPreset(PER_TOKEN_PRESET, PRICES, lookupBase);
const labels = { a: 'Large', b: 'Tuned', c: 'Small' };

describe('FIELD_GROUPS', () => {
	it('places every field except volume in exactly one fieldset', () => {
		const placed = FIELD_GROUPS.flatMap((group) => group.fields);
		expect(new Set(placed).size).toBe(placed.length);
		expect([...placed, 'volume'].sort()).toEqual(FIELD_SPECS.map((spec) => spec.field).sort());
	});
});

describe('isFieldShown', () => {
	it.each([
		// GPU fields only for dedicated serving, per-token prices only for per-token serving.
		{ field: 'gpuThroughput', change: {}, shown: false },
		{ field: 'gpuThroughput', change: { bServing: 'dedicated' }, shown: true },
		{ field: 'bInputPrice', change: { bServing: 'dedicated' }, shown: false },
		// The exchange rate only for a currency other than USD.
		{ field: 'usdRate', change: {}, shown: false },
		{ field: 'usdRate', change: { currency: 'EUR' }, shown: true },
		// C's fields follow its toggle; the toggle itself always shows.
		{ field: 'cInputPrice', change: { includeC: false }, shown: false },
		{ field: 'includeC', change: { includeC: false }, shown: true },
		{ field: 'ragC', change: { includeC: false }, shown: false },
		// Retrieval settings only when some option retrieves.
		{ field: 'retrievalChunks', change: { ragA: false, ragB: false, ragC: false }, shown: false },
		{ field: 'retrievalChunks', change: { ragB: true }, shown: true },
		{ field: 'retrievalChunks', change: { includeC: false, ragC: true }, shown: false },
		// Ordinary fields always.
		{ field: 'outputTokens', change: {}, shown: true },
		{ field: 'currency', change: {}, shown: true },
	] as const)('$field with $change → $shown', ({ field, change, shown }) => {
		expect(isFieldShown(field, { ...defaults, ...change })).toBe(shown);
	});
});

describe('field text', () => {
	it('writes numbers so that they read back unchanged', () => {
		expect(fieldText(2_000_000)).toBe('2000000');
		expect(fieldText(0.075)).toBe('0.075');
	});

	it('puts the unit after the label, and leaves unitless fields alone', () => {
		const output = FIELD_SPEC_BY_FIELD.get('outputTokens');
		const currency = FIELD_SPEC_BY_FIELD.get('currency');
		if (output === undefined || currency === undefined) throw new Error('missing specs');
		expect(labelWithUnit(output)).toBe('Output (tokens per call)');
		expect(labelWithUnit(currency)).toBe('Currency');
	});
});

describe('resultSentences', () => {
	const at = (change: Partial<typeof defaults>) => {
		const inputs = { ...defaults, ...change };
		return resultSentences(evaluateCostModel(toCostModelInputs(inputs)), labels, {}, inputs.latencyBudgetMs);
	};

	it('states the saving, the payback and the break-even when B is cheaper', () => {
		const [saving, breakEven] = at({ volume: 2_000_000 });
		expect(saving).toMatch(
			/^At 2\.0M calls a month the fine-tuned model \(B\) saves \$[\d,.]+ a month against A; it pays back its training in [\d,]+ days?\.$/,
		);
		expect(breakEven).toMatch(/^B breaks even with A from [\d.]+K? calls a month\.$/);
	});

	it('says B costs more when it does, and never breaks even when A is cheaper per call', () => {
		const sentences = at({ volume: 1000, aInputPrice: 0, aOutputPrice: 0 });
		expect(sentences[0]).toMatch(/costs \$[\d,.]+ a month more than A/);
		expect(sentences[1]).toMatch(/never becomes cheaper than A \(Large\)/);
	});

	it('says when the costs are equal and B is never dearer', () => {
		const free = {
			volume: 0,
			trainingPrice: 0,
			preparationCost: 0,
			aInputPrice: 0,
			aOutputPrice: 0,
			bInputPrice: 0,
			bOutputPrice: 0,
		};
		const sentences = at(free);
		expect(sentences[0]).toMatch(/A and the fine-tuned model \(B\) cost the same/);
		expect(sentences[1]).toMatch(/costs no more than A \(Large\) at any volume/);
	});

	it('compares with C and reports options over the latency budget', () => {
		const sentences = at({ volume: 2_000_000, latencyBudgetMs: 100 });
		expect(sentences.some((sentence) => /small base model C \(Small\)/.test(sentence))).toBe(true);
		expect(sentences.at(-1)).toMatch(/^Over the 100 ms latency budget: A \(.+\), B \(.+\), C \(.+\)\.$/);
		expect(at({ latencyBudgetMs: 600_000 }).at(-1)).toMatch(/Every option answers within the 600 s budget/);
	});

	it('tells the reader when C is cheaper than B', () => {
		const sentences = at({ volume: 2_000_000, cInputPrice: 0, cOutputPrice: 0 });
		expect(sentences.some((sentence) => /is \$[\d,.]+ a month cheaper than B/.test(sentence))).toBe(true);
	});
});

describe('chartSeries', () => {
	it('reads lines and markers from the cost curve, in the display currency', () => {
		const model = toCostModelInputs({ ...defaults, volume: 2_000_000 });
		const curve = costCurve(model);
		const series = chartSeries(curve, labels, { currency: 'EUR', unitsPerUsd: 0.5 });
		expect(series.lines.map((line) => line.label)).toEqual(['A: Large', 'B: Tuned', 'C: Small']);
		expect(series.lines[0]?.points[0]).toEqual({ x: curve[0]?.volume, y: (curve[0]?.a ?? 0) * 0.5 });
		const readerPoint = curve.find((point) => point.markers.includes('reader'));
		expect(series.reader.map((point) => point.x)).toEqual([2e6, 2e6, 2e6]);
		expect(series.reader[1]?.y).toBe((readerPoint?.b ?? 0) * 0.5);
		const breakEven = evaluateCostModel(model).breakEvenVolume;
		expect(series.breakEven?.x).toBe(breakEven);
	});

	it('leaves out C, and markers outside the chart', () => {
		const model = toCostModelInputs({
			...defaults,
			includeC: false,
			volume: 1e11,
			aInputPrice: 0,
			aOutputPrice: 0,
		});
		const series = chartSeries(costCurve(model), { ...labels, c: null }, {});
		expect(series.lines).toHaveLength(2);
		expect(series.reader).toEqual([]);
		expect(series.breakEven).toBeNull();
	});
});

describe('printedInputs', () => {
	it('lists the volume first, then only the fields that matter, with units', () => {
		const rows = printedInputs({ ...defaults, volume: 2_000_000, bServing: 'per-token' });
		expect(rows[0]).toEqual({ label: 'Monthly volume (calls per month)', value: '2000000' });
		const labels = rows.map((row) => row.label);
		// Per-token serving prints B's token prices and no GPU fields.
		expect(labels.some((label) => label.includes('GPU'))).toBe(false);
		expect(rows.every((row) => row.value !== '')).toBe(true);
	});

	it('prints GPU fields once B runs on dedicated GPUs, and booleans as yes or no', () => {
		const rows = printedInputs({ ...defaults, bServing: 'dedicated', includeC: true });
		expect(rows.some((row) => row.label.includes('GPU'))).toBe(true);
		expect(rows.filter((row) => row.value === 'yes' || row.value === 'no').length).toBeGreaterThan(0);
	});
});
