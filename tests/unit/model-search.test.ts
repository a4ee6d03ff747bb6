import { describe, expect, it } from 'vitest';
import { decodeModelList } from '../../src/lib/calculator/model-list';
import {
	MAX_QUERY,
	queryWords,
	searchIndex,
	searchModels,
	versionOf,
} from '../../src/lib/calculator/model-search';
import { readModelListText } from '../../src/lib/calculator/snapshot-files';
import { fasterOfTwo } from './fixtures/timing';

const list = decodeModelList(JSON.parse(readModelListText('2026-11-28')));
const index = searchIndex(list.models);
const keys = (query: string, limit = 50): string[] =>
	searchModels(index, query, limit).matches.map((model) => model.key);

describe('searching the 2026-11-28 model list', () => {
	it.each([
		// The newest Sonnet from Anthropic's own API first, then older versions, then resellers.
		['sonnet', ['anthropic:claude-sonnet-5', 'anthropic:claude-sonnet-4-6', 'anthropic:claude-sonnet-4-5']],
		// Words in any order and any case.
		['Sonnet ANTHROPIC', ['anthropic:claude-sonnet-5', 'anthropic:claude-sonnet-4-6']],
		// Two words, each anywhere in the name: the plain model before its variants of the same version.
		[
			'gemini flash',
			[
				'google:gemini-3.8-flash',
				'google:gemini-3.7-flash',
				'google:gemini-3.6-flash',
				'google:gemini-3.5-flash',
				'google:gemini-3.5-flash-lite',
			],
		],
		// An id as the provider writes it, punctuation and all.
		[
			'gemini-2.5-flash',
			['google:gemini-2.5-flash', 'google:gemini-2.5-flash-tts', 'google:gemini-2.5-flash-lite'],
		],
		// Names run together match too.
		['claudesonnet45', ['anthropic:claude-sonnet-4-5']],
		['text-embedding-3-small', ['azure:text-embedding-3-small', 'openai:text-embedding-3-small']],
	])('"%s" lists %j first', (query, first) => {
		expect(keys(query).slice(0, first.length)).toEqual(first);
	});

	it('finds only models holding every word', () => {
		const matches = searchModels(index, 'gemini flash', 1000).matches;
		expect(matches.length).toBeGreaterThan(10);
		for (const model of matches) {
			const text = `${model.provider.name} ${model.name} ${model.id}`.toLowerCase();
			expect(text, model.key).toContain('gemini');
			expect(text, model.key).toContain('flash');
		}
	});

	it('ranks a maker’s own model above the same model through a router, and deprecated models last', () => {
		const found = keys('claude sonnet 4.5', 1000);
		expect(found.indexOf('anthropic:claude-sonnet-4-5')).toBeLessThan(
			found.indexOf('openrouter:anthropic/claude-sonnet-4.5'),
		);
		const all = searchModels(index, 'llama', 1000).matches;
		const firstDeprecated = all.findIndex((model) => model.flags.includes('deprecated'));
		expect(firstDeprecated).toBeGreaterThan(0);
		expect(all.slice(firstDeprecated).every((model) => model.flags.includes('deprecated'))).toBe(true);
	});

	it('counts every match and lists the first ones', () => {
		const result = searchModels(index, 'gpt', 10);
		expect(result.matches).toHaveLength(10);
		expect(result.total).toBeGreaterThan(100);
		expect(searchModels(index, '').total).toBe(list.models.length);
		expect(searchModels(index, 'no such model anywhere').total).toBe(0);
	});

	it('takes a millisecond or so per keystroke, whatever is pasted', () => {
		const pasted = 'sonnet '.repeat(10_000);
		const ms = fasterOfTwo(() => searchModels(index, pasted));
		expect(ms).toBeLessThan(50);
	});
});

describe('queryWords', () => {
	it.each<[string, string[]]>([
		['  Gemini   Flash ', ['gemini', 'flash']],
		['gpt-6/sol', ['gpt', '6', 'sol']],
		// Dots stay: version numbers like 2.5 are one word.
		['gemini 2.5', ['gemini', '2.5']],
		['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
	])('%j → %j', (query, words) => {
		expect(queryWords(query)).toEqual(words);
	});

	it(`reads at most ${MAX_QUERY} characters`, () => {
		expect(queryWords(`${'x'.repeat(MAX_QUERY)} sonnet`)).toEqual(['x'.repeat(MAX_QUERY)]);
	});
});

describe('versionOf', () => {
	it.each<[string, number[]]>([
		['claude-sonnet-4-5', [4, 5]],
		['gemini-2.5-flash', [2.5]],
		// Dates are not versions.
		['claude-sonnet-4-20250514', [4]],
		['gpt-6-sol', [6]],
		['mistral-large-latest', []],
	])('%s → %j', (id, version) => {
		expect(versionOf(id)).toEqual(version);
	});
});
