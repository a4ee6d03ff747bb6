import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_SPECS, specOf, type CalculatorInputs, type FieldSpec } from '../../src/lib/calculator/fields';
import { PRESET_KEY, SNAPSHOT_KEY } from '../../src/lib/calculator/snapshots';
import {
	atSnapshot,
	overridesOf,
	readLink,
	readOverrides,
	writeLink,
} from '../../src/lib/calculator/url-state';
import { testSnapshot } from './fixtures/calculator';
import { fasterOfTwo } from './fixtures/timing';

const older = testSnapshot('2026-11-27');
// A newer snapshot whose base-model prices are twice the older ones, with the dedicated preset as default.
const newer = testSnapshot('2026-11-28', 2, 'dedicated');
const snapshots = [older, newer];

describe('readLink', () => {
	it('reads a link without a snapshot key against the first snapshot and its default preset', () => {
		const state = readLink('?v=2000000', snapshots);
		expect(state.snapshot.id).toBe('2026-11-27');
		expect(state.preset.id).toBe('per-token');
		expect(state.inputs).toEqual({ ...older.presets[0]?.defaults, volume: 2_000_000 });
		expect(state.keys).toEqual(['volume']);
		expect(state.linkNotice).toBeNull();
	});

	it('reads the named snapshot and preset, then applies the other keys', () => {
		const state = readLink('s=2026-11-28&p=per-token&ra=1&aip=3', snapshots);
		expect(state.snapshot.id).toBe('2026-11-28');
		expect(state.inputs.aInputPrice).toBe(3);
		expect(state.inputs.ragA).toBe(true);
		// The newer snapshot's own figures elsewhere: $10 output × 2.
		expect(state.inputs.aOutputPrice).toBe(20);
		expect(state.overrides).toEqual({ ragA: true, aInputPrice: 3 });
	});

	it.each([
		// An unknown snapshot: today's prices, with a notice that does not echo the text.
		['s=1999-01-01&p=per-token', '2026-11-28', /snapshot this calculator does not have/],
		['s=%3Cscript%3E', '2026-11-28', /snapshot this calculator does not have/],
		// An unknown preset, or an inherited property name: the snapshot's default preset.
		['s=2026-11-27&p=constructor', '2026-11-27', /preset this calculator does not have/],
	])('falls back for %s', (search, snapshot, notice) => {
		const state = readLink(search, snapshots);
		expect(state.snapshot.id).toBe(snapshot);
		expect(state.linkNotice).toMatch(notice);
		expect(state.linkNotice).not.toMatch(/script|1999|constructor/);
	});

	it('keeps the preset figure for a rejected value and says why, next to the field', () => {
		const state = readLink('v=-5&ot=abc&gh=&cur=%3Cb%3E', snapshots);
		expect(state.inputs).toEqual(older.presets[0]?.defaults);
		expect(state.keys).toEqual(['volume', 'currency', 'outputTokens', 'gpuHourPrice']);
		expect(state.notices.volume).toMatch(
			/^Monthly volume must be a number from 0 to .*Kept the preset's figure\.$/,
		);
		expect(state.notices.outputTokens).toMatch(/^Output must be a whole number/);
		expect(state.notices.currency).not.toMatch(/<b>/);
	});

	it('never throws and never takes more than a few milliseconds, whatever the query', () => {
		const keys = ['s', 'p', ...FIELD_SPECS.map((spec) => spec.key)];
		const value = fc.oneof(
			fc.string({ maxLength: 100 }),
			fc.nat({ max: 50_000 }).map((spaces) => `1${' '.repeat(spaces)}x`),
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }),
				fc.string(),
				(pairs, noise) => {
					const search = `${pairs.map(([key, raw]) => `${key}=${encodeURIComponent(raw)}`).join('&')}&${noise}`;
					expect(() => readLink(search, snapshots)).not.toThrow();
					expect(fasterOfTwo(() => readLink(search, snapshots))).toBeLessThan(10);
				},
			),
		);
	});
});

describe('writeLink', () => {
	const preset = older.presets[0];
	if (preset === undefined) throw new Error('no preset');

	it('always names the snapshot and the preset, then only what differs, in field-table order', () => {
		expect(writeLink('2026-11-27', preset, preset.defaults)).toBe('s=2026-11-27&p=per-token');
		const changed: CalculatorInputs = {
			...preset.defaults,
			retrainEveryMonths: 0,
			volume: 250_000,
			ragA: true,
		};
		expect(writeLink('2026-11-27', preset, changed)).toBe('s=2026-11-27&p=per-token&v=250000&ra=1&rm=0');
	});

	it('writes the exchange rate with its date', () => {
		const euros: CalculatorInputs = {
			...preset.defaults,
			currency: 'EUR',
			usdRate: 0.92,
			rateDate: '2026-11-28',
		};
		expect(writeLink('2026-11-27', preset, euros)).toBe(
			's=2026-11-27&p=per-token&cur=EUR&fx=0.92&fxd=2026-11-28',
		);
	});

	// Any valid inputs survive the URL unchanged.
	const valueFor = (row: FieldSpec): fc.Arbitrary<CalculatorInputs[keyof CalculatorInputs]> => {
		switch (row.kind) {
			case 'boolean':
				return fc.boolean();
			case 'choice':
				return fc.constantFrom('per-token', 'dedicated');
			case 'currency':
				return fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'CHF');
			case 'date':
				return fc.constantFrom('', '2026-11-28', '2024-02-29');
			case 'integer':
				return fc.integer({ min: row.min, max: row.max });
			default:
				// +0 and -0 print the same; the form never produces -0.
				return fc
					.double({ min: row.min, max: row.max, noNaN: true })
					.map((value) => (value === 0 ? 0 : value));
		}
	};
	const inputsArb = fc.record(
		Object.fromEntries(FIELD_SPECS.map((row) => [row.field, valueFor(row)])) as {
			[K in keyof CalculatorInputs]: fc.Arbitrary<CalculatorInputs[K]>;
		},
	);

	it('round-trips every valid input through the URL', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				const state = readLink(writeLink('2026-11-27', preset, inputs), snapshots);
				expect(state.notices).toEqual({});
				expect(state.inputs).toEqual(inputs);
			}),
		);
	});
});

describe('the same inputs at another snapshot', () => {
	it('keeps the link’s overrides and takes the other snapshot’s figures', () => {
		const state = readLink('s=2026-11-27&p=per-token&v=5000000&aip=3', snapshots);
		const today = atSnapshot(state, newer);
		expect(today.snapshot.id).toBe('2026-11-28');
		expect(today.inputs.volume).toBe(5_000_000);
		expect(today.inputs.aInputPrice).toBe(3);
		expect(today.inputs.aOutputPrice).toBe(20);
	});

	it('finds what differs from a preset', () => {
		const preset = older.presets[0];
		if (preset === undefined) throw new Error('no preset');
		expect(overridesOf(preset, { ...preset.defaults, volume: 7, includeC: false })).toEqual({
			volume: 7,
			includeC: false,
		});
	});
});

describe('published URL keys', () => {
	const published = JSON.parse(readFileSync('content/calculator-url-keys.json', 'utf8')) as {
		keys: Record<string, string[]>;
	};
	const keys = Object.values(published.keys).flat();

	it('lists every key the calculator writes', () => {
		for (const spec of FIELD_SPECS) expect(keys, spec.field).toContain(spec.key);
		expect(keys).toContain(SNAPSHOT_KEY);
		expect(keys).toContain(PRESET_KEY);
	});

	it('are all still read, by their own field or as an alias', () => {
		for (const key of keys) {
			if (key === SNAPSHOT_KEY || key === PRESET_KEY) continue;
			const spec = FIELD_SPECS.find((row) => row.key === key || (row.aliases ?? []).includes(key));
			expect(spec, key).toBeDefined();
			const sample =
				spec?.kind === 'boolean'
					? '1'
					: spec?.kind === 'choice'
						? 'dedicated'
						: spec?.kind === 'currency'
							? 'EUR'
							: spec?.kind === 'date'
								? '2026-11-28'
								: '1';
			const state = readLink(`s=2026-11-27&${key}=${sample}`, snapshots);
			expect(state.notices, key).toEqual({});
			expect(state.keys, key).toEqual([spec?.field]);
		}
	});

	it('are each documented in the README’s table', () => {
		const readme = readFileSync('README.md', 'utf8');
		for (const key of [SNAPSHOT_KEY, PRESET_KEY, ...FIELD_SPECS.map((spec) => spec.key)])
			expect(readme, key).toMatch(new RegExp(`\\| \`${key}\` +\\|`));
	});

	it('reads a renamed key through its alias, the new key first', () => {
		const renamed: FieldSpec = { ...specOf('volume'), key: 'vol', aliases: ['v'] };
		expect(readOverrides(new URLSearchParams('v=250k'), [renamed]).overrides).toEqual({ volume: 250_000 });
		expect(readOverrides(new URLSearchParams('v=250k&vol=3'), [renamed]).overrides).toEqual({ volume: 3 });
	});
});
