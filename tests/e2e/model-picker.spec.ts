import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, chooseTheme, waitForIslands } from './test-utils';

const PATH = '/guide/cost-calculator/';
const NO_FIGURE = 'no sourced figure — enter yours';

/** Open the calculator and wait for it to hydrate. */
async function openCalculator(page: Page, query = ''): Promise<void> {
	await page.goto(`${PATH}${query}`);
	await waitForIslands(page);
}

const changeButton = (page: Page, who: 'A’s' | 'C’s' | 'the embedding') =>
	page.getByRole('button', { name: `Change ${who} model` });
const combobox = (page: Page, title: 'A’s model' | 'C’s model' | 'The embedding model') =>
	page.getByRole('combobox', { name: new RegExp(`^${title}: Search [\\d,]+ models`) });
const listbox = (page: Page) => page.getByRole('listbox');
const priceField = (page: Page, option: 'Large base model (A)' | 'Small base model (C)', price: string) =>
	page.getByRole('textbox', { name: `${option}: ${price} ($ per 1M tokens)`, exact: true });
const answerRow = (page: Page, name: RegExp) =>
	page
		.getByRole('complementary')
		.filter({ has: page.locator('.answer-table') })
		.getByRole('row', { name });

/** Open A's picker from the keyboard and search. */
async function searchForA(page: Page, query: string): Promise<void> {
	await changeButton(page, 'A’s').focus();
	await page.keyboard.press('Enter');
	await expect(combobox(page, 'A’s model')).toBeFocused();
	await page.keyboard.type(query);
	await expect(listbox(page)).toBeVisible();
}

test.describe('choosing a model', () => {
	test('what the reader types while the model list loads is kept and searched once it arrives', async ({
		page,
	}) => {
		await openCalculator(page);
		// A slow connection: the list arrives well after the field has the focus.
		await page.route('**/prices/models/*.json', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 800));
			await route.continue();
		});
		await changeButton(page, 'A’s').click();
		const field = page.getByRole('combobox', { name: /^A’s model: Search the models/ });
		await expect(field).toBeFocused();
		await expect(page.getByText('Loading the model list…')).toBeVisible();
		await page.keyboard.type('sonnet');
		await expect(combobox(page, 'A’s model')).toHaveValue('sonnet');
		await expect(listbox(page).getByRole('option').first()).toContainText('Claude Sonnet');
	});

	test('by keyboard: "sonnet 4.5", Down, Enter fills A’s prices, label and link', async ({ page }) => {
		await openCalculator(page);
		await searchForA(page, 'sonnet 4.5');
		const box = combobox(page, 'A’s model');
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expect(box).not.toHaveAttribute('aria-activedescendant');
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText('Claude Sonnet 4.5');
		await expect(first).toContainText('Anthropic');
		await page.keyboard.press('ArrowDown');
		// DOM focus stays in the text field; the option has visual focus and is named by aria-activedescendant.
		await expect(box).toBeFocused();
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
		await page.keyboard.press('Enter');

		// The picker closes and focus returns to the button, which now describes the chosen model.
		await expect(changeButton(page, 'A’s')).toBeFocused();
		await expect(page.locator('#calc-a-model-current')).toHaveText('Claude Sonnet 4.5 (Anthropic)');
		await expect(priceField(page, 'Large base model (A)', 'Input price')).toHaveValue('3');
		await expect(priceField(page, 'Large base model (A)', 'Output price')).toHaveValue('15');
		await expect(priceField(page, 'Large base model (A)', 'Cached input price')).toHaveValue('0.3');
		await expect(priceField(page, 'Large base model (A)', 'Cache write price')).toHaveValue('3.75');
		// (3,100 input × $3 + 250 output × $15) ÷ 1M = $0.01305 a call; × 1M calls = $13,050 a month.
		await expect(answerRow(page, /^A: Claude Sonnet 4\.5 \(Anthropic\)/)).toContainText('$13,050.00');
		await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-dedicated&am=anthropic%3Aclaude-sonnet-4-5$/);
	});

	test('by pointer: "gemini flash" lists only matching models; a click prices C', async ({ page }) => {
		await openCalculator(page);
		await changeButton(page, 'C’s').click();
		await combobox(page, 'C’s model').fill('gemini flash');
		const options = listbox(page).getByRole('option');
		await expect(options.first()).toContainText('Google');
		for (const text of await options.allTextContents()) expect(text.toLowerCase()).toMatch(/gemini.*flash/);
		await expect(
			page.getByText(/^\d+ models match; the first 50 are listed|^\d+ models match\./),
		).toBeVisible();
		await options.filter({ hasText: /^Gemini 2\.5 Flash Google/ }).click();
		await expect(page.locator('#calc-c-model-current')).toHaveText('Gemini 2.5 Flash (Google)');
		await expect(priceField(page, 'Small base model (C)', 'Input price')).toHaveValue('0.3');
		// (3,100 × $0.30 + 250 × $2.50) ÷ 1M × 1M calls = $930 + $625 = $1,555 a month.
		await expect(answerRow(page, /^C: Gemini 2\.5 Flash \(Google\)/)).toContainText('$1,555.00');
		await expect(page).toHaveURL(/&cm=google%3Agemini-2\.5-flash$/);
	});

	test('the embedding model sets the retrieval’s embedding price', async ({ page }) => {
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&ra=1');
		await changeButton(page, 'the embedding').click();
		await combobox(page, 'The embedding model').fill('text-embedding-3-large');
		await listbox(page).getByRole('option').filter({ hasText: 'OpenAI' }).first().click();
		await expect(page.locator('#calc-embedding-model-current')).toHaveText('text-embedding-3-large (OpenAI)');
		await expect(page.getByRole('textbox', { name: 'Embedding price ($ per 1M tokens)' })).toHaveValue(
			'0.13',
		);
		await expect(page).toHaveURL(/&em=openai%3Atext-embedding-3-large&ra=1$/);
	});

	test('a model without an output price leaves A unpriced, never at $0, and says so', async ({ page }) => {
		await openCalculator(page);
		await changeButton(page, 'A’s').click();
		await combobox(page, 'A’s model').fill('openai text-embedding-3-small');
		const option = listbox(page).getByRole('option').first();
		await expect(option).toContainText('no output price');
		await option.click();
		await expect(page.getByText('No sourced output price: enter yours.')).toBeVisible();
		const output = priceField(page, 'Large base model (A)', 'Output price');
		await expect(output).toHaveValue('');
		await expect(output).toHaveAttribute('placeholder', NO_FIGURE);
		await expect(answerRow(page, /^A: /)).not.toContainText('$0.00');
		await output.fill('1');
		// (3,100 × $0.02 + 250 × $1) ÷ 1M × 1M = $62 + $250 = $312 a month.
		await expect(answerRow(page, /^A: /)).toContainText('$312.00');
	});

	test('a model whose price the data doubts is marked in the list and beside the field', async ({ page }) => {
		await openCalculator(page);
		await changeButton(page, 'A’s').click();
		await combobox(page, 'A’s model').fill('openai gpt-oss-120b');
		const option = listbox(page).getByRole('option').first();
		await expect(option).toContainText('uncertain price');
		await option.click();
		await expect(page.getByText(/^Uncertain price: the price data’s own note/)).toBeVisible();
	});
});

test.describe('overriding and sharing', () => {
	// Chromium fetches the favicon after `load` and cancels it when the page is reloaded: not a fault of the page.
	test.use({ expectedProblems: [/\/favicon\.svg net::ERR_ABORTED$/] });

	test('a typed figure overrides the model’s, and the link round-trips after a reload', async ({ page }) => {
		await openCalculator(page);
		await searchForA(page, 'claude sonnet 4.5');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await priceField(page, 'Large base model (A)', 'Output price').fill('12');
		// (3,100 × $3 + 250 × $12) ÷ 1M × 1M = $9,300 + $3,000 = $12,300 a month.
		await expect(answerRow(page, /^A: Claude Sonnet 4\.5/)).toContainText('$12,300.00');
		await expect(page).toHaveURL(/am=anthropic%3Aclaude-sonnet-4-5&aop=12$/);
		await page.reload();
		await waitForIslands(page);
		await expect(page.locator('#calc-a-model-current')).toHaveText('Claude Sonnet 4.5 (Anthropic)');
		await expect(priceField(page, 'Large base model (A)', 'Output price')).toHaveValue('12');
		await expect(priceField(page, 'Large base model (A)', 'Input price')).toHaveValue('3');
		await expect(answerRow(page, /^A: Claude Sonnet 4\.5/)).toContainText('$12,300.00');
		// Back to the preset's model: GPT-6 Sol's prices return, the typed figure with them.
		await changeButton(page, 'A’s').click();
		await page.getByRole('button', { name: 'A’s model: Back to the preset’s model' }).click();
		await expect(page.locator('#calc-a-model-current')).toHaveText('GPT-6 Sol (the preset’s)');
		await expect(answerRow(page, /^A: GPT-6 Sol/)).toContainText('$8,700.00');
		// Today's default state again: the address carries no calculator keys.
		await expect(page).toHaveURL(/\/guide\/cost-calculator\/$/);
	});

	test.describe('with clipboard access', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
		test('Copy for proposal names the model, its provider and the source of its prices', async ({ page }) => {
			await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&am=anthropic:claude-sonnet-4-5');
			await expect(page.locator('#calc-a-model-current')).toHaveText('Claude Sonnet 4.5 (Anthropic)');
			await page.getByRole('button', { name: 'Copy for proposal' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Copied proposal text' })).toBeVisible();
			const text = await page.evaluate(() => navigator.clipboard.readText());
			expect(text).toMatch(/\| A: Claude Sonnet 4\.5 \(Anthropic\) \| \$0\.01\d* \| \$13,050\.00 \|/);
			expect(text).toMatch(
				/- \[Option A, Claude Sonnet 4\.5 from Anthropic \(anthropic:claude-sonnet-4-5\): input \$3, cached input \$0\.3, cache writes \$3\.75, output \$15 per 1M tokens; above 200,000 input tokens: input \$6, output \$22\.5\]\(https:\/\/[^)]+\), read 2026-09-23 via @pydantic\/genai-prices 0\.1\.8, snapshot 2026-11-28/,
			);
		});
	});
});

test.describe('links naming a model', () => {
	test('a retired or mistyped id gets a notice beside the field; the rest of the link stands', async ({
		page,
	}) => {
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&am=anthropic:claude-retired-1&v=2000000&ra=1');
		await expect(
			page.getByText(
				'A’s model in this link is not in the model list of 2026-11-28 (retired, or mistyped in the link). This shows the preset’s model; the rest of the link is as shared.',
			),
		).toBeVisible();
		await expect(page.locator('#calc-a-model-current')).toHaveText('GPT-6 Sol (the preset’s)');
		await expect(page.getByRole('textbox', { name: 'Monthly volume (calls per month)' })).toHaveValue(
			'2000000',
		);
		// GPT-6 Sol with retrieval at 2M calls: (4,600 × $2 + 250 × $10 + 50 × $0.02) ÷ 1M × 2M = $23,402.
		await expect(answerRow(page, /^A: GPT-6 Sol/)).toContainText('$23,402.00');
		await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-dedicated&v=2000000&ra=1$/);
	});

	test('a link to the first snapshot cannot price a model, and says why', async ({ page }) => {
		await openCalculator(page, '?s=2026-11-27&am=anthropic:claude-sonnet-4-5');
		await expect(
			page.getByText(
				'A’s model in this link cannot be priced: the prices of 2026-11-27 predate the model list. This shows the preset’s model.',
			),
		).toBeVisible();
	});

	test('a link without model keys loads neither the picker nor a model list', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&v=5000000');
		await page.locator('figure.cost-chart').scrollIntoViewIfNeeded();
		await expect(page.locator('figure.cost-chart')).toHaveAttribute('data-status', 'ready');
		// A at 5M calls: $0.0087 × 5M = $43,500, as before models could be chosen.
		await expect(answerRow(page, /^A: GPT-6 Sol/)).toContainText('$43,500.00');
		expect(fetched.filter((path) => /ModelPicker|\/prices\/models\//.test(path))).toEqual([]);
		await changeButton(page, 'A’s').click();
		await expect(combobox(page, 'A’s model')).toBeVisible();
		expect(fetched.filter((path) => path.startsWith('/prices/models/'))).toEqual([
			'/prices/models/2026-11-28.json',
		]);
	});
});

test.describe('the combobox from the keyboard', () => {
	test('Up, Down and Escape follow the pattern; Escape on an empty field leaves the picker', async ({
		page,
	}) => {
		await openCalculator(page);
		await searchForA(page, 'haiku');
		const box = combobox(page, 'A’s model');
		const options = listbox(page).getByRole('option');
		const count = await options.count();
		// Up from the text field goes to the last option, Down then wraps to the first.
		await page.keyboard.press('ArrowUp');
		await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		// Escape closes the list, a second clears the text, a third leaves the picker.
		await page.keyboard.press('Escape');
		await expect(box).toHaveAttribute('aria-expanded', 'false');
		await expect(listbox(page)).toBeHidden();
		await expect(box).toHaveValue('haiku');
		// Alt+Down opens the list without moving visual focus.
		await page.keyboard.press('Alt+ArrowDown');
		await expect(box).toHaveAttribute('aria-expanded', 'true');
		await expect(box).not.toHaveAttribute('aria-activedescendant');
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await expect(box).toHaveValue('');
		await page.keyboard.press('Escape');
		await expect(box).toBeHidden();
		await expect(changeButton(page, 'A’s')).toBeFocused();
		await expect(page.locator('#calc-a-model-current')).toHaveText('GPT-6 Sol (the preset’s)');
	});
});

test.describe('no axe violations with the picker open', () => {
	const open = async (page: Page): Promise<void> => {
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&cm=anthropic:claude-retired-1');
		await expect(page.getByText(/C’s model in this link is not in the model list/)).toBeVisible();
		await searchForA(page, 'sonnet');
		await page.keyboard.press('ArrowDown');
	};

	test('in the light theme', async ({ page }) => {
		await open(page);
		await expectNoAxeViolations(page, 'with the model picker open (light)');
	});

	test('in the dark theme, and at 375 px', async ({ page }) => {
		await open(page);
		await chooseTheme(page, 'dark');
		await changeButton(page, 'C’s').click();
		await expect(combobox(page, 'C’s model')).toBeFocused();
		await page.keyboard.type('gemini');
		await expectNoAxeViolations(page, 'with the model picker open (dark)');
		await page.setViewportSize({ width: 375, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await expectNoAxeViolations(page, 'with the model picker open at 375 px (dark)');
	});
});
