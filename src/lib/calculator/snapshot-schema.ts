/**
 * The schema of a price snapshot file (content/prices/snapshots/YYYY-MM-DD.json). Build-time only: the island
 * receives snapshots already checked.
 */
import { z } from 'astro/zod';
import { calendarDate } from '../schema-helpers';
import {
	FIELD_SPECS,
	isSourcedField,
	SERVING_MODES,
	validateInputs,
	type CalculatorInputs,
	type Field,
	type FieldSpec,
} from './fields';
import type { Snapshot } from './snapshots';

const FIELDS = FIELD_SPECS.map((spec) => spec.field) as [Field, ...Field[]];

// A field added after a snapshot was published must get `.default(value)` here, with the value that keeps
// that older snapshot's figures unchanged (e.g. 0 reasoning tokens), because published files are never edited.
function valueSchema(spec: FieldSpec): z.ZodType {
	switch (spec.kind) {
		case 'boolean':
			return z.boolean();
		case 'choice':
			return z.enum(SERVING_MODES as [string, ...string[]]);
		case 'currency':
		case 'date':
			return z.string();
		default:
			return isSourcedField(spec.field) ? z.number().nullable() : z.number();
	}
}

const inputsSchema = z
	.strictObject(Object.fromEntries(FIELD_SPECS.map((spec) => [spec.field, valueSchema(spec)])))
	.superRefine((inputs, ctx) => {
		for (const [field, message] of Object.entries(validateInputs(inputs as unknown as CalculatorInputs)))
			ctx.addIssue({ code: 'custom', path: [field], message });
	});

const sourceSchema = z.strictObject({
	label: z.string().min(1),
	url: z.url({ protocol: /^https$/ }),
	accessed: calendarDate,
	via: z.string().min(1).nullable(),
	fields: z.array(z.enum(FIELDS)),
});

const presetSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	name: z.string().min(1),
	description: z.string().min(1),
	notice: z.string().min(1).nullable(),
	labels: z.strictObject({ a: z.string().min(1), b: z.string().min(1), c: z.string().min(1).nullable() }),
	defaults: inputsSchema,
	sources: z.array(sourceSchema).min(1),
});

/** A snapshot file: its date, what changed, the default preset, the dataset it was resolved from, the presets. */
export const snapshotSchema = z
	.strictObject({
		id: calendarDate,
		summary: z.string().min(1),
		defaultPreset: z.string().min(1),
		priceData: z.strictObject({
			package: z.string().min(1),
			version: z.string().min(1),
			dataDate: calendarDate,
		}),
		presets: z.array(presetSchema).min(1),
	})
	.superRefine((snapshot, ctx) => {
		const ids = snapshot.presets.map((preset) => preset.id);
		if (!ids.includes(snapshot.defaultPreset))
			ctx.addIssue({
				code: 'custom',
				path: ['defaultPreset'],
				message: `no preset "${snapshot.defaultPreset}"`,
			});
		if (new Set(ids).size !== ids.length)
			ctx.addIssue({ code: 'custom', path: ['presets'], message: 'preset ids repeat' });
	});

/** Parse a snapshot file's JSON, throwing one readable error that names every problem. */
export function parseSnapshot(raw: unknown, file: string): Snapshot {
	const result = snapshotSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`${file} is invalid:\n${problems.join('\n')}`);
	}
	return result.data as unknown as Snapshot;
}
