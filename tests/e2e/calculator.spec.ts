import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, chooseTheme, waitForIslands } from './test-utils';

const PATH = '/guide/cost-calculator/';

/** Open the calculator and wait for it to hydrate (it hydrates when visible, so bring it into view). */
async function openCalculator(page: Page, query = ''): Promise<void> {
	await page.goto(`${PATH}${query}`);
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await waitForIslands(page);
}

const volumeField = (page: Page) => page.getByRole('textbox', { name: 'Monthly volume (calls per month)' });
const resultRow = (page: Page, option: RegExp) => page.getByRole('row', { name: option });

test('the preset plus a volume shows the hand-computed figures, break-even and payback', async ({ page }) => {
	await openCalculator(page);
	await volumeField(page).fill('2M');
	// Preset lora-per-token at 2,000,000 calls a month:
	// A (gpt-6-sol, $2 in / $10 out per 1M): (800 + 2000 + 300) × 2 + 250 × 10 = 8,700 $/1M calls → $0.0087 a call,
	//   × 2,000,000 = $17,400.00 a month, $208,800.00 a year.
	// B (LoRA per token, $0.20 / $0.20): (150 + 300) × 0.2 + 250 × 0.2 = 140 $/1M → $0.00014 a call → $280 a month;
	//   training 2000 × 800 × 3 = 4.8M tokens × $0.50 = $2.40 + $1,500 preparation = $1,502.40 a run, ÷ 6 months
	//   = $250.40 a month; total $530.40 a month, $6,364.80 a year.
	// C (gpt-6-luna, $0.10 / $0.50): 3100 × 0.1 + 250 × 0.5 = 435 $/1M → $0.000435 × 2M = $870.00 a month.
	// Savings 17,400 − 530.40 = $16,869.60 a month; payback 1,502.40 ÷ 16,869.60 × 30.4375 = 2.7 → 3 days.
	// Break-even: 250.40 ÷ (0.0087 − 0.00014) = 29,252.3 → 29,252 calls a month.
	await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$0.0087');
	await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$17,400.00');
	await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$208,800.00');
	await expect(resultRow(page, /^B: /)).toContainText('$530.40');
	await expect(resultRow(page, /^B: /)).toContainText('$6,364.80');
	await expect(resultRow(page, /^C: GPT-6 Luna/)).toContainText('$870.00');
	await expect(
		page.getByText('saves $16,869.60 a month against A; it pays back its training in 3 days'),
	).toBeVisible();
	await expect(page.locator('[data-result="break-even"]')).toHaveText('29,252 calls per month');
	await expect(page.getByText('B breaks even with A from 29K calls a month.')).toBeVisible();
	// The chart marks the break-even point and the reader's volume, and redraws after the change.
	const chart = page.locator('figure.cost-chart');
	await expect(chart).toHaveAttribute('data-status', 'ready');
	await expect(page.getByRole('img', { name: /B breaks even with A at 29K calls a month/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Your volume: 2\.0M calls a month/ })).toBeVisible();
	await expect(page).toHaveURL(/\?v=2000000$/);
});

test('a typing error keeps the last valid value driving the results', async ({ page }) => {
	await openCalculator(page);
	const output = page.getByRole('textbox', { name: 'Output (tokens per call)' });
	await output.fill('25x');
	await expect(output).toHaveAttribute('aria-invalid', 'true');
	await expect(output).toHaveAccessibleDescription(/Output must be a whole number from 0 to 1,000,000/);
	// Still 250 output tokens: A costs $8,700.00 a month at the default 1,000,000 calls.
	await expect(resultRow(page, /^A: /)).toContainText('$8,700.00');
	await output.fill('500');
	await expect(output).toHaveAttribute('aria-invalid', 'false');
	// 3100 × 2 + 500 × 10 = 11,200 $/1M calls → $11,200.00 a month.
	await expect(resultRow(page, /^A: /)).toContainText('$11,200.00');
});

test.describe('navigation', () => {
	// Chromium fetches the favicon after `load` and cancels it when the page is left: not a fault of the page.
	test.use({ expectedProblems: [/\/favicon\.svg net::ERR_ABORTED$/] });
	test('the URL round-trips after a reload and through Back', async ({ page }) => {
		await openCalculator(page);
		await volumeField(page).fill('250k');
		await page.getByRole('checkbox', { name: 'Fine-tuned model (B): retrieval' }).check();
		await page.getByRole('radio', { name: /Dedicated GPUs/ }).check();
		await expect(page).toHaveURL(/\?v=250000&rb=1&bs=dedicated$/);

		await page.reload();
		await page.locator('astro-island').first().scrollIntoViewIfNeeded();
		await waitForIslands(page);
		await expect(volumeField(page)).toHaveValue('250000');
		await expect(page.getByRole('checkbox', { name: 'Fine-tuned model (B): retrieval' })).toBeChecked();
		await expect(page.getByRole('radio', { name: /Dedicated GPUs/ })).toBeChecked();

		await page.waitForLoadState('networkidle');
		await page.getByRole('link', { name: 'Decision guide' }).first().click();
		await expect(page).toHaveURL(/decision-guide/);
		// Leaving a page while it still loads (its favicon comes after `load`) aborts requests, which the fixture
		// reports as failures: let each page settle before leaving it.
		await page.waitForLoadState('networkidle');
		await page.goBack();
		await expect(page).toHaveURL(/\?v=250000&rb=1&bs=dedicated$/);
		await expect(volumeField(page)).toHaveValue('250000');
		await expect(page.getByRole('radio', { name: /Dedicated GPUs/ })).toBeChecked();
	});
});

test('the flowchart link opens with its preset, volume and retrieval', async ({ page }) => {
	await openCalculator(page, '?p=lora-per-token&v=2000000&ra=1&rb=1');
	await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('lora-per-token');
	await expect(volumeField(page)).toHaveValue('2000000');
	await expect(page.getByRole('checkbox', { name: 'Large base model (A): retrieval' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Fine-tuned model (B): retrieval' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Small base model (C): retrieval' })).not.toBeChecked();
	// A with 5 chunks × 300 tokens retrieved: (3100 + 1500) × 2 + 250 × 10 = 11,700 $/1M, + 50 × 0.02 = 1 $/1M for
	// the query embedding → $0.011701 a call × 2M = $23,402.00 a month.
	await expect(resultRow(page, /^A: /)).toContainText('$23,402.00');
});

test.describe('bad URL values', () => {
	const cases = [
		{
			query: 'v=-5',
			field: 'Monthly volume (calls per month)',
			value: '1000000',
			notice: /Monthly volume must be/,
		},
		{
			query: 'ot=abc',
			field: 'Output (tokens per call)',
			value: '250',
			notice: /Output must be a whole number/,
		},
		{ query: 'ui=1e400', field: 'User input (tokens per call)', value: '300', notice: /User input must be/ },
		{
			query: `cur=${encodeURIComponent('<script>alert(1)</script>')}`,
			field: 'Currency',
			value: 'USD',
			notice: /Currency must be a three-letter ISO 4217 code/,
		},
	];
	for (const { query, field, value, notice } of cases) {
		test(`${query} falls back to the default with a notice next to the field`, async ({ page }) => {
			page.on('dialog', (dialog) => {
				throw new Error(`unexpected dialog: ${dialog.message()}`);
			});
			await openCalculator(page, `?${query}&zz=unknown`);
			const input = page.getByRole('textbox', { name: field, exact: true });
			await expect(input).toHaveValue(value);
			await expect(input).toHaveAccessibleDescription(new RegExp(`${notice.source}.*Kept the default\\.`));
			await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
			await expect(page.locator('.calculator script')).toHaveCount(0);
			await expect(resultRow(page, /^A: /)).toContainText('$');
		});
	}
});

test('works from the keyboard alone: slider arrows and the serving choice', async ({ page }) => {
	await openCalculator(page);
	const slider = page.getByRole('slider', { name: /Monthly volume, log scale/ });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	// 1,000,000 sits at position 571; one step right is 10^(2 + 7 × 0.572) = 1,009,252 → 1.01M (three digits).
	await expect(volumeField(page)).toHaveValue('1010000');
	await page.keyboard.press('End');
	await expect(volumeField(page)).toHaveValue('1000000000');

	const perToken = page.getByRole('radio', { name: /Per token/ });
	await perToken.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /Dedicated GPUs/ })).toBeChecked();
	await expect(page.getByRole('textbox', { name: /GPU throughput/ })).toBeVisible();
	await expect(page.getByRole('textbox', { name: /GPU throughput/ })).toHaveAccessibleDescription(
		/one request at a time: 215.*200 requests at once: 13,348/,
	);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('textbox', { name: /prompt tokens/ })).toBeFocused();
});

test.describe('with clipboard access', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	test('Copy for proposal copies the figures and the link', async ({ page }) => {
		await openCalculator(page, '?v=2000000');
		await page.getByRole('button', { name: 'Copy for proposal' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied proposal text' })).toBeVisible();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain('$17,400.00');
		expect(text).toContain('$530.40');
		expect(text).toContain('B becomes cheaper than A from 29,252 calls per month.');
		expect(text).toContain(`${PATH}?v=2000000>`);
		expect(text).toMatch(/\[.*fireworks\.ai\/pricing\), read 2026-11-27/);

		await page.getByRole('button', { name: 'Copy link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/guide\/cost-calculator\/\?v=2000000$/,
		);
	});
});

test('when the clipboard is refused, the text is offered to select', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
		});
	});
	await openCalculator(page);
	await page.getByRole('button', { name: 'Copy for proposal' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
	const fallback = page.getByRole('textbox', { name: 'Text to copy' });
	await expect(fallback).toBeVisible();
	await expect(fallback).toHaveValue(/\$8,700\.00/);
});

test('Download CSV saves the chart curve', async ({ page }) => {
	await openCalculator(page, '?v=2000000');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('cost-curve.csv');
	const csv = readFileSync(await file.path(), 'utf8')
		.trim()
		.split('\n');
	expect(csv[0]).toBe(
		'monthly_calls,option_a_usd_per_month,option_b_usd_per_month,option_c_usd_per_month,marker',
	);
	expect(csv).toContain('2000000,17400,530.4,870,reader');
	expect(csv.some((row) => row.endsWith(',break-even'))).toBe(true);
});

test('no axe violations in the interactive state, light and dark, and readable at 375 px', async ({
	page,
}) => {
	await openCalculator(page, '?bs=dedicated&ra=1&cur=EUR&fx=0.9&v=abc');
	await page.getByRole('textbox', { name: 'Output (tokens per call)' }).fill('oops');
	await expect(page.locator('figure.cost-chart')).toHaveAttribute('data-status', 'ready');
	await expectNoAxeViolations(page, 'on the calculator (light)');
	await chooseTheme(page, 'dark');
	await expectNoAxeViolations(page, 'on the calculator (dark)');
	// Starlight's theme picker moves into the menu on a phone, so the narrow check comes last.
	await page.setViewportSize({ width: 375, height: 800 });
	await expect(page.getByRole('textbox', { name: 'Monthly volume (calls per month)' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await expectNoAxeViolations(page, 'on the calculator at 375 px (dark)');
});

test('input typed before hydration is kept', async ({ page }) => {
	// A short window keeps the island below the fold, so it cannot hydrate before the value is typed.
	await page.setViewportSize({ width: 1280, height: 400 });
	await page.goto(PATH);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
	// The island hydrates when visible: type into the server-rendered field before it scrolls into view.
	await page.evaluate(() => {
		const input = document.querySelector<HTMLInputElement>('[data-field="outputTokens"]');
		if (input === null) throw new Error('no output field');
		input.value = '500';
	});
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await waitForIslands(page);
	await expect(page.getByRole('textbox', { name: 'Output (tokens per call)' })).toHaveValue('500');
	await expect(page.getByText('The live calculator needs JavaScript.')).toBeHidden();
	await expect(resultRow(page, /^A: /)).toContainText('$11,200.00');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the default results table renders, with a note', async ({ page }) => {
		await page.goto(PATH);
		await expect(page.getByText('The live calculator needs JavaScript.')).toBeVisible();
		await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$8,700.00');
		await expect(page.getByRole('table', { name: /Cost and latency at 1\.0M calls a month/ })).toBeVisible();
	});
});

test('the price package never reaches the browser', () => {
	// A string from @pydantic/genai-prices' bundled provider data, absent from our own code.
	const marker = 'cache_creation_input_tokens';
	const files = readdirSync('dist/_astro').map((name) => join('dist/_astro', name));
	expect(files.length).toBeGreaterThan(0);
	const leaking = files.filter((file) => readFileSync(file, 'utf8').includes(marker));
	expect(leaking).toEqual([]);
	expect(readFileSync(`dist${PATH}index.html`, 'utf8')).not.toContain(marker);
});

test('prints the results with the inputs as a table and the link that reproduces them', async ({ page }) => {
	await openCalculator(page, '?v=2000000');
	await page.emulateMedia({ media: 'print' });
	await expect(volumeField(page)).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$17,400.00');
	const inputs = page.locator('.calculator-print-inputs');
	await expect(inputs.getByRole('row', { name: /Monthly volume/ })).toContainText('2000000');
	await expect(inputs.getByRole('row', { name: 'Preset' })).toBeVisible();
	await expect(
		inputs.getByText(/Link to these inputs: http:\/\/127\.0\.0\.1:\d+\/guide\/cost-calculator\/\?v=2000000/),
	).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(inputs).toBeHidden();
});

test('a daily volume is converted to calls per month', async ({ page }) => {
	await openCalculator(page);
	await volumeField(page).fill('50k/day');
	// 50,000 × 30.4375 days = 1,521,875 calls a month; A costs $0.0087 a call → $13,240.3125 → $13,240.31.
	await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$13,240.31');
	await expect(page).toHaveURL(/\?v=1521875$/);
});
