import { z } from 'astro/zod';

/** src/data/search-synonyms.yaml: the words readers type for what the site calls something (site search only). */
const group = z
	.object({
		site: z.string().min(1).describe("The site's own wording, e.g. \"export controls\"."),
		readers: z.array(z.string().min(1)).min(1).describe('What readers type instead, e.g. ["ban", "curbs"].'),
	})
	.strict();

export const searchSynonymsSchema = z
	.object({
		groups: z.array(group).describe('Each group: words that mean the same thing to a reader.'),
		zhGroups: z
			.array(group)
			.describe('The same for the Chinese pages: the Chinese pages\' wording (`site`) and what Chinese readers type instead.'),
		numberForms: z
			.object({
				canonical: z.string().includes('{n}').describe('The form every number form is searched as, with {n} for the number.'),
				forms: z
					.array(z.string().includes('{n}'))
					.min(1)
					.describe('Ways of writing a measure number: {n} is the number, {y} an optional four-digit year.'),
			})
			.strict(),
		zh: z
			.record(z.string().regex(/^\p{Script=Han}+$/u, 'Keys are Chinese words (Han characters only).'), z.string().min(1))
			.describe('Chinese word → English equivalent, for Chinese queries on English pages.'),
	})
	.strict();

export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
