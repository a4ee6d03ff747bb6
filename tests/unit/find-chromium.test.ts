import { describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER_MESSAGE } from '../../tests/e2e/find-chromium';

const only =
	(...present: string[]) =>
	(path: string) =>
		present.includes(path);

describe('findChromium', () => {
	it.each([
		// An explicit CHROMIUM_PATH wins over everything.
		[
			{ envPath: '/opt/c', systemPath: '/usr/bin/chromium', playwrightPath: '/pw' },
			only('/opt/c', '/usr/bin/chromium'),
			'/opt/c',
		],
		// Debian's package next.
		[
			{ envPath: undefined, systemPath: '/usr/bin/chromium', playwrightPath: '/pw' },
			only('/usr/bin/chromium', '/pw'),
			'/usr/bin/chromium',
		],
		// Playwright's own download last: undefined lets Playwright launch it.
		[{ envPath: undefined, systemPath: '/usr/bin/chromium', playwrightPath: '/pw' }, only('/pw'), undefined],
	])('picks the first browser that exists (%#)', (candidates, exists, expected) => {
		expect(findChromium(candidates, exists).path).toBe(expected);
	});

	it('says how to get a browser when there is none', () => {
		expect(() =>
			findChromium({ envPath: undefined, systemPath: '/usr/bin/chromium', playwrightPath: '/pw' }, only()),
		).toThrow(NO_BROWSER_MESSAGE);
	});

	it('names a CHROMIUM_PATH that does not exist', () => {
		expect(() =>
			findChromium({ envPath: '/nope', systemPath: '/usr/bin/chromium', playwrightPath: undefined }, only()),
		).toThrow(/CHROMIUM_PATH points to \/nope/);
	});
});
