/**
 * Building blocks shared by the collection schemas: ids, dates and references.
 * Every schema in this folder describes each field, so the generated data
 * downloads and the contributor guide can show what a field means.
 */
import { z } from 'astro/zod';

/** A slug id: lower-case letters, digits and hyphens, like a file name without its extension. */
export const slugId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'Use lower-case letters, digits and single hyphens only, for example "usgs-mcs-2026".',
	});

/**
 * YAML reads an unquoted 2025-10-09 as a date and 2012 as a number; dates are kept as ISO text
 * (a calendar date has no time zone), so both are turned back into text before validation.
 */
const asDateText = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/** True when every part given (year, month, day) exists in the calendar. */
function isRealDate(text: string): boolean {
	const [y, m = '01', d = '01'] = text.split('-');
	const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

/**
 * A web address a reader may follow: https: or http: only. Every URL field in the data schemas uses this, so a
 * javascript:, data: or other scheme in a data file fails the content check and the build.
 */
export const webUrl = z.url({ protocol: /^https?$/, error: 'Use a full web address starting with https:// (or http://).' });

/** A page of this site, as its path with slashes at both ends ("/rules/april-2025/"): components put the base in front of it. */
export const sitePath = z
	.string()
	.regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:#[a-z0-9-]+)?$/, { message: 'Write a page of this site as its path, with slashes at both ends, for example "/rules/april-2025/".' });

/** A full ISO calendar date, YYYY-MM-DD. */
export const isoDate = z.preprocess(asDateText, z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Write the date as YYYY-MM-DD, for example 2025-10-09.' })
	.refine(isRealDate, { message: 'This is not a real calendar date; check the month and day.' }));

/** A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(asDateText, z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
		message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source allows.',
	})
	.refine(isRealDate, { message: 'This is not a real calendar date; check the month and day.' }));

/**
 * The collections an id can point into. `ref(collection)` marks a field as an id of that collection; the
 * integrity check (src/lib/integrity/check.ts) reads these marks from the schemas, so a new field is
 * checked because its schema says what it refers to, never because of its name.
 */
export type RefTarget = 'sources' | 'elements' | 'measures' | 'events' | 'terms' | 'figures' | 'comparisons' | 'changes' | 'control-items' | 'claims';

/** Where the marks live: a schema → the collection its ids belong to. Clones (e.g. after `.describe()`) inherit the mark. */
export const references = z.registry<{ collection: RefTarget }>();

/** An id of an entry in content/<collection>/ (its file name without .yaml). */
export function ref(collection: RefTarget, description?: string) {
	// A fresh copy each time, so the mark never lands on the shared `slugId` itself.
	const id = slugId.describe(description ?? `Id of an entry in content/${collection}/ (its file name without .yaml).`);
	return id.register(references, { collection });
}

/** The collection a schema node refers to, if it was made with `ref()`. */
export const referenceOf = (schema: z.ZodType): RefTarget | undefined => references.get(schema)?.collection;

/** A list of source ids (file names in content/sources/ without .yaml). */
export const sourceIds = z
	.array(ref('sources'))
	.describe('Ids of entries in content/sources/ that support this entry, best source first.');

/** Jurisdictions the site covers. */
export const jurisdiction = z
	.enum(['CN', 'US', 'NL', 'JP', 'EU', 'AU', 'multilateral'])
	.describe('Who made the rule or took the action: CN China, US United States, NL Netherlands, JP Japan, EU European Union, AU Australia, multilateral (WTO, talks between governments).');
