import { z } from 'astro/zod';
import { ref, sourceIds } from './common';

/** One of the 17 rare-earth elements. The file name is the element's name in lower case, e.g. neodymium.yaml. */
export const elementSchema = z
	.object({
		name: z.string().describe('English name, e.g. "Neodymium".'),
		symbol: z.string().regex(/^[A-Z][a-z]?$/).describe('Chemical symbol, e.g. "Nd".'),
		atomicNumber: z.number().int().min(21).max(71).describe('Atomic number (21 Sc, 39 Y, 57–71 the lanthanides).'),
		group: z.enum(['light', 'heavy']).describe('Light or heavy rare earth under the grouping this site follows (see groupNote when conventions differ).'),
		groupNote: z.string().optional().describe('Where classifications disagree about the group, what they say.'),
		uses: z.array(z.string()).min(1).describe('Main uses, most important first, in plain words.'),
		controls: z.array(ref('measures')).describe('Ids of the measures (content/measures/) that list this element. Empty if none.'),
		abundancePpm: z.number().positive().nullable().describe("Average abundance in Earth's upper continental crust, parts per million by mass; null where there is no meaningful value (promethium)."),
		abundanceNote: z.string().optional().describe('Which estimate the abundance comes from, or why there is none.'),
		sources: sourceIds.min(1),
	})
	.strict();

export type Element = z.infer<typeof elementSchema>;
