import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LATEST_SNAPSHOT } from '../../src/lib/calculator/latest-snapshot';
import { readSnapshots } from '../../src/lib/calculator/snapshot-files';
import { newestSnapshot } from '../../src/lib/calculator/snapshots';
import { readLink } from '../../src/lib/calculator/url-state';
import { calculatorHref, nextStepHref } from '../../src/lib/decision/calculator-link';
import { loadDecisionGraph } from '../../src/lib/decision/load';
import type { CalculatorStep } from '../../src/lib/decision/schema';

const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
const snapshots = readSnapshots();
const today = newestSnapshot(snapshots);
const S = `s=${LATEST_SNAPSHOT}`;

it('pins the links to the newest price snapshot, so they keep their figures when prices change', () => {
	expect(LATEST_SNAPSHOT).toBe(today.id);
});

describe('calculatorHref', () => {
	describe.each<{ step: CalculatorStep; expected: string }>([
		// A bare step opens the calculator at the build's prices, with that snapshot's default preset.
		{ step: { label: 'Open', calculator: true }, expected: `/guide/cost-calculator/?${S}` },
		// The preset goes in `p`.
		{
			step: { label: 'Open', calculator: true, preset: 'lora-per-token' },
			expected: `/guide/cost-calculator/?${S}&p=lora-per-token`,
		},
		// Volume is written as a plain integer in `v`, never with separators or exponents.
		{
			step: { label: 'Open', calculator: true, preset: 'lora-per-token', volume: 2_000_000 },
			expected: `/guide/cost-calculator/?${S}&p=lora-per-token&v=2000000`,
		},
		// Retrieval switches on the flag of every option.
		{
			step: { label: 'Open', calculator: true, preset: 'lora-dedicated', volume: 1000, retrieval: true },
			expected: `/guide/cost-calculator/?${S}&p=lora-dedicated&v=1000&ra=1&rb=1&rc=1`,
		},
		// `retrieval: false` is the calculator's default, so it adds nothing.
		{ step: { label: 'Open', calculator: true, retrieval: false }, expected: `/guide/cost-calculator/?${S}` },
		// Option C shown; A's instruction tokens.
		{
			step: { label: 'Open', calculator: true, compareSmallerModel: true, instructionTokens: 20_800 },
			expected: `/guide/cost-calculator/?${S}&c=1&ai=20800`,
		},
		// Cache share and batch discount apply to both prompted options, A and C.
		{
			step: { label: 'Open', calculator: true, cacheHitPercent: 80, batchDiscountPercent: 25 },
			expected: `/guide/cost-calculator/?${S}&ach=80&abd=25&cch=80&cbd=25`,
		},
	])('$expected', ({ step, expected }) => {
		it('encodes the step', () => {
			expect(calculatorHref(step)).toBe(expected);
		});
	});
});

describe('nextStepHref', () => {
	it.each([
		// Guide links are used as written.
		{ step: { label: 'Using both', href: '/guide/using-both/' }, expected: '/guide/using-both/' },
		// Calculator steps become calculator URLs.
		{
			step: { label: 'Costs', calculator: true as const, volume: 5 },
			expected: `/guide/cost-calculator/?${S}&v=5`,
		},
	])('links $step.label to $expected', ({ step, expected }) => {
		expect(nextStepHref(step)).toBe(expected);
	});
});

// Every calculator link of the graph, as the calculator itself would read it.
const calculatorSteps = graph.outcomes.flatMap((outcome) =>
	outcome.nextSteps.flatMap((step) => ('calculator' in step ? [{ outcome: outcome.id, step }] : [])),
);

describe.each(calculatorSteps)('the calculator link of $outcome', ({ step }) => {
	const url = new URL(calculatorHref(step), 'https://site.invalid');
	const { inputs, notices, linkNotice, snapshot, preset } = readLink(url.search, snapshots);

	it("opens today's snapshot at a preset it has, without a single rejected value", () => {
		expect(linkNotice).toBeNull();
		expect(snapshot.id).toBe(today.id);
		expect(preset.id).toBe(url.searchParams.get('p') ?? today.defaultPreset);
		expect(notices).toEqual({});
	});

	it('puts the calculator in the state the step names', () => {
		if (step.compareSmallerModel) expect(inputs.includeC).toBe(true);
		if (step.retrieval) expect([inputs.ragA, inputs.ragB, inputs.ragC]).toEqual([true, true, true]);
		if (step.instructionTokens !== undefined) expect(inputs.aInstructionTokens).toBe(step.instructionTokens);
		if (step.cacheHitPercent !== undefined) {
			expect([inputs.aCacheHitPercent, inputs.cCacheHitPercent]).toEqual([
				step.cacheHitPercent,
				step.cacheHitPercent,
			]);
		}
		if (step.batchDiscountPercent !== undefined) {
			expect([inputs.aBatchDiscountPercent, inputs.cBatchDiscountPercent]).toEqual([
				step.batchDiscountPercent,
				step.batchDiscountPercent,
			]);
		}
		if (step.volume !== undefined) expect(inputs.volume).toBe(step.volume);
	});
});

it('links the calculator from every cost verdict in the state that tests it', () => {
	const stateOf = (id: string) => calculatorSteps.find((entry) => entry.outcome === id)?.step;
	// A smaller prompted model is option C.
	expect(stateOf('smaller-model')?.compareSmallerModel).toBe(true);
	// Cheaper calls: caching and batching set, beside option C for routing.
	expect(stateOf('cheaper-calls')).toMatchObject({
		cacheHitPercent: 80,
		batchDiscountPercent: 25,
		compareSmallerModel: true,
	});
	// Facts in the prompt: a large cached prefix on option A (800 instruction tokens + 20,000 of facts).
	expect(stateOf('long-context')).toMatchObject({ instructionTokens: 20_800, cacheHitPercent: 90 });
});
