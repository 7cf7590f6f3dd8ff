import { z } from 'astro/zod';
import { jurisdiction, partialDate, ref, sourceIds } from './common';

/** One dated entry on the timeline. File names start with the date, e.g. 2025-04-04-announcement-18.yaml. */
export const eventSchema = z
	.object({
		date: partialDate.describe('When it happened, as precisely as sources allow: YYYY, YYYY-MM or YYYY-MM-DD.'),
		title: z.string().max(140).describe('What happened, in one short sentence in plain words.'),
		detail: z.string().optional().describe('One or two more sentences of context. A sentence about a dated period uses the template {{period:<measure-id>|<present words>|<past words>}}, which pages render in the present tense before the end date and in the past tense, with "what followed is not yet confirmed", after it (src/lib/periods.ts).'),
		jurisdiction,
		measures: z.array(ref('measures')).default([]).describe('Ids of the measures this event concerns.'),
		sources: sourceIds.min(1),
		zh: z
			.object({
				title: z.string().max(80).describe('The `title` in Chinese.'),
				detail: z.string().optional().describe('The `detail` in Chinese.'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator, not machine-copied. Each field translates the English field of the same name; leave a field out only when the English needs no translation. `npm run check` reports entries shown on a Chinese page that lack it.'),
	})
	.strict();

export type Event = z.infer<typeof eventSchema>;
