/**
 * `npm run snapshot -- YYYY-MM-DD "what changed"`: freeze today's price data into a new dated snapshot.
 *
 * Resolves content/prices/presets.yaml and prices.yaml with the installed @pydantic/genai-prices, writes
 * content/prices/snapshots/<date>.json, records its hash in content/prices/published-snapshots.json and points
 * LATEST_SNAPSHOT at it. Refuses to overwrite a published snapshot: links copied against it must keep their
 * figures, so a correction is always a new, later snapshot.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	PUBLISHED_FILE,
	readSnapshots,
	resolveLiveSnapshot,
	SNAPSHOT_DIR,
	snapshotHash,
	snapshotText,
} from '../src/lib/calculator/snapshot-files.ts';
import { isCalendarDate } from '../src/lib/calculator/fields.ts';

const [id = new Date().toISOString().slice(0, 10), summary] = process.argv.slice(2);
if (!isCalendarDate(id)) throw new Error(`"${id}" is not a date written YYYY-MM-DD`);
if (summary === undefined || summary.trim() === '')
	throw new Error('say what changed: npm run snapshot -- YYYY-MM-DD "what changed"');
const file = join(SNAPSHOT_DIR, `${id}.json`);
if (existsSync(file)) throw new Error(`${file} is published already: snapshots are never edited`);
const newest = readSnapshots().at(-1);
if (newest !== undefined && newest.id >= id) throw new Error(`a snapshot must be newer than ${newest.id}`);

const text = snapshotText(resolveLiveSnapshot(id, summary.trim()));
writeFileSync(file, text);
const published = JSON.parse(readFileSync(PUBLISHED_FILE, 'utf8')) as { snapshots: Record<string, string> };
published.snapshots[id] = snapshotHash(text);
writeFileSync(PUBLISHED_FILE, `${JSON.stringify(published, null, '\t')}\n`);
writeFileSync(
	'src/lib/calculator/latest-snapshot.ts',
	readFileSync('src/lib/calculator/latest-snapshot.ts', 'utf8').replace(
		/LATEST_SNAPSHOT = '[^']*'/,
		`LATEST_SNAPSHOT = '${id}'`,
	),
);
console.log(`Wrote ${file} (sha256 ${published.snapshots[id]}) and made it the newest snapshot.`);
