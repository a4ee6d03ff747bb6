import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { numberCitations, parseReferences } from '../../src/lib/references';

const valid = {
	id: 'hu-2021-lora',
	title: 'LoRA: Low-Rank Adaptation of Large Language Models',
	authors: 'Hu et al.',
	publisher: 'ICLR 2022 (arXiv:2106.09685)',
	year: 2021,
	url: 'https://arxiv.org/abs/2106.09685',
	accessed: '2026-11-27',
};

describe('parseReferences', () => {
	it('accepts the committed reference list', () => {
		const list = parseReferences(parseYaml(readFileSync('content/references.yaml', 'utf8')));
		expect(list.length).toBeGreaterThanOrEqual(8);
	});

	it.each([
		// Ids end up in URLs and anchors.
		[{ ...valid, id: 'Hu 2021' }, /lowercase slugs/],
		// Sources are linked over https only.
		[{ ...valid, url: 'http://arxiv.org/abs/2106.09685' }, /https/],
		// Dates must be unambiguous.
		[{ ...valid, accessed: '27/11/2026' }, /YYYY-MM-DD/],
	])('rejects a bad entry with a message naming the problem (%#)', (entry, message) => {
		expect(() => parseReferences([entry])).toThrow(message);
	});

	it('rejects an id listed twice', () => {
		expect(() => parseReferences([valid, valid])).toThrow(/listed twice/);
	});
});

describe('numberCitations', () => {
	it('numbers sources by first appearance and reuses the number on repeat', () => {
		expect([...numberCitations(['b', 'a', 'b', 'c'])]).toEqual([
			['b', 1],
			['a', 2],
			['c', 3],
		]);
	});
});
