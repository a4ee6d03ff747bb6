import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/calculator/calculation';
import { FIELD_SPECS, specOf, type CalculatorInputs } from '../../src/lib/calculator/fields';
import { resolvePreset } from '../../src/lib/calculator/presets';
import { sensitivity } from '../../src/lib/calculator/sensitivity';
import {
	answerSentence,
	breakEvenText,
	budgetHeading,
	chartSeries,
	FIELD_GROUPS,
	groupsOpenedBy,
	isFieldShown,
	missingSentence,
	NO_FIGURE,
	optionCells,
	printedInputs,
	sourceHint,
	swingCells,
	unitSuffix,
	visibleLabel,
} from '../../src/lib/calculator/view';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const preset = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase);
const defaults = preset.defaults;
const labels = { a: 'Large', b: 'Tuned', c: 'Small' };
const at = (change: Partial<CalculatorInputs>) => calculate({ ...defaults, ...change });

describe('FIELD_GROUPS', () => {
	it('places every field except volume in exactly one fieldset', () => {
		const placed = FIELD_GROUPS.flatMap((group) => group.fields);
		expect(new Set(placed).size).toBe(placed.length);
		expect([...placed, 'volume'].sort()).toEqual(FIELD_SPECS.map((spec) => spec.field).sort());
	});

	it('folds the advanced groups, and a link opens those it sets a field of', () => {
		expect(FIELD_GROUPS.filter((group) => group.folded).map((group) => group.id)).toEqual([
			'training',
			'retrieval',
			'latency',
			'long-context',
			'currency',
		]);
		expect(groupsOpenedBy(['volume', 'ragA', 'usdRate', 'aInputPrice'])).toEqual(['retrieval', 'currency']);
		expect(groupsOpenedBy(['bTtftMs', 'epochs'])).toEqual(['training', 'latency']);
	});
});

describe('isFieldShown', () => {
	it.each([
		// GPU fields only for dedicated serving; per-token prices only per token.
		{ field: 'gpuPrefillThroughput', change: {}, shown: false },
		{ field: 'gpuPrefillThroughput', change: { bServing: 'dedicated' }, shown: true },
		{ field: 'bInputPrice', change: { bServing: 'dedicated' }, shown: false },
		// The peak matters to an always-on fleet, the traffic hours to one that follows the traffic.
		{ field: 'peakToAverage', change: { bServing: 'dedicated', alwaysOn: true }, shown: true },
		{ field: 'trafficHoursPerDay', change: { bServing: 'dedicated', alwaysOn: true }, shown: false },
		{ field: 'trafficHoursPerDay', change: { bServing: 'dedicated', alwaysOn: false }, shown: true },
		// The exchange rate and its date only for a currency other than USD.
		{ field: 'rateDate', change: {}, shown: false },
		{ field: 'rateDate', change: { currency: 'EUR' }, shown: true },
		// C's fields follow its toggle; the toggle itself always shows.
		{ field: 'cReasoningTokens', change: { includeC: false }, shown: false },
		{ field: 'includeC', change: { includeC: false }, shown: true },
		// Retrieval settings only when some option retrieves.
		{ field: 'retrievedRepeats', change: {}, shown: false },
		{ field: 'retrievedRepeats', change: { ragB: true }, shown: true },
		// Long-context prices only with a tier.
		{ field: 'aLongInputPrice', change: {}, shown: true },
		{ field: 'aLongInputPrice', change: { aLongInputThreshold: 0 }, shown: false },
		{ field: 'aLongInputThreshold', change: { aLongInputThreshold: 0 }, shown: true },
	] as const)('$field with $change → $shown', ({ field, change, shown }) => {
		expect(isFieldShown(field, { ...defaults, ...change })).toBe(shown);
	});
});

describe('labels', () => {
	it('drop the option’s name inside its own fieldset only', () => {
		expect(visibleLabel(specOf('aInputPrice'), 'a')).toBe('Input price');
		expect(visibleLabel(specOf('aTtftMs'), null)).toBe('Large base model (A): time to first token');
		expect(unitSuffix(specOf('outputTokens'))).toBe(' (tokens per call)');
		expect(unitSuffix(specOf('currency'))).toBe('');
	});

	it('say where a preset figure comes from', () => {
		expect(sourceHint('aInputPrice', preset.sources)).toBe(
			'Preset figure: developers.openai.com, read 2026-09-23 via @pydantic/genai-prices 0.1.8.',
		);
		expect(sourceHint('trainingPrice', preset.sources)).toBe('Preset figure: example.com, read 2026-11-27.');
		expect(sourceHint('aInstructionTokens', preset.sources)).toBeNull();
	});
});

describe('one break-even figure everywhere', () => {
	it.each([
		// Whole calls, rounded up: from 136,243 calls, not "140K" in one place and 136,243 in another.
		[136_242.3, 'from 136,243 calls a month'],
		[0, 'at any volume'],
		[null, 'never'],
	])('%s reads %j', (volume, text) => {
		expect(breakEvenText(volume)).toBe(text);
	});
});

describe('answerSentence', () => {
	it('states the saving and the payback when B is cheaper', () => {
		// At 2M calls: A $17,400, B $530.40: saves $16,869.60; payback 1,502.40 ÷ (17,400 − 280) × 30.4167 = 2.7 days.
		expect(answerSentence(at({ volume: 2_000_000 }), labels, {})).toBe(
			'B saves $16,869.60 a month against A and repays one training run in 3 days.',
		);
	});

	it('says when B costs more, and when C is cheaper than B', () => {
		// At 1,000 calls: A $8.70, B $0.14 + $250.40 = $250.54, C $0.435.
		expect(answerSentence(at({ volume: 1000, includeC: false }), { ...labels, c: null }, {})).toBe(
			'B costs $241.84 a month more than A.',
		);
		expect(answerSentence(at({ volume: 2_000_000, cInputPrice: 0, cOutputPrice: 0 }), labels, {})).toMatch(
			/C \(Small\) is \$530\.40 a month cheaper than B: check whether it is good enough before training\.$/,
		);
	});

	it('names the figures B lacks instead of a number', () => {
		const missing = at({ bInputPrice: null, bOutputPrice: null });
		expect(missing.results).toBeNull();
		expect(answerSentence(missing, labels, {})).toBe(
			`B needs figures no source gave for this preset (per-token input price, per-token output price): ${NO_FIGURE}.`,
		);
		expect(missingSentence(missing)).toBe(answerSentence(missing, labels, {}));
	});
});

describe('table cells', () => {
	it('write an option’s figures, and say so where B has none', () => {
		const calculation = at({ volume: 2_000_000 });
		// A: $17,400 ÷ 2M = $0.0087 a call, $208,800 a year, 3,725 ms over a 2,000 ms budget.
		expect(optionCells(calculation.a, {}, 2000)).toEqual([
			'$0.0087',
			'$17,400.00',
			'$208,800.00',
			'3.7 s',
			'no',
		]);
		expect(optionCells(null, {}, 2000)).toEqual([NO_FIGURE, NO_FIGURE, NO_FIGURE, '–', '–']);
		expect(budgetHeading(2000)).toBe('Within 2.0 s');
		expect(budgetHeading(0)).toBe('Within budget');
	});

	it('write a sensitivity row with both ends', () => {
		const [volume] = sensitivity(defaults) ?? [];
		if (volume === undefined) throw new Error('no swing');
		expect(swingCells(volume, {})).toEqual([
			'Monthly volume',
			'500,000 calls per month: saves $4,029.60 a month, breaks even from 29,253 calls a month',
			'1,500,000 calls per month: saves $12,589.60 a month, breaks even from 29,253 calls a month',
		]);
	});
});

describe('printedInputs', () => {
	it('lists the volume first, then only the fields that matter, with units and names', () => {
		const rows = printedInputs({ ...defaults, volume: 2_000_000 });
		expect(rows[0]).toEqual({ label: 'Monthly volume (calls per month)', value: '2000000' });
		expect(rows.some((row) => row.label.includes('GPU'))).toBe(false);
		expect(rows).toContainEqual({ label: 'Large base model (A): input price ($ per 1M tokens)', value: '2' });
	});

	it('prints an empty sourced figure as such', () => {
		const dedicated = resolvePreset(DEDICATED_PRESET, PRICES, lookupBase).defaults;
		const rows = printedInputs({ ...dedicated, gpuHourPrice: null });
		expect(rows).toContainEqual({
			label: 'Fine-tuned model (B): GPU price ($ per GPU-hour)',
			value: NO_FIGURE,
		});
	});
});

describe('chartSeries', () => {
	it('reads lines and markers from the curve, in the display currency', () => {
		const calculation = at({ volume: 2_000_000 });
		const series = chartSeries(calculation.curve, labels, { currency: 'EUR', unitsPerUsd: 0.5 });
		expect(series.lines.map((line) => line.label)).toEqual(['A: Large', 'B: Tuned', 'C: Small']);
		expect(series.reader.map((point) => point.x)).toEqual([2e6, 2e6, 2e6]);
		expect(series.breakEven?.x).toBe(calculation.results?.breakEvenVolume);
		expect(series.lines[0]?.points[0]?.y).toBe((calculation.curve[0]?.a ?? 0) * 0.5);
	});

	it('draws no B line and no break-even while B lacks a figure', () => {
		const series = chartSeries(at({ bInputPrice: null }).curve, labels, {});
		expect(series.lines.map((line) => line.id)).toEqual(['a', 'c']);
		expect(series.breakEven).toBeNull();
	});
});
