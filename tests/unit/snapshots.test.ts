import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/lib/calculator/calculation';
import { LATEST_SNAPSHOT } from '../../src/lib/calculator/latest-snapshot';
import {
	readPublishedHashes,
	readSnapshots,
	resolveLiveSnapshot,
	SNAPSHOT_DIR,
	snapshotFileNames,
	snapshotHash,
} from '../../src/lib/calculator/snapshot-files';
import { parseSnapshot } from '../../src/lib/calculator/snapshot-schema';
import { newestSnapshot, presetOf, type Snapshot } from '../../src/lib/calculator/snapshots';
import { readLink } from '../../src/lib/calculator/url-state';
import { testSnapshot } from './fixtures/calculator';
import { expectRelative } from './fixtures/cost-model';

const snapshots = readSnapshots();

describe('the committed price snapshots', () => {
	it('are valid, named by their date, oldest first', () => {
		expect(snapshots.map((snapshot) => `${snapshot.id}.json`)).toEqual(snapshotFileNames());
		expect(snapshots.map((snapshot) => snapshot.id)).toEqual(
			[...snapshots.map((snapshot) => snapshot.id)].sort(),
		);
	});

	it('are never edited or deleted once published: each file has its recorded hash', () => {
		const published = readPublishedHashes();
		expect(Object.keys(published).sort()).toEqual(snapshots.map((snapshot) => snapshot.id));
		for (const name of snapshotFileNames())
			expect(snapshotHash(readFileSync(join(SNAPSHOT_DIR, name), 'utf8')), name).toBe(
				published[name.slice(0, 10)],
			);
	});

	it('end with the snapshot the live price data resolves to: changing the data needs a new snapshot', () => {
		const newest = newestSnapshot(snapshots);
		expect(resolveLiveSnapshot(newest.id, newest.summary)).toEqual(newest);
	});

	it('name the newest one where links are built without the files (the flowchart)', () => {
		expect(LATEST_SNAPSHOT).toBe(newestSnapshot(snapshots).id);
	});
});

describe('the first snapshot, 2026-11-27', () => {
	const first = snapshots[0] as Snapshot;
	const perToken = presetOf(first, 'lora-per-token');
	const dedicated = presetOf(first, 'lora-dedicated');

	it('holds the presets the calculator offered before snapshots, with the same default', () => {
		expect(first.id).toBe('2026-11-27');
		expect(first.presets.map((preset) => preset.id)).toEqual(['lora-per-token', 'lora-dedicated']);
		expect(first.defaultPreset).toBe('lora-per-token');
		expect(first.priceData).toEqual({
			package: '@pydantic/genai-prices',
			version: '0.1.8',
			dataDate: '2026-09-23',
		});
	});

	it('holds the same prices', () => {
		expect(perToken?.defaults).toMatchObject({
			aInputPrice: 2,
			aOutputPrice: 10,
			aCachedInputPrice: 0.2,
			cInputPrice: 0.1,
			cOutputPrice: 0.5,
			embeddingPrice: 0.02,
			bInputPrice: 0.2,
			bOutputPrice: 0.2,
			trainingPrice: 0.5,
		});
		expect(dedicated?.defaults).toMatchObject({ gpuHourPrice: 3.89, gpuThroughput: 4678.88, bTtftMs: 36.34 });
		expectRelative(dedicated?.defaults.bOutputTokensPerSecond ?? 0, 1000 / 5.19);
	});

	it('leaves the figures the data lacked empty instead of 0 or 1', () => {
		expect(perToken?.defaults).toMatchObject({
			gpuHourPrice: null,
			gpuThroughput: null,
			gpuPrefillThroughput: null,
		});
		expect(dedicated?.defaults).toMatchObject({
			bInputPrice: null,
			bOutputPrice: null,
			gpuPrefillThroughput: null,
		});
	});

	it('gives inputs added later the values that keep old links’ meaning', () => {
		for (const preset of [perToken, dedicated])
			expect(preset?.defaults).toMatchObject({
				aReasoningTokens: 0,
				cReasoningTokens: 0,
				horizonMonths: 12,
				gpuUtilisationPercent: 100,
				spareGpu: false,
				trafficHoursPerDay: 24,
				retrievedRepeats: false,
			});
	});

	it('reproduces a link copied from the calculator before snapshots: ?v=2000000', () => {
		const { results } = calculate(readLink('?v=2000000', snapshots).inputs);
		// A: (3,100 × 2 + 250 × 10) ÷ 1M × 2M = $17,400; B: (450 × 0.2 + 250 × 0.2) ÷ 1M × 2M = $280 + $250.40
		// training (every 6 months) = $530.40; C: (3,100 × 0.1 + 250 × 0.5) ÷ 1M × 2M = $870.
		expectRelative(results?.a.monthlyCost ?? 0, 17_400);
		expectRelative(results?.b.monthlyCost ?? 0, 530.4);
		expectRelative(results?.c?.monthlyCost ?? 0, 870);
	});
});

describe('adding a newer snapshot', () => {
	// A newer snapshot with every base-model price tripled.
	const withNewer = [...snapshots, testSnapshot('2099-01-01', 3)];

	it.each([
		'?v=2000000',
		'?s=2026-11-27&p=lora-per-token&v=5000000&ui=1500&ot=200',
		'?s=2026-11-28&p=lora-dedicated&v=5000000&ao=0',
	])('leaves the figures of %s unchanged', (link) => {
		const before = calculate(readLink(link, snapshots).inputs);
		const after = calculate(readLink(link, withNewer).inputs);
		expect(after).toEqual(before);
		expect(readLink(link, withNewer).snapshot.id).not.toBe('2099-01-01');
	});
});

describe('the snapshot schema', () => {
	const good = JSON.parse(readFileSync(join(SNAPSHOT_DIR, '2026-11-27.json'), 'utf8')) as Snapshot;

	it.each<[string, (snapshot: Snapshot) => void, RegExp]>([
		[
			'a default preset it does not hold',
			(s) => void (s.defaultPreset = 'nope'),
			/defaultPreset: no preset "nope"/,
		],
		[
			'a missing input',
			(s) => void delete (s.presets[0]?.defaults as Partial<Snapshot['presets'][0]['defaults']>)?.volume,
			/volume/,
		],
		[
			'an empty figure that must be sourced',
			(s) => void ((s.presets[0]?.defaults as { trainingPrice: unknown }).trainingPrice = null),
			/trainingPrice/,
		],
		[
			'a value out of range',
			(s) => void ((s.presets[0]?.defaults as { epochs: number }).epochs = 0),
			/Epochs must be/,
		],
		[
			'a source that is not https',
			(s) => void ((s.presets[0]?.sources[0] as { url: string }).url = 'http://x.org'),
			/url/,
		],
	])('rejects %s', (_name, change, message) => {
		const broken = structuredClone(good);
		change(broken);
		expect(() => parseSnapshot(broken, 'x.json')).toThrow(message);
	});
});
