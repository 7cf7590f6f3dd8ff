import { z } from 'astro/zod';
import { isoDate, sourceIds } from './common';

/** Fields this site adds to Starlight's page frontmatter. */
export const docsExtension = z.object({
	sources: sourceIds
		.default([])
		.describe('Sources used for the page as a whole. Inline <Cite> ids are collected automatically; list here only works consulted but not cited inline.'),
	lastReviewed: isoDate
		.optional()
		.describe('The date someone last checked every fact on the page against its sources. Required on pages with factual content.'),
	summary: z
		.array(z.string())
		.max(4)
		.optional()
		.describe('Two to four "In short" points shown at the top of the page.'),
	section: z
		.enum(['start', 'basics', 'supply-chain', 'rules', 'mirror', 'impacts', 'reference', 'contribute'])
		.optional()
		.describe('The site section, used for search filters; taken from the folder when left out.'),
});
