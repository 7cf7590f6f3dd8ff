/**
 * Queries a student might type into the site search, and the page(s) that answer each.
 * `expected` lists the acceptable answers (URL paths without the base): the explaining page first; a second
 * path is given only where that page answers the question just as well (say why in `note`).
 * `within`: the answer must be among this many first results (1 for names and numbers, 3 for terms and questions).
 */
export interface StudentQuery {
	query: string;
	expected: string[];
	within: 1 | 3;
	kind: 'element' | 'measure' | 'term' | 'question';
	note?: string;
}

export const STUDENT_QUERIES: StudentQuery[] = [
	// An element's name returns its own page first.
	{ query: 'neodymium', expected: ['/basics/elements/neodymium/'], within: 1, kind: 'element' },
	{ query: 'Dysprosium', expected: ['/basics/elements/dysprosium/'], within: 1, kind: 'element' },
	{ query: 'terbium', expected: ['/basics/elements/terbium/'], within: 1, kind: 'element' },
	{ query: 'yttrium', expected: ['/basics/elements/yttrium/'], within: 1, kind: 'element' },
	{ query: 'scandium', expected: ['/basics/elements/scandium/'], within: 1, kind: 'element' },

	// A measure's number returns the page that explains it first.
	{ query: 'Announcement 57', expected: ['/rules/october-2025/'], within: 1, kind: 'measure' },
	{ query: 'No. 57', expected: ['/rules/october-2025/'], within: 1, kind: 'measure' },
	{ query: 'Announcement No. 61', expected: ['/rules/point-one-percent-rule/'], within: 1, kind: 'measure' },
	{ query: 'No. 61', expected: ['/rules/point-one-percent-rule/'], within: 1, kind: 'measure' },
	{ query: 'Announcement 18', expected: ['/rules/april-2025/'], within: 1, kind: 'measure' },
	{ query: 'No. 18', expected: ['/rules/april-2025/'], within: 1, kind: 'measure' },
	{ query: 'No. 70', expected: ['/rules/suspension-and-busan/'], within: 1, kind: 'measure' },
	{ query: 'Announcement 62', expected: ['/rules/technology-controls/'], within: 1, kind: 'measure' },
	{ query: 'No. 72', expected: ['/rules/suspension-and-busan/'], within: 1, kind: 'measure' },

	// Common terms return the explaining page among the first three.
	{ query: 'magnets', expected: ['/basics/magnets/'], within: 3, kind: 'term' },
	{
		query: 'graphite',
		expected: ['/rules/how-it-works/', '/rules/october-2025/'],
		within: 3,
		kind: 'term',
		note: 'Graphite is covered twice: the 2023 graphite controls (how it works) and graphite anodes in No. 58 (October 2025).',
	},
	{ query: 'Entity List', expected: ['/mirror/us-controls/'], within: 3, kind: 'term' },
	{
		query: 'processing',
		expected: ['/supply-chain/china-dominance/', '/supply-chain/mine-to-magnet/'],
		within: 3,
		kind: 'term',
		note: 'Processing is explained as a whole (China dominance) and step by step (mine to magnet).',
	},
	{ query: '0.1% rule', expected: ['/rules/point-one-percent-rule/'], within: 3, kind: 'term' },
	{ query: 'foreign direct product rule', expected: ['/mirror/us-controls/'], within: 3, kind: 'term' },
	{ query: 'Unreliable Entity List', expected: ['/rules/how-it-works/'], within: 3, kind: 'term' },
	{ query: 'heavy rare earths', expected: ['/basics/what-are-rare-earths/'], within: 3, kind: 'term' },
	{ query: 'reserves', expected: ['/supply-chain/production-and-reserves/'], within: 3, kind: 'term' },
	{ query: 'MOFCOM', expected: ['/rules/how-it-works/'], within: 3, kind: 'term' },
	{ query: 'Busan', expected: ['/rules/suspension-and-busan/'], within: 3, kind: 'term' },
	{ query: 'Affiliates Rule', expected: ['/mirror/us-controls/'], within: 3, kind: 'term' },
	{ query: 'technology catalogue', expected: ['/rules/technology-controls/'], within: 3, kind: 'term' },
	{
		query: 'de minimis',
		expected: ['/mirror/us-controls/', '/rules/point-one-percent-rule/'],
		within: 3,
		kind: 'term',
		note: "The US rule is explained on the US page, China's counterpart on the 0.1% page.",
	},
	{ query: 'solvent extraction', expected: ['/basics/why-rare/'], within: 3, kind: 'term' },
	{ query: 'lithium battery', expected: ['/rules/october-2025/'], within: 3, kind: 'term' },
	{ query: 'superhard materials', expected: ['/rules/october-2025/'], within: 3, kind: 'term' },
	{ query: 'Lynas', expected: ['/supply-chain/who-else/'], within: 3, kind: 'term' },

	// Questions in a student's words.
	{ query: 'why is China dominant', expected: ['/supply-chain/china-dominance/'], within: 3, kind: 'question' },
	{ query: 'is it in force', expected: ['/rules/status-tracker/'], within: 3, kind: 'question' },
	{ query: 'what are rare earths', expected: ['/basics/what-are-rare-earths/'], within: 3, kind: 'question' },
	{ query: 'why are rare earths rare', expected: ['/basics/why-rare/'], within: 3, kind: 'question' },
	{ query: 'who is affected', expected: ['/impacts/who-is-affected/'], within: 3, kind: 'question' },
	{ query: 'how did governments respond', expected: ['/impacts/responses/'], within: 3, kind: 'question' },
	{ query: 'where does the mirror break', expected: ['/mirror/where-it-breaks/'], within: 3, kind: 'question' },
];
