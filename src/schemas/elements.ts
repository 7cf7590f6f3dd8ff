import { z } from 'astro/zod';
import { isoDate, slugId, sourceIds } from './common';

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
			.array(slugId)
			.default([])
			.describe('Ids of figures (content/figures/) with sourced price or supply facts about this element, shown on its page. Empty where no sourced figure exists.'),
		controls: z.array(slugId).describe('Ids of the measures (content/measures/) that list this element. Empty if none.'),
		abundancePpm: z.number().positive().nullable().describe("Average abundance in Earth's upper continental crust, parts per million by mass; null where there is no meaningful value (promethium)."),
		abundanceNote: z.string().optional().describe('Which estimate the abundance comes from, or why there is none.'),
		reviewed: isoDate.describe(
			'The date an editor last checked every fact on this element page (uses, mining, separation, figures, controls) against the record of its cited sources. The page shows it as its review date.',
		),
		sources: sourceIds.min(1).describe('Every source the page cites: those of the facts above and of the abundance figure.'),
	})
	.strict();

export type Element = z.infer<typeof elementSchema>;
export type ElementFact = z.infer<typeof elementFact>;
