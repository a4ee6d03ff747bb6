import { describe, expect, it } from 'vitest';
import { embedPathOf, fullPathOf, iframeSnippet, verdictEmbedHeight } from '../../src/lib/site/embed';

describe('embedPathOf and fullPathOf', () => {
	it.each([
		['/decide/behaviour-fine/permissioned/', '/embed/decide/behaviour-fine/permissioned/'],
		['/guide/cost-calculator/', '/embed/calculator/'],
		// The calculator's state travels in the query, so the view shows the same figures.
		['/guide/cost-calculator/?s=2026-11-28&v=250k', '/embed/calculator/?s=2026-11-28&v=250k'],
	])('%s ↔ %s', (page, embed) => {
		expect(embedPathOf(page)).toBe(embed);
		expect(fullPathOf(embed)).toBe(page);
	});

	it.each(['/', '/decide/', '/guide/when-to-use-rag/', '/embed/calculator/'])(
		'%s has no embeddable view',
		(page) => {
			expect(embedPathOf(page)).toBeNull();
		},
	);

	it.each(['/embed/', '/embed/decide/', '/guide/cost-calculator/'])('%s is no embeddable view', (path) => {
		expect(fullPathOf(path)).toBeNull();
	});
});

describe('iframeSnippet', () => {
	it('writes a full-width, borderless, lazily loaded frame that may copy to the clipboard', () => {
		expect(
			iframeSnippet({
				src: 'https://guide.example/embed/calculator/?v=1&c=1',
				title: 'Cost "A" <B>',
				height: 412.3,
			}),
		).toBe(
			'<iframe src="https://guide.example/embed/calculator/?v=1&amp;c=1" title="Cost &quot;A&quot; &lt;B>" ' +
				'width="100%" height="413" style="border: 0; max-width: 100%" loading="lazy" allow="clipboard-write"></iframe>',
		);
	});
});

describe('verdictEmbedHeight', () => {
	it('adds 24 px a line of verdict, question and answer, and 8 px a step, to the 216 px of fixed parts', () => {
		// Verdict of 71 characters: 2 lines at 70 a line. Steps: a 73-character question (2 lines at 72) with a
		// short answer (1 line), and a short question with a 61-character answer (1 + 2 lines at 60).
		// 216 + 24 × (2 + 3 + 3) + 8 × 2 = 424.
		const steps = [
			{ question: 'q'.repeat(73), answer: 'Yes' },
			{ question: 'Short?', answer: 'a'.repeat(61) },
		];
		expect(verdictEmbedHeight('v'.repeat(71), steps)).toBe(424);
	});
});
