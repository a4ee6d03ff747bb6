import { describe, expect, it } from 'vitest';
import { retiredPageHtml } from '../../src/lib/decision/retired-page';

const html = retiredPageHtml({
	from: '/decide/cost-at-scale/open-ended/',
	to: '/decide/cost-at-scale/smaller-falls-short/open-ended/',
	toTitle: 'Verdict: Cheaper calls <to> the model',
	retired: '2026-11-28',
	siteUrl: 'https://example.org',
});

describe('retiredPageHtml', () => {
	it('refreshes at once to the live page, with the fragment that explains the move', () => {
		expect(html).toContain(
			'<meta http-equiv="refresh" content="0; url=/decide/cost-at-scale/smaller-falls-short/open-ended/#retired-path">',
		);
	});

	it('names the live page as canonical, without the fragment', () => {
		expect(html).toContain(
			'<link rel="canonical" href="https://example.org/decide/cost-at-scale/smaller-falls-short/open-ended/">',
		);
	});

	it('shows a link to follow by hand, and says when and why the path was retired', () => {
		expect(html).toContain(
			'<a href="/decide/cost-at-scale/smaller-falls-short/open-ended/#retired-path">Verdict: Cheaper calls &#60;to&#62; the model</a>',
		);
		expect(html).toContain("The flowchart's rules changed on 2026-11-28");
		expect(html).toMatch(/<html lang="en">[\s\S]*<title>Path retired: /);
	});

	it('keeps itself out of search results and allows no scripts', () => {
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain("default-src 'none'");
		expect(html).not.toContain('<script');
	});
});
