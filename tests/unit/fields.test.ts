import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkField,
	describeRange,
	fieldName,
	FIELD_SPECS,
	isCalendarDate,
	specOf,
	validateInputs,
	type Field,
	type NumericFieldSpec,
} from '../../src/lib/calculator/fields';
import { resolvePreset } from '../../src/lib/calculator/presets';
import { lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';
import { fasterOfTwo } from './fixtures/timing';

const defaults = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase).defaults;

describe('the field table', () => {
	it('has one row per input, with unique fields and short URL-safe keys', () => {
		const fields = FIELD_SPECS.map((row) => row.field);
		const keys = FIELD_SPECS.flatMap((row) => [row.key, ...(row.aliases ?? [])]);
		expect(new Set(fields).size).toBe(fields.length);
		expect(new Set(keys).size).toBe(keys.length);
		expect([...fields].sort()).toEqual(Object.keys(defaults).sort());
		for (const key of keys) expect(key).toMatch(/^[a-z]{1,3}$/);
		expect(keys).not.toContain('s');
		expect(keys).not.toContain('p');
	});

	it('gives every numeric field a range and a unit', () => {
		for (const row of FIELD_SPECS) {
			if (row.kind !== 'number' && row.kind !== 'integer' && row.kind !== 'volume') continue;
			expect(row.min).toBeLessThan(row.max);
			expect(row.unit).not.toBe('');
		}
	});

	it('names a field with its option, and describes ranges in words', () => {
		expect(fieldName(specOf('aInputPrice'))).toBe('Large base model (A): input price');
		expect(fieldName(specOf('outputTokens'))).toBe('Output');
		expect(describeRange(specOf('volume') as NumericFieldSpec)).toBe(
			'a number from 0 to 1,000,000,000,000 (calls per month)',
		);
		expect(describeRange(specOf('epochs') as NumericFieldSpec)).toBe('a whole number from 1 to 100 (passes)');
	});
});

describe('checkField', () => {
	describe.each<[Field, string, boolean]>([
		['volume', '1.5M', true],
		['volume', '50k/day', true],
		['volume', '-1', false],
		['epochs', '3', true],
		['epochs', '3.5', false],
		['peakToAverage', '0.5', false],
		['gpuThroughput', '0', false],
		['gpuUtilisationPercent', '0', false],
		['gpuUtilisationPercent', '70', true],
		['trafficHoursPerDay', '25', false],
		['horizonMonths', '0', false],
		['horizonMonths', '36', true],
		['bServing', 'dedicated', true],
		['bServing', 'gpu', false],
		['currency', 'chf', true],
		['currency', 'EURO', false],
		['ragC', 'yes', true],
		['ragC', '2', false],
		// The exchange rate's date: a real calendar date, or empty.
		['rateDate', '2026-11-28', true],
		['rateDate', '', true],
		['rateDate', '2026-02-30', false],
		['rateDate', '28/11/2026', false],
		['aReasoningTokens', '2000', true],
		['aLongInputThreshold', '0', true],
	])('%s = %j', (field, raw, ok) => {
		it(ok ? 'is accepted' : 'is rejected', () => {
			expect(checkField(specOf(field), raw).ok).toBe(ok);
		});
	});

	it('names the field and its range without echoing the text', () => {
		const check = checkField(specOf('aInputPrice'), '<script>alert(1)</script>');
		expect(check).toEqual({
			ok: false,
			message: 'Large base model (A): input price must be a number from 0 to 10,000 ($ per 1M tokens).',
		});
	});

	it('refuses text longer than 64 characters before any pattern runs', () => {
		const check = checkField(specOf('volume'), `1${' '.repeat(64)}`);
		expect(check).toEqual({ ok: false, message: 'Monthly volume is at most 64 characters long.' });
	});

	it('reads a 100,000-character hostile value within a millisecond budget', () => {
		// 1, 50,000 spaces and x once froze the page for seconds: the old pattern backtracked over the spaces.
		const hostile = `1${' '.repeat(99_998)}x`;
		for (const spec of FIELD_SPECS) expect(checkField(spec, hostile).ok).toBe(false);
		expect(fasterOfTwo(() => FIELD_SPECS.forEach((spec) => checkField(spec, hostile)))).toBeLessThan(20);
	});

	it('never takes more than a few milliseconds on any value', () => {
		const specs = fc.constantFrom(...FIELD_SPECS);
		const text = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc
				.tuple(fc.string({ maxLength: 4 }), fc.nat({ max: 20_000 }), fc.string({ maxLength: 4 }))
				.map(([head, spaces, tail]) => `${head}${' '.repeat(spaces)}${tail}`),
		);
		fc.assert(
			fc.property(specs, text, (spec, raw) => {
				expect(fasterOfTwo(() => checkField(spec, raw))).toBeLessThan(5);
			}),
		);
	});
});

describe('validateInputs', () => {
	it('accepts a preset, its empty sourced figures included', () => {
		expect(validateInputs(defaults)).toEqual({});
		expect(validateInputs({ ...defaults, gpuHourPrice: null })).toEqual({});
	});

	it('flags values outside the rules, and null where a figure is not a sourced one', () => {
		const notices = validateInputs({
			...defaults,
			epochs: 0,
			outputTokens: -1,
			currency: 'nope',
			rateDate: 'x',
		});
		expect(Object.keys(notices).sort()).toEqual(['currency', 'epochs', 'outputTokens', 'rateDate']);
		expect(notices.outputTokens).toBe('Output must be a whole number from 0 to 1,000,000 (tokens per call).');
	});

	it('knows which dates exist', () => {
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2026-13-01')).toBe(false);
	});
});
