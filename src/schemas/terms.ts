import { z } from 'astro/zod';
import { ref, sitePath, sourceIds } from './common';

/** One glossary term. The file name is the anchor `<Term id="…"/>` links to, e.g. de-minimis.yaml. */
export const termSchema = z
	.object({
		term: z.string().describe('The term as readers meet it, e.g. "de minimis rule".'),
		aliases: z.array(z.string()).default([]).describe('Other names and abbreviations, e.g. ["FDPR"].'),
		short: z.string().max(200).describe('A one-sentence plain definition, shown on hover over a <Term> link.'),
		note: z.string().optional().describe('A longer explanation for the glossary page.'),
		related: z.array(ref('terms')).default([]).describe('Ids of related glossary terms.'),
		page: sitePath.optional().describe('Path of the page that explains the term fully, e.g. "/mirror/us-controls/".'),
		sources: sourceIds.default([]),
		zh: z
			.object({
				term: z.string().describe('The term in Chinese as Chinese texts use it, e.g. "最低比例规则".'),
				aliases: z.array(z.string()).default([]).describe('Other Chinese names and abbreviations.'),
				short: z.string().max(120).describe('The one-sentence definition in Chinese.'),
				note: z.string().optional().describe('The longer explanation in Chinese.'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator, not machine-copied. Each field translates the English field of the same name; leave a field out only when the English needs no translation. `npm run check` reports entries shown on a Chinese page that lack it.'),
	})
	.strict();

export type Term = z.infer<typeof termSchema>;
