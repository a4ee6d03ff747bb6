import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/find-chromium';

// E2E_PORT lets two checkouts run their e2e suites side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4399);

function playwrightChromium(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

let executablePath: string | undefined;
try {
	executablePath = findChromium({
		envPath: process.env['CHROMIUM_PATH'],
		systemPath: '/usr/bin/chromium',
		playwrightPath: playwrightChromium(),
	}).path;
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	fullyParallel: true,
	retries: 0,
	workers: 2,
	reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					...(executablePath ? { executablePath } : {}),
					args: CHROMIUM_ARGS,
				},
			},
		},
	],
	// The built site, as readers get it from a host: `npm run build` must have run first (npm test does).
	// The test host also sends the headers in dist/_headers, as Netlify and Cloudflare Pages would.
	webServer: {
		command: `node tests/e2e/static-host.ts --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
