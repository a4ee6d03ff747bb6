/**
 * Reading and writing the price snapshots on disk (build time and `npm run snapshot` only): the committed files,
 * the hash list that proves none was edited, and a new snapshot resolved from the live price data.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { baseModelPrice, installedPriceDataVersion, PRICE_PACKAGE, priceDataDate } from './base-model-prices';
import { resolvePreset } from './presets';
import { parsePresetList, parsePriceList } from './price-schema';
import { parseSnapshot } from './snapshot-schema';
import type { Snapshot } from './snapshots';

/** Folder of the snapshot files, one per date. */
export const SNAPSHOT_DIR = 'content/prices/snapshots';

/** The list of every published snapshot and the SHA-256 of its file. */
export const PUBLISHED_FILE = 'content/prices/published-snapshots.json';

/** SHA-256 of a snapshot file's text, hex. */
export function snapshotHash(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** File names of the committed snapshots, oldest first. */
export function snapshotFileNames(dir = SNAPSHOT_DIR): string[] {
	return readdirSync(dir)
		.filter((name) => /^\d{4}-\d{2}-\d{2}\.json$/.test(name))
		.sort();
}

/** Every committed snapshot, validated, oldest first; a file's name must be its id. */
export function readSnapshots(dir = SNAPSHOT_DIR): Snapshot[] {
	return snapshotFileNames(dir).map((name) => {
		const file = join(dir, name);
		const snapshot = parseSnapshot(JSON.parse(readFileSync(file, 'utf8')), file);
		if (`${snapshot.id}.json` !== name) throw new Error(`${file} holds snapshot ${snapshot.id}`);
		return snapshot;
	});
}

/** The published snapshots' hashes, by id. */
export function readPublishedHashes(file = PUBLISHED_FILE): Record<string, string> {
	return (JSON.parse(readFileSync(file, 'utf8')) as { snapshots: Record<string, string> }).snapshots;
}

const readYaml = (file: string): unknown => parseYaml(readFileSync(file, 'utf8'));

/** A snapshot resolved from the live data: presets.yaml, prices.yaml and the installed genai-prices. */
export function resolveLiveSnapshot(id: string, summary: string, dir = 'content/prices'): Snapshot {
	const presets = parsePresetList(readYaml(join(dir, 'presets.yaml')), join(dir, 'presets.yaml'));
	const prices = parsePriceList(readYaml(join(dir, 'prices.yaml')), join(dir, 'prices.yaml'));
	const defaults = presets.filter((preset) => preset.default === true);
	if (defaults.length !== 1)
		throw new Error(`${dir}/presets.yaml must mark exactly one preset default: true`);
	const version = installedPriceDataVersion();
	return {
		id,
		summary,
		defaultPreset: defaults[0]?.id ?? '',
		priceData: { package: PRICE_PACKAGE, version, dataDate: priceDataDate(version) },
		presets: presets.map((preset) => resolvePreset(preset, prices, (p, m) => baseModelPrice(p, m))),
	};
}

/** A snapshot as its file is written: tab-indented JSON with a final newline. */
export function snapshotText(snapshot: Snapshot): string {
	return `${JSON.stringify(snapshot, null, '\t')}\n`;
}
