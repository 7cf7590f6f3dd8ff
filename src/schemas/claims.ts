import { z } from 'astro/zod';
import { ref, sourceIds } from './common';

/**
 * One often-repeated claim about China's rare-earth rules, checked against the texts: what was said, a
 * verdict and a short explanation with its sources. The "Claims checked" page shows them, each under a
 * heading that asks the question readers type into search. The file name is its id.
 */
export const claimSchema = z
	.object({
		order: z.number().int().min(1).describe('Position on the "Claims checked" page (1 = first).'),
		question: z
			.string()
			.regex(/\?$/, { message: 'Phrase the question as readers would ask it, ending with "?", e.g. "Is China banning rare earths?".' })
			.describe('The question the claim answers, as readers would type it into search. The page uses it, word for word, as the heading.'),
		claim: z.string().min(10).describe('The claim as it circulated, in this site\'s words (say who made it in `seenIn`).'),
		verdict: z
			.enum(['false', 'misleading', 'half-true', 'unsupported'])
			.describe('false: the texts say otherwise; misleading: true in part but invites a wrong conclusion; half-true: true of one part or period only; unsupported: no source we hold shows it.'),
		explanation: z
			.string()
			.min(40)
			.describe('Two to four plain sentences on what the texts say instead. A sentence about a dated period uses {{period:<measure-id>|present words|past words}} (src/lib/periods.ts).'),
		seenIn: sourceIds.default([]).describe('Ids of sources (content/sources/) in which the claim appeared, if any.'),
		measures: z.array(ref('measures')).default([]).describe('Ids of the measures (content/measures/) the claim is about; their current status is shown with the verdict.'),
		sources: sourceIds.min(1).describe('Ids of the sources that settle the claim, primary sources first.'),
		zh: z
			.object({
				question: z.string().regex(/？$/, { message: 'End the Chinese question with a full-width question mark "？".' }).describe('The `question` in Chinese, as Chinese readers would ask it; the Chinese page uses it, word for word, as the heading.'),
				claim: z.string().describe('The `claim` in Chinese.'),
				explanation: z.string().describe('The `explanation` in Chinese. A sentence about a dated period uses the same {{period:<measure-id>|present words|past words}} template, with Chinese words (src/lib/periods.ts).'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator. `npm run check` reports claims shown on a Chinese page that lack it.'),
	})
	.strict();

export type Claim = z.infer<typeof claimSchema>;
