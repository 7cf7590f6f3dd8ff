import { z } from 'astro/zod';
import { isoDate, ref, sourceIds } from './common';

/** One fact on an element page, with the sources that support it. */
export const elementFact = z
	.object({
		text: z.string().min(3).describe('The fact in plain words, as it appears on the page.'),
		sources: sourceIds
			.min(1)
			.describe('Ids of the sources that support this fact. At least one must not be an aggregator (a low-reliability repost); the build fails otherwise.'),
	})
	.strict();

/** One of the 17 rare-earth elements. The file name is the element's name in lower case, e.g. neodymium.yaml. */
export const elementSchema = z
	.object({
		name: z.string().describe('English name, e.g. "Neodymium".'),
		symbol: z.string().regex(/^[A-Z][a-z]?$/).describe('Chemical symbol, e.g. "Nd".'),
		atomicNumber: z.number().int().min(21).max(71).describe('Atomic number (21 Sc, 39 Y, 57–71 the lanthanides).'),
		group: z.enum(['light', 'heavy']).describe('Light or heavy rare earth under the grouping this site follows (see groupNote when conventions differ).'),
		groupNote: z.string().optional().describe('Where classifications disagree about the group, what they say.'),
		uses: z.array(elementFact).min(1).describe('Main uses, most important first, in plain words, each with its sources.'),
		mined: elementFact.describe('Where the element is mined (or, for one made in reactors, how it is obtained), with its sources.'),
		separated: elementFact.describe('Where it is separated from the other rare earths and refined, with its sources.'),
		figures: z
			.array(ref('figures'))
			.default([])
			.describe('Ids of figures (content/figures/) with sourced price or supply facts about this element, shown on its page. Empty where no sourced figure exists.'),
		controls: z.array(ref('measures')).describe('Ids of the measures (content/measures/) that list this element. Empty if none.'),
		abundancePpm: z.number().positive().nullable().describe("Average abundance in Earth's upper continental crust, parts per million by mass; null where there is no meaningful value (promethium)."),
		abundanceNote: z.string().optional().describe('Which estimate the abundance comes from, or why there is none.'),
		reviewed: isoDate.describe(
			'The date an editor last checked every fact on this element page (uses, mining, separation, figures, controls) against the record of its cited sources. The page shows it as its review date.',
		),
		sources: sourceIds.min(1).describe('Every source the page cites: those of the facts above and of the abundance figure.'),
		zh: z
			.object({
				name: z.string().regex(/^\p{Script=Han}$/u, { message: 'The Chinese name of an element is one character, e.g. "钕".' }).describe('The Chinese name, one character, e.g. "钕".'),
				pinyin: z.string().describe('Its reading in pinyin with tone marks, e.g. "nǚ".'),
				uses: z.array(z.string()).min(1).describe('The text of each item of `uses` in Chinese, one item per English item, in the same order (the sources stay those of the English item).'),
				mined: z.string().describe('The text of `mined` in Chinese (its sources stay those of the English fact).'),
				separated: z.string().describe('The text of `separated` in Chinese (its sources stay those of the English fact).'),
				groupNote: z.string().optional().describe('The `groupNote` in Chinese.'),
				abundanceNote: z.string().optional().describe('The `abundanceNote` in Chinese.'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator, not machine-copied. Each field translates the English field of the same name; leave a field out only when the English needs no translation. `npm run check` reports entries shown on a Chinese page that lack it.'),
	})
	.strict();

export type Element = z.infer<typeof elementSchema>;
export type ElementFact = z.infer<typeof elementFact>;
