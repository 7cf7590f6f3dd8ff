import { z } from 'astro/zod';
import { isoDate, jurisdiction, ref, sitePath, sourceIds } from './common';

/** The statuses a legal act can be in during one period of its life. */
export const statusKind = z
	.enum(['announced', 'in-force', 'partly-in-force', 'suspended', 'partly-suspended', 'lifted', 'superseded'])
	.describe('announced: issued but not yet in effect; in-force; partly-in-force (some articles apply, others wait); suspended; partly-suspended; lifted (repealed or ended); superseded (replaced by a later act).');

/** One period of a measure's life, from one date to another (or open-ended). */
export const statusPeriod = z
	.object({
		status: statusKind,
		from: isoDate.describe('First day this status applied.'),
		until: isoDate
			.optional()
			.describe('Last day this status applies, if a text fixes it (for example a suspension "until 10 November 2026"). Leave out when open-ended.'),
		by: ref('measures').optional().describe('Id of the measure that brought this status about (for example the announcement that suspended it).'),
		detail: z.string().optional().describe('One sentence on what this period means, e.g. which articles apply. State dates in tense-neutral words ("set to run until …"), since readers may see it after the end date.'),
		endsFor: z
			.string()
			.optional()
			.describe('When only part of the measure has the `until` date, which part, e.g. "Article 2". Status wording then names it ("suspension of Article 2 … until …").'),
		continues: z
			.string()
			.optional()
			.describe('When part of the measure has no end date in this period, what stays and how, e.g. "Article 1 in force with no end date". Shown with its confirmation date even after `until` has passed.'),
		sources: sourceIds.min(1),
	})
	.strict();

/** One legal act: a Chinese announcement, a US rule, an allied regulation. The file name is its id. */
export const measureSchema = z
	.object({
		jurisdiction,
		issuers: z.array(z.string()).min(1).describe('Issuing bodies, e.g. ["MOFCOM", "General Administration of Customs"].'),
		number: z.string().describe('How the act is numbered, e.g. "Announcement No. 18 of 2025" or "89 FR 96790".'),
		shortName: z.string().describe('The short name used in tables and the sidebar, e.g. "No. 18 (2025)".'),
		plainName: z
			.string()
			.max(90)
			.describe('What the act does, in plain words a general reader would use, e.g. "Licences for seven medium and heavy rare earths and some magnets". Shown first in the status tracker and on the home page.'),
		title: z.string().describe("The act's title in English (say in `titleNote` if the translation is unofficial)."),
		originalTitle: z.string().optional().describe('The title in the original language, when known.'),
		originalTitleFrom: z
			.enum(['official', 'copy', 'reports'])
			.optional()
			.describe(
				'Where `originalTitle` was read (required with it): "official" = the issuing body\'s own page, or the body quoting it; "copy" = a reproduction of the official page or text (a snapshot, a repost with the document number); "reports" = news reports or listings, not checked against the official page. Pages label the title accordingly, so readers know how exact it is.',
			),
		titleNote: z.string().optional().describe('Where the English title comes from, e.g. "unofficial translation".'),
		announced: isoDate.describe('Date the act was issued or published.'),
		effective: isoDate.optional().describe('Date it first took effect (the earliest, if parts took effect on different days). Leave out if it never took effect.'),
		statusHistory: z
			.array(statusPeriod)
			.min(1)
			.describe('Every status period in date order; the last one is the latest status on record.'),
		lastVerified: isoDate.describe('The latest date on which a source confirmed the latest status. Pages say "as of" this date.'),
		covers: z.array(z.string()).min(1).describe('What the act covers, one short item per line (elements, goods, technologies, persons).'),
		summary: z.string().describe('Two or three plain sentences on what the act does.'),
		page: sitePath.optional().describe('Path of the page that explains this measure, e.g. "/rules/april-2025/".'),
		sources: sourceIds.min(1),
		zh: z
			.object({
				shortName: z.string().describe('Short name in Chinese, e.g. "第18号公告（2025年）".'),
				plainName: z.string().max(60).describe('The `plainName` in Chinese: what the act does, in plain words, e.g. "七种中重稀土及部分磁体出口许可".'),
				title: z
					.string()
					.optional()
					.describe('A Chinese translation of the title, for acts not written in Chinese (US, EU, Japanese rules). Chinese acts leave it out: their `originalTitle` is shown, marked as the original.'),
				covers: z.array(z.string()).min(1).describe('The `covers` list in Chinese, one item per English item.'),
				summary: z.string().describe('The `summary` in Chinese.'),
				issuers: z.array(z.string()).min(1).optional().describe('Issuing bodies in Chinese, e.g. ["商务部", "海关总署"].'),
				number: z
					.string()
					.optional()
					.describe('The number as the act itself prints it, e.g. "商务部公告2025年第61号" (Chinese acts) or "联邦公报 89 FR 96790".'),
				details: z
					.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string())
					.optional()
					.describe('Chinese text of the status periods\' `detail` sentences, keyed by the period\'s `from` date, e.g. {"2025-11-07": "……"}.'),
				parts: z
					.record(
						z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
						z
							.object({
								endsFor: z.string().describe('The period\'s `endsFor` in Chinese, e.g. "第二条".'),
								continues: z.string().optional().describe('The period\'s `continues` in Chinese, e.g. "第一条继续有效，没有截止日期".'),
							})
							.strict(),
					)
					.optional()
					.describe('Chinese text of the status periods\' `endsFor` and `continues` (which part has the end date, what stays), keyed by the period\'s `from` date. Status sentences on Chinese pages name the parts with it.'),
			})
			.strict()
			.optional()
			.describe('Chinese text for the Chinese edition (/zh-cn/), written by a translator, not machine-copied. Each field translates the English field of the same name; leave a field out only when the English needs no translation. `npm run check` reports entries shown on a Chinese page that lack it.'),
	})
	.strict()
	.superRefine((m, ctx) => {
		for (let i = 1; i < m.statusHistory.length; i++) {
			if (m.statusHistory[i]!.from < m.statusHistory[i - 1]!.from) {
				ctx.addIssue({
					code: 'custom',
					path: ['statusHistory', i, 'from'],
					message: 'Status periods must be in date order: move this period after the one that starts later.',
				});
			}
		}
		if (m.originalTitle && !m.originalTitleFrom) {
			ctx.addIssue({
				code: 'custom',
				path: ['originalTitleFrom'],
				message: 'Say where originalTitle was read: originalTitleFrom: official (the issuing body\'s page), copy (a reproduction of it) or reports (news reports or listings).',
			});
		}
		if (m.originalTitleFrom && !m.originalTitle) {
			ctx.addIssue({ code: 'custom', path: ['originalTitleFrom'], message: 'originalTitleFrom describes originalTitle: add the title, or remove this field.' });
		}
		if (m.lastVerified < m.announced) {
			ctx.addIssue({ code: 'custom', path: ['lastVerified'], message: 'lastVerified cannot be before the date the act was announced.' });
		}
	});

export type Measure = z.infer<typeof measureSchema>;
export type StatusPeriod = z.infer<typeof statusPeriod>;
export type StatusKind = z.infer<typeof statusKind>;
