import { describe, expect, it } from 'vitest';
import {
	defaultsFromPreset,
	FIELD_SPECS,
	parsePresetQuery,
	PRESET_KEY,
	serialisePresetQuery,
} from '../../src/lib/calculator/fields';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const perToken = defaultsFromPreset(PER_TOKEN_PRESET, PRICES, lookupBase);
const dedicated = defaultsFromPreset(DEDICATED_PRESET, PRICES, lookupBase);
const presets = { [PER_TOKEN_PRESET.id]: perToken, [DEDICATED_PRESET.id]: dedicated };
const DEFAULT = PER_TOKEN_PRESET.id;

describe('the p (preset) URL key', () => {
	it('is not the key of any field', () => {
		expect(FIELD_SPECS.map((spec) => spec.key)).not.toContain(PRESET_KEY);
	});

	describe.each([
		// The flowchart's link: the default preset named explicitly, with volume and retrieval overrides.
		{
			search: `?p=${DEFAULT}&v=2000000&ra=1&rb=1`,
			preset: DEFAULT,
			changes: { volume: 2_000_000, ragA: true, ragB: true },
		},
		// Another preset: its defaults, then the overrides.
		{ search: `p=${DEDICATED_PRESET.id}&rc=1`, preset: DEDICATED_PRESET.id, changes: { ragC: true } },
		// No p: the default preset.
		{ search: 'v=250k', preset: DEFAULT, changes: { volume: 250_000 } },
	])('$search', ({ search, preset, changes }) => {
		it('starts from the named preset and applies the overrides', () => {
			const parsed = parsePresetQuery(search, presets, DEFAULT);
			expect(parsed.presetId).toBe(preset);
			expect(parsed.presetNotice).toBeNull();
			expect(parsed.notices).toEqual({});
			expect(parsed.inputs).toEqual({ ...presets[preset], ...changes });
		});
	});

	it.each([
		// Unknown id, a script and an inherited property name all fall back to the default preset.
		'nope',
		'<script>alert(1)</script>',
		'constructor',
	])('falls back to the default preset for p=%s, with a notice that does not echo it', (value) => {
		const parsed = parsePresetQuery(`?p=${encodeURIComponent(value)}&v=5000`, presets, DEFAULT);
		expect(parsed.presetId).toBe(DEFAULT);
		expect(parsed.inputs).toEqual({ ...perToken, volume: 5000 });
		expect(parsed.presetNotice).toMatch(/does not have/);
		expect(parsed.presetNotice).not.toContain(value);
	});

	it('writes p only for a preset other than the default, and only the fields that differ from it', () => {
		expect(serialisePresetQuery(DEFAULT, perToken, presets, DEFAULT)).toBe('');
		expect(serialisePresetQuery(DEFAULT, { ...perToken, volume: 2e6 }, presets, DEFAULT)).toBe('v=2000000');
		expect(serialisePresetQuery(DEDICATED_PRESET.id, dedicated, presets, DEFAULT)).toBe(
			`p=${DEDICATED_PRESET.id}`,
		);
		expect(serialisePresetQuery(DEDICATED_PRESET.id, { ...dedicated, ragB: true }, presets, DEFAULT)).toBe(
			`p=${DEDICATED_PRESET.id}&rb=1`,
		);
	});

	it('round-trips: parsing what it writes gives back the preset and the inputs', () => {
		const inputs = {
			...dedicated,
			volume: 123_456,
			bServing: 'per-token' as const,
			currency: 'EUR',
			usdRate: 0.9,
		};
		const query = serialisePresetQuery(DEDICATED_PRESET.id, inputs, presets, DEFAULT);
		const parsed = parsePresetQuery(query, presets, DEFAULT);
		expect(parsed.presetId).toBe(DEDICATED_PRESET.id);
		expect(parsed.inputs).toEqual(inputs);
	});

	it('throws for a default preset that does not exist: a programming error, not reader input', () => {
		expect(() => parsePresetQuery('', presets, 'missing')).toThrow(/no preset with id "missing"/);
		expect(() => serialisePresetQuery('missing', perToken, presets, DEFAULT)).toThrow(/missing/);
	});
});
