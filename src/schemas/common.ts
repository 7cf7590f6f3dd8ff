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

/** A full ISO calendar date, YYYY-MM-DD. */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Write the date as YYYY-MM-DD, for example 2025-10-09.' })
	.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
		message: 'This is not a real calendar date; check the month and day.',
	});

/** A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
		message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the source allows.',
	});

/** A list of source ids (file names in content/sources/ without .yaml). */
export const sourceIds = z
	.array(slugId)
	.describe('Ids of entries in content/sources/ that support this entry, best source first.');

/** Jurisdictions the site covers. */
export const jurisdiction = z
	.enum(['CN', 'US', 'NL', 'JP', 'EU', 'AU', 'multilateral'])
	.describe('Who made the rule or took the action: CN China, US United States, NL Netherlands, JP Japan, EU European Union, AU Australia, multilateral (WTO, talks between governments).');
