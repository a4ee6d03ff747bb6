import { existsSync } from 'node:fs';

/** Where the e2e tests look for a browser, in order. */
export interface BrowserCandidates {
	/** The `CHROMIUM_PATH` environment variable, if set. */
	envPath: string | undefined;
	/** Debian's package. */
	systemPath: string;
	/** The browser `npx playwright install chromium` downloads, if Playwright knows one. */
	playwrightPath: string | undefined;
}

/** The one line printed when no browser is found. */
export const NO_BROWSER_MESSAGE =
	'No Chromium found for the e2e tests: run `apt-get install -y chromium`, or `npx playwright install chromium`, or set CHROMIUM_PATH.';

/**
 * Pick the browser binary: CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own download.
 * Throws one readable line when none exists, instead of Playwright's long download advice.
 */
export function findChromium(
	candidates: BrowserCandidates,
	exists: (path: string) => boolean = existsSync,
): { path: string | undefined } {
	if (candidates.envPath) {
		if (!exists(candidates.envPath))
			throw new Error(`CHROMIUM_PATH points to ${candidates.envPath}, which does not exist.`);
		return { path: candidates.envPath };
	}
	if (exists(candidates.systemPath)) return { path: candidates.systemPath };
	// undefined lets Playwright launch its own downloaded build.
	if (candidates.playwrightPath && exists(candidates.playwrightPath)) return { path: undefined };
	throw new Error(NO_BROWSER_MESSAGE);
}

/** Flags for Debian's Chromium run as root on a closed network: no sandbox, no background traffic. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
