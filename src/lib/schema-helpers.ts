import { z } from 'astro/zod';

/**
 * A calendar date written YYYY-MM-DD that exists, kept as a string so it renders exactly as entered.
 * Astro's YAML loader turns unquoted dates into Date objects; those are folded back to the string.
 */
export const calendarDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dates are written YYYY-MM-DD' })
		.refine(
			(value) => {
				// Zod runs this even when the pattern failed, and an invalid Date cannot be printed: check first.
				const time = Date.parse(`${value}T00:00:00Z`);
				return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
			},
			{ message: 'that date does not exist' },
		),
);

/** A list of entries with ids, each id listed once; a repeat is reported at its index, naming `noun`. */
export function uniqueIdList<Entry extends z.ZodType<{ id: string }>>(entry: Entry, noun: string) {
	return z.array(entry).superRefine((list, ctx) => {
		const seen = new Set<string>();
		for (const [index, { id }] of list.entries()) {
			if (seen.has(id))
				ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${noun} id "${id}" is listed twice` });
			seen.add(id);
		}
	});
}
