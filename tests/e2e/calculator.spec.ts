import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, chooseTheme, waitForIslands } from './test-utils';

const PATH = '/guide/cost-calculator/';
const NO_FIGURE = 'no sourced figure — enter yours';

/** Open the calculator and wait for it to hydrate. */
async function openCalculator(page: Page, query = ''): Promise<void> {
	await page.goto(`${PATH}${query}`);
	await waitForIslands(page);
}

const volumeField = (page: Page) => page.getByRole('textbox', { name: 'Monthly volume (calls per month)' });
const answer = (page: Page) => page.getByRole('complementary').filter({ has: page.locator('.answer-table') });
const answerRow = (page: Page, name: RegExp) => answer(page).getByRole('row', { name });
const resultRow = (page: Page, option: RegExp) =>
	page.locator('table.results-table').getByRole('row', { name: option });

/** Whether an element lies entirely inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const size = page.viewportSize();
	if (box === null || size === null) return false;
	return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

test.describe('today’s prices (snapshot 2026-11-28), default preset: Qwen3.5 9B + LoRA on a dedicated H100', () => {
	test('the answer shows each option, the savings and one break-even figure', async ({ page }) => {
		await openCalculator(page);
		// A (GPT-6 Sol, $2 / $10): (800 + 2,000 + 300) × 2 + 250 × 10 = $8,700 per 1M calls → $8,700.00.
		// B: one H100 × 730 h × $3.99 = $2,912.70 + training (2,000 × 800 × 3 × $0.50 ÷ 1M + $1,500) ÷ 6 = $250.40
		// → $3,163.10. C (GPT-6 Luna): 3,100 × 0.1 + 250 × 0.5 = $435.
		await expect(answerRow(page, /^A: GPT-6 Sol/)).toContainText('$8,700.00');
		await expect(answerRow(page, /^B: Qwen3\.5 9B/)).toContainText('$3,163.10');
		await expect(answerRow(page, /^C: GPT-6 Luna/)).toContainText('$435.00');
		// Savings 8,700 − 3,163.10; break-even (250.40 + 2,912.70) ÷ 0.0087 = 363,574.7 → from 363,575 calls.
		await expect(answerRow(page, /B saves against A/)).toContainText('$5,536.90 a month');
		await expect(answerRow(page, /B breaks even/)).toContainText('from 363,575 calls a month');
		// Payback: 1,502.40 ÷ (8,700 − 2,912.70) × 30.4167 = 7.9 → 8 days.
		await expect(
			answer(page).getByText('B saves $5,536.90 a month against A and repays one training run in 8 days.'),
		).toBeVisible();
		await expect(
			page.getByRole('img', { name: /B costs no more than A from 363,575 calls a month/ }),
		).toBeVisible();
		// The URL stays bare until the reader changes something.
		await expect(page).toHaveURL(new RegExp(`${PATH}$`));
	});

	test('the dedicated GPU bill is not zero and names its source', async ({ page }) => {
		await openCalculator(page);
		await expect(page.locator('[data-result="gpus"]')).toHaveText(
			'1 at the peak; 730 GPU-hours billed, $2,912.70 a month',
		);
		const price = page.getByRole('textbox', { name: 'Fine-tuned model (B): GPU price ($ per GPU-hour)' });
		await expect(price).toHaveValue('3.99');
		await expect(price).toHaveAccessibleDescription('Preset figure: docs.together.ai, read 2026-11-28.');
		await expect(
			page.getByRole('textbox', { name: /B\): GPU prefill throughput/ }),
		).toHaveAccessibleDescription('Preset figure: docs.gpustack.ai, read 2026-11-28.');
		await expect(page.locator('#price-sources + p + .table-scroll')).toContainText(
			'1 × NVIDIA H100 80GB at $3.99 per GPU-hour',
		);
	});

	test('a volume change updates the answer, and the link always names its snapshot and preset', async ({
		page,
	}) => {
		await openCalculator(page);
		await volumeField(page).fill('2M');
		// A: $0.0087 × 2M = $17,400; B still one GPU: $3,163.10.
		await expect(answerRow(page, /^A: /)).toContainText('$17,400.00');
		await expect(answerRow(page, /B saves against A/)).toContainText('$14,236.90 a month');
		await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-dedicated&v=2000000$/);
	});
});

test.describe('links that keep their figures', () => {
	// Chromium fetches the favicon after `load` and cancels it when the page is left: not a fault of the page.
	test.use({ expectedProblems: [/\/favicon\.svg net::ERR_ABORTED$/] });
	test('a link shared before snapshots reads the 2026-11-27 prices, with today’s beside them', async ({
		page,
	}) => {
		await openCalculator(page, '?v=2000000');
		await expect(answer(page).getByRole('columnheader')).toHaveText([
			'Prices of 2026-11-27',
			'Today (2026-11-28)',
		]);
		// 2026-11-27, preset lora-per-token: A $17,400; B (450 × 0.2 + 250 × 0.2) ÷ 1M × 2M = $280 + $250.40 = $530.40;
		// C $870; break-even 250.40 ÷ 0.00856 = 29,252.3 → from 29,253 calls.
		await expect(answerRow(page, /^B: Llama 3\.1 8B/)).toHaveText(
			/\$530\.40.*no sourced figure — enter yours/,
		);
		await expect(answerRow(page, /^A: /)).toHaveText(/\$17,400\.00.*\$17,400\.00/);
		await expect(answerRow(page, /B breaks even/)).toContainText('from 29,253 calls a month');
		await expect(resultRow(page, /^C: GPT-6 Luna/)).toContainText('$870.00');
		const today = answer(page).getByRole('link', { name: 'Open these inputs at today’s prices' });
		await expect(today).toHaveAttribute('href', '?s=2026-11-28&p=lora-per-token&v=2000000');
		// Chart.js loads as the chart nears the screen: bring it there, and let the chunk finish before leaving,
		// or its request is aborted mid-flight.
		await page.locator('figure.cost-chart').scrollIntoViewIfNeeded();
		await expect(page.locator('figure.cost-chart')).toHaveAttribute('data-status', 'ready');
		await page.waitForLoadState('networkidle');
		// Followed with goto rather than a click: Chromium prefetches a hovered link on its own, and the click's
		// navigation then aborts that prefetch, which the failed-request check would report.
		await page.goto(`${PATH}${(await today.getAttribute('href')) ?? ''}`);
		await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-per-token&v=2000000$/);
		await waitForIslands(page);
		await expect(answer(page).getByRole('columnheader')).toHaveText(['Prices of 2026-11-28']);
	});

	test('a link naming the older snapshot keeps its figures now that a newer one exists', async ({ page }) => {
		await openCalculator(page, '?s=2026-11-27&p=lora-per-token&v=5000000&ui=1500&ot=200');
		// A: (800 + 2,000 + 1,500) × 2 + 200 × 10 = 10,600 per 1M → $53,000; B: (1,650 + 200) × 0.2 = 370 per 1M
		// → $1,850 + $250.40 = $2,100.40.
		await expect(resultRow(page, /^A: /)).toContainText('$53,000.00');
		await expect(resultRow(page, /^B: /)).toContainText('$2,100.40');
		await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('lora-per-token');
	});

	test.describe('with clipboard access', () => {
		test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
		test('a copied link reopens the same figures; the proposal names its risks and sources', async ({
			page,
		}) => {
			await openCalculator(page);
			await volumeField(page).fill('5M');
			await page.getByRole('button', { name: 'Copy link' }).click();
			const link = await page.evaluate(() => navigator.clipboard.readText());
			expect(link).toMatch(/\/guide\/cost-calculator\/\?s=2026-11-28&p=lora-dedicated&v=5000000$/);
			await page.getByRole('button', { name: 'Copy for proposal' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Copied proposal text' })).toBeVisible();
			const text = await page.evaluate(() => navigator.clipboard.readText());
			// A at 5M: $43,500; B one GPU: $3,163.10.
			expect(text).toContain('| A: GPT-6 Sol | $0.0087 | $43,500.00 |');
			expect(text).toContain('$3,163.10');
			expect(text).toContain('with prices as read on 2026-11-28');
			expect(text).toContain('### Inputs that matter most');
			expect(text).toMatch(/\| Monthly volume \| 2,500,000 calls per month: saves/);
			expect(text).toContain(
				'(https://developers.openai.com/api/docs/pricing), read 2026-09-23 via @pydantic/genai-prices 0.1.8',
			);
			expect(text).toContain(`<${link}>`);

			await page.goto(new URL(link).pathname + new URL(link).search);
			await waitForIslands(page);
			await expect(resultRow(page, /^A: /)).toContainText('$43,500.00');
			await expect(resultRow(page, /^B: /)).toContainText('$3,163.10');
		});
	});
});

test.describe('a figure no source gave', () => {
	test('says so in the field and the results, and counts once entered', async ({ page }) => {
		await openCalculator(page, '?s=2026-11-28&p=lora-per-token');
		const input = page.getByRole('textbox', {
			name: 'Fine-tuned model (B): per-token input price ($ per 1M tokens)',
		});
		await expect(input).toHaveValue('');
		await expect(input).toHaveAttribute('placeholder', NO_FIGURE);
		await expect(input).toHaveAccessibleDescription(NO_FIGURE);
		await expect(answerRow(page, /^B: /)).toContainText(NO_FIGURE);
		await expect(resultRow(page, /^B: /)).toContainText(NO_FIGURE);
		await input.fill('0.2');
		await page
			.getByRole('textbox', { name: 'Fine-tuned model (B): per-token output price ($ per 1M tokens)' })
			.fill('0.2');
		// (450 × 0.2 + 250 × 0.2) ÷ 1M × 1M = $140 + $250.40 = $390.40.
		await expect(answerRow(page, /^B: /)).toContainText('$390.40');
		await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-per-token&bip=0\.2&bop=0\.2$/);
	});

	test('an old link switching the per-token preset to GPUs does not invent a GPU price', async ({ page }) => {
		await openCalculator(page, '?bs=dedicated');
		await expect(answerRow(page, /^B: /)).toContainText(NO_FIGURE);
		await expect(page.getByRole('textbox', { name: /B\): GPU price/ })).toHaveAttribute(
			'placeholder',
			NO_FIGURE,
		);
	});
});

test.describe('the answer on the first screen', () => {
	test('sits beside the volume field at 1280 × 900', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await openCalculator(page);
		const field = volumeField(page);
		const panel = answer(page);
		expect(await inViewport(page, field)).toBe(true);
		expect(await inViewport(page, panel)).toBe(true);
		const fieldBox = await field.boundingBox();
		const panelBox = await panel.boundingBox();
		expect(panelBox?.x ?? 0).toBeGreaterThan((fieldBox?.x ?? 0) + (fieldBox?.width ?? 0));
		await field.fill('3M');
		await expect(answerRow(page, /^A: /)).toContainText('$26,100.00');
		// Further down the form the answer follows.
		await page.getByRole('textbox', { name: /B\): prompt tokens/i }).scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 600);
		await expect.poll(() => inViewport(page, panel)).toBe(true);
	});

	test('stays in view above the form at 390 × 844 while the volume is edited', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await openCalculator(page);
		const field = volumeField(page);
		const panel = answer(page);
		await field.scrollIntoViewIfNeeded();
		expect(await inViewport(page, field)).toBe(true);
		expect(await inViewport(page, panel)).toBe(true);
		await field.fill('3M');
		await expect(answerRow(page, /^A: /)).toContainText('$26,100.00');
		const fieldBox = await field.boundingBox();
		const panelBox = await panel.boundingBox();
		expect((panelBox?.y ?? 0) + (panelBox?.height ?? 0)).toBeLessThanOrEqual(fieldBox?.y ?? 0);
		// Scrolled further down the form, the summary is still on screen.
		await page.getByRole('textbox', { name: /B\): prompt tokens/i }).scrollIntoViewIfNeeded();
		expect(await inViewport(page, panel)).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	test('drops the option’s name from labels inside its fieldset, not from accessible names', async ({
		page,
	}) => {
		await openCalculator(page);
		const fieldset = page.getByRole('group', { name: 'A: large base model, prompted' });
		const input = fieldset.getByRole('textbox', {
			name: 'Large base model (A): Input price ($ per 1M tokens)',
		});
		await expect(input).toBeVisible();
		await expect(page.getByLabel('Large base model (A): Input price ($ per 1M tokens)')).toHaveCount(1);
		await expect(fieldset.locator('label[for="calc-aip"]')).toHaveText(
			'Large base model (A): Input price ($ per 1M tokens)',
		);
		// What is shown leaves the option's name to the screen-reader-only prefix.
		const shown = await fieldset.locator('label[for="calc-aip"]').evaluate((label) =>
			[...label.childNodes]
				.filter((node) => !(node instanceof HTMLElement && node.classList.contains('sr-only')))
				.map((node) => node.textContent)
				.join(''),
		);
		expect(shown).toBe('Input price ($ per 1M tokens)');
	});

	test('folds the advanced groups, which open by themselves when a link sets their keys', async ({
		page,
	}) => {
		await openCalculator(page);
		const group = (name: string) => page.locator(`details:has(> summary:text-is("${name}"))`);
		for (const name of ['Retrieval', 'Latency', 'Currency', 'Training details (B)', 'Long-context prices'])
			await expect(group(name)).not.toHaveAttribute('open');
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&ra=1&cur=EUR&fx=0.9&fxd=2026-11-28');
		await expect(group('Retrieval')).toHaveAttribute('open');
		await expect(group('Currency')).toHaveAttribute('open');
		await expect(group('Latency')).not.toHaveAttribute('open');
		await expect(page.getByRole('textbox', { name: 'Exchange rate read on' })).toHaveValue('2026-11-28');
		// A with retrieval: (4,600 × 2 + 250 × 10 + 50 × 0.02) per 1M = $11,701 × 0.9 = €10,530.90.
		await expect(answerRow(page, /^A: /)).toContainText('€10,530.90');
	});
});

test.describe('inputs', () => {
	test('a typing error keeps the last valid value driving the results', async ({ page }) => {
		await openCalculator(page);
		const output = page.getByRole('textbox', { name: 'Output (tokens per call)' });
		await output.fill('25x');
		await expect(output).toHaveAttribute('aria-invalid', 'true');
		await expect(output).toHaveAccessibleDescription(/Output must be a whole number from 0 to 1,000,000/);
		await expect(answerRow(page, /^A: /)).toContainText('$8,700.00');
		await output.fill('500');
		// 3,100 × 2 + 500 × 10 = 11,200 per 1M calls.
		await expect(answerRow(page, /^A: /)).toContainText('$11,200.00');
	});

	test('a daily volume is converted with the 365 ÷ 12-day month', async ({ page }) => {
		await openCalculator(page);
		await volumeField(page).fill('50k/day');
		// 50,000 × 30.4167 = 1,520,833 calls a month × $0.0087 = $13,231.25.
		await expect(answerRow(page, /^A: /)).toContainText('$13,231.25');
		await expect(page).toHaveURL(/&v=1520833$/);
	});

	test('a hostile volume in a link is refused at once', async ({ page }) => {
		await openCalculator(page);
		// 1, 50,000 spaces and x froze the page for seconds. (Set by history: a server refuses so long a request.)
		const elapsed = await page.evaluate(() => {
			const start = performance.now();
			history.pushState(null, '', `?s=2026-11-28&p=lora-dedicated&v=1${'%20'.repeat(50_000)}x`);
			window.dispatchEvent(new PopStateEvent('popstate'));
			return performance.now() - start;
		});
		expect(elapsed).toBeLessThan(1000);
		await expect(volumeField(page)).toHaveValue('1000000');
		await expect(volumeField(page)).toHaveAccessibleDescription(
			/Monthly volume is at most 64 characters long/,
		);
	});

	const badValues = [
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
		{
			query: 'fxd=2026-02-30&cur=EUR',
			field: 'Exchange rate read on',
			value: '',
			notice: /must be a date written YYYY-MM-DD/,
		},
	];
	for (const { query, field, value, notice } of badValues) {
		test(`${query} keeps the preset’s figure with a notice next to the field`, async ({ page }) => {
			page.on('dialog', (dialog) => {
				throw new Error(`unexpected dialog: ${dialog.message()}`);
			});
			await openCalculator(page, `?s=2026-11-28&p=lora-dedicated&${query}&zz=unknown`);
			const input = page.getByRole('textbox', { name: field, exact: true });
			await expect(input).toHaveValue(value);
			await expect(input).toHaveAccessibleDescription(
				new RegExp(`${notice.source}.*Kept the preset's figure\\.`),
			);
		});
	}

	test('works from the keyboard alone: slider arrows and the serving choice', async ({ page }) => {
		await openCalculator(page);
		const slider = page.getByRole('slider', { name: /Monthly volume, log scale/ });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		// 1,000,000 sits at position 571; one step right is 10^(2 + 7 × 0.572) = 1,009,252 → 1.01M.
		await expect(volumeField(page)).toHaveValue('1010000');
		const dedicated = page.getByRole('radio', { name: /Dedicated GPUs/ });
		await dedicated.focus();
		await page.keyboard.press('ArrowUp');
		await expect(page.getByRole('radio', { name: /Per token/ })).toBeChecked();
		await expect(page.getByRole('textbox', { name: /per-token input price/i })).toBeVisible();
	});

	test.describe('navigation', () => {
		// Chromium fetches the favicon after `load` and cancels it when the page is left: not a fault of the page.
		// Now and then it also reports the followed link's navigation as aborted although the page loads, which the
		// URL assertion after the click checks.
		test.use({
			expectedProblems: [/\/favicon\.svg net::ERR_ABORTED$/, /\/guide\/decision-guide\/ net::ERR_ABORTED$/],
		});
		test('the URL round-trips after a reload and through Back', async ({ page }) => {
			await openCalculator(page);
			await volumeField(page).fill('250k');
			await page.getByRole('radio', { name: /Per token/ }).check();
			await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-dedicated&v=250000&bs=per-token$/);
			await page.reload();
			await waitForIslands(page);
			await expect(volumeField(page)).toHaveValue('250000');
			await expect(page.getByRole('radio', { name: /Per token/ })).toBeChecked();
			await page.waitForLoadState('networkidle');
			await page.getByRole('link', { name: 'Decision guide' }).first().click();
			await expect(page).toHaveURL(/decision-guide/);
			await page.waitForLoadState('networkidle');
			await page.goBack();
			await expect(page).toHaveURL(/\?s=2026-11-28&p=lora-dedicated&v=250000&bs=per-token$/);
			await expect(volumeField(page)).toHaveValue('250000');
		});
	});
});

test.describe('exports', () => {
	test('when the clipboard is refused, the text is offered to select', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
			});
		});
		await openCalculator(page);
		await page.getByRole('button', { name: 'Copy for proposal' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Text to copy' })).toHaveValue(/\$8,700\.00/);
	});

	test('Download CSV saves the chart curve', async ({ page }) => {
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&v=2000000');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = readFileSync(await (await download).path(), 'utf8')
			.trim()
			.split('\n');
		expect(csv[0]).toBe(
			'monthly_calls,option_a_usd_per_month,option_b_usd_per_month,option_c_usd_per_month,marker',
		);
		expect(csv.find((row) => row.endsWith(',reader'))).toMatch(/^2000000,17400,3163\.1\d*,870,reader$/);
		expect(csv.some((row) => row.endsWith(',break-even'))).toBe(true);
	});

	test('prints the results with the inputs and the link that reproduces them', async ({ page }) => {
		await openCalculator(page, '?s=2026-11-28&p=lora-dedicated&v=2000000');
		await page.emulateMedia({ media: 'print' });
		await expect(volumeField(page)).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		const inputs = page.locator('.calculator-print-inputs');
		await expect(inputs.getByRole('row', { name: /Monthly volume/ })).toContainText('2000000');
		await expect(inputs.getByRole('row', { name: /^Preset and prices/ })).toContainText(
			'prices as read on 2026-11-28',
		);
		await expect(
			inputs.getByText(
				/Link to these inputs: http:\/\/127\.0\.0\.1:\d+\/guide\/cost-calculator\/\?s=2026-11-28/,
			),
		).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await expect(inputs).toBeHidden();
	});

	test('lists the inputs that matter most', async ({ page }) => {
		await openCalculator(page);
		const table = page.getByRole('region', { name: 'Which inputs matter' });
		await expect(table.getByRole('row')).toHaveCount(6);
		await expect(table.getByRole('rowheader').first()).toHaveText('Monthly volume');
	});
});

test.describe('no axe violations in the interactive state', () => {
	// A link with a rejected value, a typing error, retrieval, another currency and a missing GPU figure.
	const open = async (page: Page): Promise<void> => {
		await openCalculator(page, '?v=abc&ra=1&cur=EUR&fx=0.9&bs=dedicated');
		await page.getByRole('textbox', { name: 'Output (tokens per call)' }).fill('oops');
		await page.locator('figure.cost-chart').scrollIntoViewIfNeeded();
		await expect(page.locator('figure.cost-chart')).toHaveAttribute('data-status', 'ready');
	};

	test('in the light theme', async ({ page }) => {
		await open(page);
		await expectNoAxeViolations(page, 'on the calculator (light)');
	});

	test('in the dark theme, and readable at 375 px', async ({ page }) => {
		await open(page);
		await chooseTheme(page, 'dark');
		await expectNoAxeViolations(page, 'on the calculator (dark)');
		// Starlight's theme picker moves into the menu on a phone, so the narrow check comes last.
		await page.setViewportSize({ width: 375, height: 800 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await expectNoAxeViolations(page, 'on the calculator at 375 px (dark)');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('today’s default results render, with a note', async ({ page }) => {
		await page.goto(PATH);
		await expect(page.getByText('Default inputs: the live calculator needs JavaScript.')).toBeVisible();
		await expect(resultRow(page, /^A: GPT-6 Sol/)).toContainText('$8,700.00');
		await expect(resultRow(page, /^B: /)).toContainText('$3,163.10');
	});
});

test('the price package never reaches the browser', () => {
	// A string from @pydantic/genai-prices' bundled provider data, absent from our own code.
	const marker = 'cache_creation_input_tokens';
	const files = readdirSync('dist/_astro').map((name) => join('dist/_astro', name));
	expect(files.filter((file) => readFileSync(file, 'utf8').includes(marker))).toEqual([]);
	expect(readFileSync(`dist${PATH}index.html`, 'utf8')).not.toContain(marker);
});
