import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkField,
	defaultsFromPreset,
	describeRange,
	FIELD_SPEC_BY_FIELD,
	FIELD_SPECS,
	parseCalculatorQuery,
	resolvePreset,
	serialiseCalculatorQuery,
	toCostModelInputs,
	validateInputs,
	type CalculatorInputs,
	type FieldSpec,
	type NumericFieldSpec,
} from '../../src/lib/calculator/fields';
import { evaluateCostModel } from '../../src/lib/calculator/cost-model';
import { DEDICATED_PRESET, lookupBase, PER_TOKEN_PRESET, PRICES } from './fixtures/calculator';

const defaults = defaultsFromPreset(PER_TOKEN_PRESET, PRICES, lookupBase);
const spec = (field: keyof CalculatorInputs): FieldSpec => {
	const found = FIELD_SPEC_BY_FIELD.get(field);
	if (found === undefined) throw new Error(`no spec for ${field}`);
	return found;
};

describe('field table', () => {
	it('has one row per input, with unique fields and URL keys', () => {
		const fields = FIELD_SPECS.map((row) => row.field);
		const keys = FIELD_SPECS.map((row) => row.key);
		expect(new Set(fields).size).toBe(fields.length);
		expect(new Set(keys).size).toBe(keys.length);
		expect([...fields].sort()).toEqual(Object.keys(defaults).sort());
	});

	it('keeps keys short and URL-safe', () => {
		for (const row of FIELD_SPECS) expect(row.key).toMatch(/^[a-z]{1,3}$/);
	});

	it('gives every numeric field a sensible range and step', () => {
		for (const row of FIELD_SPECS) {
			if (row.kind === 'boolean' || row.kind === 'choice' || row.kind === 'currency') continue;
			expect(row.min).toBeLessThan(row.max);
			expect(row.step).toBeGreaterThan(0);
			expect(row.unit).not.toBe('');
		}
	});

	it('describes ranges in words', () => {
		expect(describeRange(spec('volume') as NumericFieldSpec)).toBe(
			'a number from 0 to 1,000,000,000,000 (calls per month)',
		);
		expect(describeRange(spec('epochs') as NumericFieldSpec)).toBe('a whole number from 1 to 100 (passes)');
	});
});

describe('resolvePreset', () => {
	it('fills the per-token preset from base-model and curated prices', () => {
		const resolved = resolvePreset(PER_TOKEN_PRESET, PRICES, lookupBase);
		expect(resolved.defaults).toMatchObject({
			volume: 1_000_000,
			currency: 'USD',
			usdRate: 1,
			includeC: true,
			aInputPrice: 2,
			aOutputPrice: 10,
			aCachedInputPrice: 0.2,
			cInputPrice: 0.1,
			cOutputPrice: 0.5,
			embeddingPrice: 0.02,
			bServing: 'per-token',
			bInputPrice: 0.2,
			bOutputPrice: 0.2,
			trainingPrice: 0.5,
			bTtftMs: 200,
			bOutputTokensPerSecond: 150,
			retrievalLatencyMs: 100,
		});
		expect(resolved.labels).toEqual({ a: 'GPT-6 Sol', b: 'Llama 3.1 8B + LoRA', c: 'GPT-6 Luna' });
		expect(resolved.notice).toBeNull();
		expect(resolved.sources.map((source) => source.label)).toEqual([
			'Option A, GPT-6 Sol (openai/gpt-6-sol): input $2, cached input $0.2, output $10 per 1M tokens',
			'Option C, GPT-6 Luna (openai/gpt-6-luna): input $0.1, cached input $0.01, output $0.5 per 1M tokens',
			'Retrieval embedding, text embedding 3 (openai/text-embedding-3-small): input $0.02 per 1M tokens',
			'Host, Up to 16B: training $0.5 per 1M tokens',
			'Host, LoRA: serving $0.2 input, $0.2 output per 1M tokens',
		]);
	});

	it('takes dedicated GPU price, throughput and latency from the curated figures', () => {
		const resolved = resolvePreset(
			{ ...DEDICATED_PRESET, notice: 'Check availability.' },
			PRICES,
			lookupBase,
		);
		expect(resolved.defaults).toMatchObject({
			bServing: 'dedicated',
			gpuHourPrice: 3.89,
			gpuThroughput: 4678.88,
			bTtftMs: 36.34,
			bInputPrice: 0,
		});
		// One stream's speed is 1000 ÷ 5.19 ms per token = 192.68 tokens/s.
		expect(resolved.defaults.bOutputTokensPerSecond).toBeCloseTo(192.678, 3);
		expect(resolved.notice).toBe('Check availability.');
		expect(resolved.sources.map((source) => source.label).slice(3)).toEqual([
			'Host, Up to 16B: training $0.5 per 1M tokens',
			'Host, On demand: A100 80GB at $3.89 per GPU-hour',
			'Bench, 8B at 25 requests: 4,678.88 output tokens/s at concurrency 25, time to first token 36.34 ms',
		]);
	});

	it('mirrors A into C when the preset has no C, with C switched off', () => {
		const { c: _c, ...withoutC } = PER_TOKEN_PRESET;
		const resolved = resolvePreset(withoutC, PRICES, lookupBase);
		expect(resolved.defaults.includeC).toBe(false);
		expect(resolved.defaults.cInputPrice).toBe(2);
		expect(resolved.labels.c).toBeNull();
		expect(resolved.sources).toHaveLength(4);
	});

	it('falls back to the input price when a model has no cached price', () => {
		const noCache = (provider: string, model: string) => ({
			...lookupBase(provider, model),
			cachedInputPerMTok: null,
		});
		expect(defaultsFromPreset(PER_TOKEN_PRESET, PRICES, noCache)).toMatchObject({
			aCachedInputPrice: 2,
			cCachedInputPrice: 0.1,
		});
	});

	it('fails on a reference to a missing figure', () => {
		const broken = { ...PER_TOKEN_PRESET, b: { ...PER_TOKEN_PRESET.b, trainingPrice: 'missing' } };
		expect(() => resolvePreset(broken, PRICES, lookupBase)).toThrow(/no price with id "missing"/);
	});
});

describe('parseCalculatorQuery', () => {
	describe.each<[string, Partial<CalculatorInputs>]>([
		// Nothing set: the defaults.
		['', {}],
		['?', {}],
		// Volumes accept the same shorthand as the form.
		['v=250k', { volume: 250_000 }],
		['?v=1.5M&bs=dedicated', { volume: 1_500_000, bServing: 'dedicated' }],
		['v=250%2C000', { volume: 250_000 }],
		// Booleans as 1/0 or words.
		['ra=1&rb=true&c=0&ao=off', { ragA: true, ragB: true, includeC: false, alwaysOn: false }],
		// Currency codes are upper-cased.
		['cur=eur&fx=0.92', { currency: 'EUR', usdRate: 0.92 }],
		// Decimals, exponents and integers within range.
		['aip=2.5&aop=1e1&tn=5&ach=50', { aInputPrice: 2.5, aOutputPrice: 10, epochs: 5, aCacheHitPercent: 50 }],
		// Surrounding spaces are trimmed.
		['lb=%20500%20', { latencyBudgetMs: 500 }],
		// Unknown keys are ignored.
		['utm_source=x&foo=bar&v=10', { volume: 10 }],
		// Repeated keys: the first wins.
		['v=10&v=20', { volume: 10 }],
	])('%j', (search, expected) => {
		it('reads the inputs without notices', () => {
			const { inputs, notices } = parseCalculatorQuery(search, defaults);
			expect(notices).toEqual({});
			expect(inputs).toEqual({ ...defaults, ...expected });
		});
	});

	describe.each<[string, keyof CalculatorInputs, RegExp]>([
		// Negative, non-numeric, overflowing and hostile values.
		['v=-5', 'volume', /Monthly volume must be a number from 0 to 1,000,000,000,000 \(calls per month\)/],
		['v=abc', 'volume', /Monthly volume must be/],
		['v=1e400', 'volume', /Monthly volume must be/],
		['v=2e12', 'volume', /Monthly volume must be/],
		['v=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'volume', /Monthly volume must be/],
		[
			'aip=-5',
			'aInputPrice',
			/Large base model \(A\): input price must be a number from 0 to 10,000 \(\$ per 1M tokens\)/,
		],
		['aip=abc', 'aInputPrice', /input price must be/],
		['aip=1e400', 'aInputPrice', /input price must be/],
		['aip=%3Cscript%3E', 'aInputPrice', /input price must be/],
		['aip=', 'aInputPrice', /input price must be/],
		['aip=0x10', 'aInputPrice', /input price must be/],
		// Whole numbers only where counts are meant.
		['tn=2.5', 'epochs', /Epochs must be a whole number from 1 to 100 \(passes\)/],
		['tn=0', 'epochs', /Epochs must be a whole number from 1 to 100/],
		// Percentages cap at 100.
		['ach=150', 'aCacheHitPercent', /from 0 to 100 \(%\)/],
		// An exchange rate of zero would erase every amount.
		['fx=0', 'usdRate', /Exchange rate must be a number from 0.000001 to 1,000,000/],
		// Enumerations and flags.
		['bs=gpu', 'bServing', /must be one of: per-token, dedicated/],
		['ao=maybe', 'alwaysOn', /must be 1 \(on\) or 0 \(off\)/],
		['cur=EURO', 'currency', /three-letter ISO 4217 code/],
		['cur=%3Cb%3E', 'currency', /three-letter ISO 4217 code/],
	])('%j', (search, field, message) => {
		it(`keeps the default ${field} and says why`, () => {
			const { inputs, notices } = parseCalculatorQuery(search, defaults);
			expect(inputs).toEqual(defaults);
			expect(notices[field]).toMatch(message);
			expect(notices[field]).toMatch(/Kept the default\.$/);
			// The notice never repeats the raw value, so it is safe to show however it is rendered.
			expect(notices[field]).not.toMatch(/<|script|abc|1e400/);
		});
	});

	it('keeps the valid fields when others are rejected', () => {
		const { inputs, notices } = parseCalculatorQuery('v=2M&aip=-1&bs=dedicated', defaults);
		expect(inputs.volume).toBe(2_000_000);
		expect(inputs.bServing).toBe('dedicated');
		expect(inputs.aInputPrice).toBe(defaults.aInputPrice);
		expect(Object.keys(notices)).toEqual(['aInputPrice']);
	});

	it('never throws, whatever the string', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (key, value, noise) => {
				const search = `${encodeURIComponent(key)}=${encodeURIComponent(value)}&${noise}`;
				expect(() => parseCalculatorQuery(search, defaults)).not.toThrow();
			}),
		);
		const keys = FIELD_SPECS.map((row) => row.key);
		fc.assert(
			fc.property(fc.constantFrom(...keys), fc.string(), (key, value) => {
				const { inputs } = parseCalculatorQuery(`${key}=${encodeURIComponent(value)}`, defaults);
				expect(validateInputs(inputs)).toEqual({});
			}),
		);
	});
});

describe('serialiseCalculatorQuery', () => {
	it('writes nothing for the defaults', () => {
		expect(serialiseCalculatorQuery(defaults, defaults)).toBe('');
	});

	it('writes only changed inputs, in field-table order whatever the order of change', () => {
		const changed: CalculatorInputs = {
			...defaults,
			retrainEveryMonths: 0,
			bServing: 'dedicated',
			volume: 250_000,
			ragA: true,
		};
		expect(serialiseCalculatorQuery(changed, defaults)).toBe('v=250000&ra=1&bs=dedicated&rm=0');
		const reordered: CalculatorInputs = {
			...defaults,
			ragA: true,
			volume: 250_000,
			bServing: 'dedicated',
			retrainEveryMonths: 0,
		};
		expect(serialiseCalculatorQuery(reordered, defaults)).toBe('v=250000&ra=1&bs=dedicated&rm=0');
	});

	it('writes booleans as 0 and 1 and encodes exact numbers', () => {
		const changed: CalculatorInputs = {
			...defaults,
			includeC: false,
			aInputPrice: 0.1 + 0.2,
			currency: 'EUR',
		};
		const query = serialiseCalculatorQuery(changed, defaults);
		expect(query).toBe('cur=EUR&c=0&aip=0.30000000000000004');
		expect(parseCalculatorQuery(query, defaults).inputs.aInputPrice).toBe(0.1 + 0.2);
	});

	// Any valid inputs survive the URL unchanged.
	const valueFor = (row: FieldSpec): fc.Arbitrary<CalculatorInputs[keyof CalculatorInputs]> => {
		switch (row.kind) {
			case 'boolean':
				return fc.boolean();
			case 'choice':
				return fc.constantFrom(...row.options);
			case 'currency':
				return fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'CHF');
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
				const { inputs: read, notices } = parseCalculatorQuery(
					serialiseCalculatorQuery(inputs, defaults),
					defaults,
				);
				expect(notices).toEqual({});
				expect(read).toEqual(inputs);
			}),
		);
	});

	it('produces inputs that pass validation', () => {
		fc.assert(
			fc.property(inputsArb, (inputs) => {
				expect(validateInputs(inputs)).toEqual({});
			}),
		);
	});
});

describe('checkField and validateInputs', () => {
	describe.each<[keyof CalculatorInputs, string, boolean]>([
		['volume', '1.5M', true],
		['volume', '-1', false],
		['epochs', '3', true],
		['epochs', '3.5', false],
		['peakToAverage', '0.5', false],
		['gpuThroughput', '0', false],
		['bServing', 'dedicated', true],
		['currency', 'chf', true],
		['ragC', 'yes', true],
		['ragC', '2', false],
	])('%s = %j', (field, raw, ok) => {
		it(ok ? 'is accepted' : 'is rejected', () => {
			expect(checkField(spec(field), raw).ok).toBe(ok);
		});
	});

	it('flags typed values outside the rules', () => {
		const notices = validateInputs({
			...defaults,
			volume: Number.NaN,
			epochs: 0,
			outputTokens: -1,
			currency: 'nope',
		});
		expect(Object.keys(notices).sort()).toEqual(['currency', 'epochs', 'outputTokens', 'volume']);
		expect(notices.outputTokens).toBe('Output must be a whole number from 0 to 1,000,000 (tokens per call).');
	});

	it('accepts the defaults', () => {
		expect(validateInputs(defaults)).toEqual({});
		expect(validateInputs(defaultsFromPreset(DEDICATED_PRESET, PRICES, lookupBase))).toEqual({});
	});
});

describe('toCostModelInputs', () => {
	it('maps the flat inputs onto the model', () => {
		const model = toCostModelInputs({ ...defaults, aCacheHitPercent: 25, latencyBudgetMs: 0, ragC: true });
		expect(model.monthlyVolume).toBe(1_000_000);
		expect(model.latencyBudgetMs).toBeNull();
		expect(model.a.cacheHitShare).toBe(0.25);
		expect(model.c?.retrieval).toBe(true);
		expect(model.b.serving).toEqual({ mode: 'per-token', inputPricePerMTok: 0.2, outputPricePerMTok: 0.2 });
		expect(model.b.training).toEqual({
			examples: 2000,
			tokensPerExample: 800,
			epochs: 3,
			pricePerMTok: 0.5,
			preparationCost: 1500,
			retrainEveryMonths: 6,
		});
	});

	it('maps dedicated serving and leaves C out when switched off', () => {
		const model = toCostModelInputs({
			...defaultsFromPreset(DEDICATED_PRESET, PRICES, lookupBase),
			includeC: false,
		});
		expect(model.c).toBeNull();
		expect(model.b.serving).toEqual({
			mode: 'dedicated',
			gpuHourPrice: 3.89,
			outputTokensPerSecondPerGpu: 4678.88,
			peakToAverage: 2.5,
			alwaysOn: true,
		});
	});

	it('gives the worked example’s numbers from the preset defaults', () => {
		const results = evaluateCostModel(toCostModelInputs(defaults));
		// A: (3,100 × 2 + 250 × 10) ÷ 1M = $0.0087; B: (450 × 0.2 + 250 × 0.2) ÷ 1M = $0.00014.
		expect(results.a.costPerCall).toBeCloseTo(0.0087, 12);
		expect(results.b.costPerCall).toBeCloseTo(0.00014, 12);
		// Break-even 250.40 ÷ 0.00856 = 29,252.34 calls a month.
		expect(results.breakEvenVolume).toBeCloseTo(29_252.336, 2);
	});
});
