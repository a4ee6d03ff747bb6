import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { calculatorHref, nextStepHref, type CalculatorStep } from '../../src/lib/calculator/link';
import { loadDecisionGraph } from '../../src/lib/decision-graph';
import { readSnapshots } from '../../src/lib/calculator/snapshot-files';
import { newestSnapshot } from '../../src/lib/calculator/snapshots';

describe('calculatorHref', () => {
	describe.each<{ step: CalculatorStep; expected: string }>([
		// A bare step opens the calculator at today's prices (the newest snapshot).
		{ step: { label: 'Open', calculator: true }, expected: '/guide/cost-calculator/?s=2026-11-28' },
		// The preset goes in `p`.
		{
			step: { label: 'Open', calculator: true, preset: 'lora-per-token' },
			expected: '/guide/cost-calculator/?s=2026-11-28&p=lora-per-token',
		},
		// Volume is written as a plain integer in `v`, never with separators or exponents.
		{
			step: { label: 'Open', calculator: true, preset: 'lora-dedicated', volume: 2_000_000 },
			expected: '/guide/cost-calculator/?s=2026-11-28&p=lora-dedicated&v=2000000',
		},
		// Retrieval switches on the flag of every option.
		{
			step: { label: 'Open', calculator: true, preset: 'lora-dedicated', volume: 1000, retrieval: true },
			expected: '/guide/cost-calculator/?s=2026-11-28&p=lora-dedicated&v=1000&ra=1&rb=1&rc=1',
		},
		// `retrieval: false` is the calculator's default, so it adds nothing.
		{
			step: { label: 'Open', calculator: true, retrieval: false },
			expected: '/guide/cost-calculator/?s=2026-11-28',
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
			expected: '/guide/cost-calculator/?s=2026-11-28&v=5',
		},
	])('links $step.label to $expected', ({ step, expected }) => {
		expect(nextStepHref(step)).toBe(expected);
	});

	it('gives every calculator step of the real graph a preset today’s snapshot has', () => {
		const graph = loadDecisionGraph(parseYaml(readFileSync('content/decision-graph.yaml', 'utf8')));
		const presets = new Set(newestSnapshot(readSnapshots()).presets.map((p) => p.id));
		for (const step of graph.outcomes.flatMap((outcome) => outcome.nextSteps)) {
			if (!('calculator' in step)) continue;
			const preset = new URL(calculatorHref(step), 'https://site.invalid').searchParams.get('p');
			expect(preset === null || presets.has(preset), `preset ${preset}`).toBe(true);
		}
	});
});
