import { z } from 'astro/zod';
import { isoDate, sourceIds } from './common';

/** Kinds of change; the ones that change what the site says is true need sources. */
export const changeKind = z
	.enum(['launch', 'new-page', 'fact', 'status', 'correction', 'clarification', 'editorial'])
	.describe(
		"What sort of change: launch (the site went live); new-page (a page was added); fact (a new fact or figure); status (a measure's status was updated or re-verified); correction (something the site said was wrong); clarification (wording made clearer, no fact changed); editorial (layout, links, typos).",
	);

/** Kinds of change that alter a fact on the site, so must say which sources support the change. */
export const KINDS_NEEDING_SOURCES: readonly z.infer<typeof changeKind>[] = ['fact', 'status', 'correction'];

/**
 * One entry in the "What changed" log and its Atom feed. File names start with the date,
 * e.g. content/changes/2026-11-22-launch.yaml; the file name is the entry's id and its anchor on the page.
 */
export const changeSchema = z
	.object({
		date: isoDate.describe('The day the change was published on the site, YYYY-MM-DD.'),
		summary: z.string().min(5).max(160).describe('What changed, in one short plain sentence (the feed entry title).'),
		pages: z
			.array(
				z
					.string()
					.regex(/^[a-z0-9/-]+$/, {
						message: 'Write a page as its path without slashes at either end, e.g. "rules/october-2025" ("index" for the home page).',
					}),
			)
			.min(1)
			.describe(
				'The pages the change touched, as paths without the leading and trailing slash: "rules/october-2025", "basics/elements/neodymium", "index" for the home page.',
			),
		reason: z.string().min(5).describe('Why it changed: a new source, a correction a reader sent, a status that was re-verified…'),
		kind: changeKind,
		sources: sourceIds
			.default([])
			.describe('Ids of entries in content/sources/ supporting the change. Required for kinds fact, status and correction.'),
	})
	.strict()
	.superRefine((c, ctx) => {
		if (KINDS_NEEDING_SOURCES.includes(c.kind) && c.sources.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: `A change of kind "${c.kind}" alters a fact: list the source ids that support it in sources.`,
			});
		}
	});

export type Change = z.infer<typeof changeSchema>;
