import { z } from 'astro/zod';
import { ref, sourceIds } from './common';

/**
 * One item that a Chinese export-control announcement lists (an annex line, a control-code entry, or an
 * article), so pages and the 0.1% calculator show lists and counts from data instead of retyping them.
 * The file name is its id, e.g. cn-2025-61-part1-dysprosium-oxide.yaml.
 */
export const controlItemSchema = z
	.object({
		measure: ref('measures').describe('Id of the announcement (content/measures/) that lists the item, e.g. "cn-2025-61".'),
		part: z
			.string()
			.describe('Where in the announcement the item sits, as the text numbers it: e.g. "Annex 1, Part I", "Annex 1, Part II", "Article 2", "Item 1 (samarium)", "Article 1(1)".'),
		order: z.number().int().min(1).describe('Position of the item within its part, as the text lists it (1 = first); tables sort by it.'),
		code: z
			.string()
			.optional()
			.describe('The control code the text gives, e.g. "1C902.a" or "1E902.b". Leave out when the text (as seen) gives none; never guess.'),
		description: z.string().min(3).describe('What the item is, in plain English, as this site translates it (not a quotation).'),
		zh: z
			.string()
			.optional()
			.describe('The original Chinese wording of the item, quoted exactly from the text seen. Leave out when the Chinese text was not seen.'),
		hsCodes: z
			.array(z.string().regex(/^\d{8,10}$/, { message: 'Write each HS code as the 8 or 10 digits the annex gives, e.g. "2805301910".' }))
			.default([])
			.describe('Reference customs (HS) commodity codes the text gives for this item ("参考海关商品编号"). Empty when the text gives none or they were not seen; never guess.'),
		elements: z
			.array(ref('elements'))
			.default([])
			.describe('Ids of the rare-earth elements (content/elements/) the item involves. Empty for items that are not element-specific (equipment, batteries, superhard materials).'),
		countsTowardThreshold: z
			.boolean()
			.default(false)
			.describe("True only for No. 61's Annex 1 Part I items: the Chinese-origin content whose value is measured against the 0.1% threshold."),
		annexSeen: z
			.boolean()
			.describe('True when someone working on this site read the announcement text (Chinese or a translation) that lists this item; false when it comes from reports of the text.'),
		seenNote: z
			.string()
			.optional()
			.describe('Required when annexSeen is false or fields are missing: what was and was not seen, e.g. "Annex text not seen; item as quoted by a news report".'),
		zhSite: z
			.object({
				description: z
					.string()
					.optional()
					.describe("The item described in Chinese by this site (本站译述), written from `description`; not the official wording. Chinese pages show it, marked 本站译述, when the original Chinese (`zh`) was not seen. Required for every item a Chinese page shows that has no `zh`."),
				seenNote: z
					.string()
					.optional()
					.describe('The `seenNote` in Chinese, shown in the notes under the table on Chinese pages. Required when `seenNote` is given and a Chinese page shows the item.'),
			})
			.strict()
			.optional()
			.describe('Chinese text written by this site for the Chinese edition (/zh-cn/), as opposed to `zh`, which quotes the official wording. `npm run check` (rule translation-data) reports items shown on a Chinese page that lack it.'),
		sources: sourceIds.min(1),
	})
	.strict()
	.superRefine((item, ctx) => {
		if (!item.annexSeen && !item.seenNote) {
			ctx.addIssue({ code: 'custom', path: ['seenNote'], message: 'annexSeen is false: add seenNote saying where the item comes from and what was not seen.' });
		}
		if (item.countsTowardThreshold && item.measure !== 'cn-2025-61') {
			ctx.addIssue({ code: 'custom', path: ['countsTowardThreshold'], message: "Only items of No. 61's Annex 1 Part I count toward the 0.1% threshold: set this to false, or fix `measure`." });
		}
	});

export type ControlItem = z.infer<typeof controlItemSchema>;
