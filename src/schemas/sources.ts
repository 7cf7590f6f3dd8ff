import { z } from 'astro/zod';
import { isoDate, partialDate, webUrl } from './common';

/** One cited work. The file name (without .yaml) is its id: `<Cite id="file-name"/>`. */
export const sourceSchema = z
	.object({
		title: z.string().min(3).describe('The title as the work gives it, in its own language (add an English gloss in `note` if needed).'),
		publisher: z.string().describe('Who published it: the agency, journal, firm or outlet (for a reproduction, the outlet that hosts the copy).'),
		author: z.string().optional().describe('Named author(s), if the work names any.'),
		published: partialDate
			.optional()
			.describe('When the work was published or dated: YYYY, YYYY-MM or YYYY-MM-DD. Leave out when the work gives no date (it is then shown as undated); never put the date you read it here.'),
		url: webUrl.describe('Where a reader can find it. Prefer the official page; for a copy or translation say so in `note`.'),
		kind: z
			.enum(['official', 'data', 'analysis', 'news'])
			.describe('official: a law, announcement, rule or government statement; data: a statistical publication; analysis: think tanks, law firms, scholars; news: reporting.'),
		language: z.string().default('en').describe('ISO 639-1 code of the text at `url`, e.g. en or zh.'),
		accessed: isoDate
			.optional()
			.describe('When someone working on this site last read the text at `url` (checked for this entry). Leave out if the entry was taken from a research brief and not re-read.'),
		archiveUrl: webUrl.optional().describe('A stable archived copy, if one exists.'),
		translation: z
			.enum(['official', 'unofficial'])
			.optional()
			.describe('Set when the text at `url` is a translation: official (by the issuing body) or unofficial (by anyone else).'),
		reliability: z
			.enum(['primary', 'corroborated', 'single', 'aggregator'])
			.describe('primary: the official text or a faithful copy; corroborated: a secondary source agreed by others; single: one secondary source, so hedge it; aggregator: low-quality repost, used only when nothing better exists.'),
		note: z.string().optional().describe('Anything a reader should know: it is a copy, a translation, a summary of another work, or disputed.'),
	})
	.strict();

export type Source = z.infer<typeof sourceSchema>;
