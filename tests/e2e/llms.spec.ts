import { test, expect } from './test-utils';

/** The links of an llms.txt file: `- [title](url): description`. */
function listedLinks(text: string): string[] {
	return [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gm)].map((match) => match[1] ?? '');
}

test('llms.txt follows the convention and every page it lists is served as text', async ({ request }) => {
	const response = await request.get('/llms.txt');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/plain/);
	const text = await response.text();
	expect(text).toMatch(/^# RAG or fine-tuning\?\n\n> \S/);
	expect(text).toMatch(/^## The guide$/m);

	const links = listedLinks(text);
	expect(links).toContainEqual(expect.stringMatching(/\/guide\/research\.md$/));
	expect(links.some((link) => link.includes('404'))).toBe(false);
	for (const link of links) {
		// Links are absolute for the deployed domain; the path is what this server answers.
		const path = new URL(link).pathname;
		const page = await request.get(path);
		expect(page.status(), path).toBe(200);
		expect(page.headers()['content-type'], path).toMatch(/^text\//);
		expect((await page.text()).startsWith('# '), path).toBe(true);
	}
});

test('an article’s Markdown copy has its heading, plain citation markers and its sources', async ({
	request,
}) => {
	const response = await request.get('/guide/how-rag-works.md');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
	const text = await response.text();
	expect(text).toMatch(/^# How retrieval works\n/);
	expect(text).toContain('## The four steps');
	expect(text).not.toContain('<Cite');
	expect(text).toMatch(/\[1\]/);
	expect(text).toMatch(/## Sources\n\n1\. Lewis, .*\(2020\)\. \[Retrieval-Augmented Generation/);
});
