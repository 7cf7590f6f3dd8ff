import { z } from 'astro/zod';
import { slugId, sourceIds, sitePath } from './common';

/** One glossary term. The file name is the anchor `<Term id="…"/>` links to, e.g. de-minimis.yaml. */
export const termSchema = z
	.object({
		term: z.string().describe('The term as readers meet it, e.g. "de minimis rule".'),
		aliases: z.array(z.string()).default([]).describe('Other names and abbreviations, e.g. ["FDPR"].'),
		short: z.string().max(200).describe('A one-sentence plain definition, shown on hover over a <Term> link.'),
		note: z.string().optional().describe('A longer explanation for the glossary page.'),
		related: z.array(slugId).default([]).describe('Ids of related glossary terms.'),
		page: sitePath.optional().describe('Path of the page that explains the term fully, e.g. "/mirror/us-controls/".'),
		sources: sourceIds.default([]),
	})
	.strict();

export type Term = z.infer<typeof termSchema>;
