import { z } from 'astro/zod';
import { ref } from './common';

/** One headline number with its provenance. Pages show it with `<Figure id="…"/>`; the file name is the id. */
export const figureSchema = z
	.object({
		value: z.number().describe('The number itself, in `unit`.'),
		unit: z.enum(['percent', 'tonnes', 'tonnes REO', 'kg', 'USD/kg', 'count']).describe('Unit of `value`; "tonnes REO" means tonnes of rare-earth oxide equivalent.'),
		approx: z.boolean().default(false).describe('True when the source gives the value as approximate ("about", "roughly").'),
		label: z.string().describe('What the number measures, in plain words, e.g. "China\'s share of world rare-earth mine production".'),
		stage: z
			.enum(['mining', 'separation', 'refining', 'metal', 'magnets', 'production', 'reserves', 'trade', 'content', 'other'])
			.describe('Which part of the story it belongs to.'),
		year: z.number().int().min(1950).max(2100).describe('The year the data describe (not the year of publication).'),
		edition: z.string().optional().describe('The edition of the publication, e.g. "Mineral Commodity Summaries 2026".'),
		source: ref('sources').describe('Id of the source entry the number comes from.'),
		conflictsWith: z.array(ref('figures')).default([]).describe('Ids of other figures that measure the same thing differently.'),
		note: z.string().optional().describe('Why it differs from conflicting figures, or any caveat a reader should know.'),
		zh: z
			.object({
				label: z.string().describe('The `label` in Chinese.'),
				note: z.string().optional().describe('The `note` in Chinese.'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator, not machine-copied. Each field translates the English field of the same name; leave a field out only when the English needs no translation. `npm run check` reports entries shown on a Chinese page that lack it.'),
	})
	.strict();

export type Figure = z.infer<typeof figureSchema>;
