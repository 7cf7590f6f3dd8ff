import { z } from 'astro/zod';
import { ref, sourceIds } from './common';

/** One side of a comparison row: what one country's rules say about a mechanism, with the acts and sources behind it. */
const comparisonSide = z
	.object({
		text: z
			.string()
			.min(20)
			.describe('Two or three plain sentences on what this side\'s rules say about the mechanism, with exact thresholds and dates where the texts give them. No current status without an "as of" date. A sentence about a dated period uses the template {{period:<measure-id>|<present words>|<past words>}}, which pages render in the present tense before the end date and in the past tense, with "what followed is not yet confirmed", after it (src/lib/periods.ts).'),
		measures: z
			.array(ref('measures'))
			.default([])
			.describe('Ids of the acts in content/measures/ that this cell describes, most important first (may be empty when the rule is a general principle of the law).'),
		sources: sourceIds.min(1).describe('Ids of entries in content/sources/ that support this cell, best source first. At least one.'),
	})
	.strict();

/**
 * One mechanism compared across the US chip controls and China's rare-earth rules: one row of the
 * "Side by side" page. The file name (without .yaml) is its id, e.g. content-threshold.yaml.
 */
export const comparisonSchema = z
	.object({
		mechanism: z.string().min(3).describe('Short name of the mechanism, used as the row heading, e.g. "Content threshold".'),
		order: z.number().int().min(1).describe('Position of the row on the page, 1 first. Each row should have its own number.'),
		question: z
			.string()
			.min(10)
			.describe('The plain-language question the row answers, e.g. "How much of a controlled input makes a foreign-made product need a licence?"'),
		us: comparisonSide.describe('What the US rules (and, where relevant, allied rules) say about this mechanism.'),
		china: comparisonSide.describe("What China's rules (mainly the October 2025 announcements) say about this mechanism."),
		difference: z
			.string()
			.min(20)
			.describe('One to three sentences on how the two compare: where they match and where they differ. Attribute judgements to named analysts in the page text, not here. A sentence about a dated period uses the template {{period:<measure-id>|<present words>|<past words>}}, which pages render in the present tense before the end date and in the past tense, with "what followed is not yet confirmed", after it (src/lib/periods.ts).'),
		terms: z
			.array(ref('terms'))
			.default([])
			.describe('Ids of glossary terms (content/terms/) a reader may need for this row.'),
		zh: z
			.object({
				mechanism: z.string().describe('The `mechanism` in Chinese.'),
				question: z.string().describe('The `question` in Chinese.'),
				difference: z.string().describe('The `difference` in Chinese.'),
				us: z.string().describe('The US side\'s `text` in Chinese, with the same thresholds and dates. A dated period uses {{period:<measure-id>|中文词语|中文词语}}, as the English does (src/lib/periods.ts), so it reads right after the end date.'),
				china: z.string().describe('China\'s side `text` in Chinese, with the same thresholds and dates. A dated period uses {{period:<measure-id>|中文词语|中文词语}}, as the English does (src/lib/periods.ts).'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator, not machine-copied. Each field translates the English field of the same name; leave a field out only when the English needs no translation. `npm run check` reports entries shown on a Chinese page that lack it.'),
	})
	.strict();

export type Comparison = z.infer<typeof comparisonSchema>;
export type ComparisonSide = z.infer<typeof comparisonSide>;
