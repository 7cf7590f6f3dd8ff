/**
 * What readers actually type into the search box, and the pages that answer it (issue 15).
 *
 * Written BEFORE search was tuned, from the kinds of reader the site serves (general readers, students, people
 * reacting to the news, Chinese readers), not from the pages' wording: misspellings, whole questions, the words
 * the news uses (ban, curbs, chips), measure numbers in every form, and Chinese. Keep it that way: add queries
 * the way a reader would phrase them, never copy a heading into a query to make it pass.
 *
 * `expected`: URL paths (without the base) of pages that answer the query; any of them within the first three
 * results counts as a hit. The first listed is the page that answers it best.
 * reader-search.test.ts types each query into the search dialog and requires ≥ 90% hits.
 */
export type ReaderQueryKind = 'typo' | 'question' | 'synonym' | 'number' | 'name' | 'topic' | 'chinese';

export interface ReaderQuery {
	query: string;
	expected: string[];
	kind: ReaderQueryKind;
}

const el = (name: string) => `/basics/elements/${name}/`;
const RULES = ['/rules/how-it-works/', '/rules/october-2025/', '/rules/april-2025/', '/rules/status-tracker/'];

export const READER_QUERIES: ReaderQuery[] = [
	// Misspellings: a reader does not know how to spell a lanthanide.
	{ query: 'neodimium', expected: [el('neodymium')], kind: 'typo' },
	{ query: 'terbuim', expected: [el('terbium')], kind: 'typo' },
	{ query: 'dysprosim', expected: [el('dysprosium')], kind: 'typo' },
	{ query: 'raer earth elements', expected: ['/basics/what-are-rare-earths/', '/basics/elements/'], kind: 'typo' },
	{ query: 'export contols', expected: RULES, kind: 'typo' },
	{ query: 'yttruim', expected: [el('yttrium')], kind: 'typo' },
	{ query: 'lanthanium', expected: [el('lanthanum')], kind: 'typo' },
	{ query: 'samarim cobalt', expected: [el('samarium')], kind: 'typo' },
	{ query: 'praseodynium', expected: [el('praseodymium')], kind: 'typo' },
	{ query: 'perminant magnets', expected: ['/basics/magnets/'], kind: 'typo' },
	{ query: 'refinning rare earths', expected: ['/supply-chain/mine-to-magnet/', '/supply-chain/china-dominance/'], kind: 'typo' },
	{ query: 'semiconducter export controls', expected: ['/mirror/us-controls/'], kind: 'typo' },
	{ query: 'europim', expected: [el('europium')], kind: 'typo' },
	{ query: 'gadolinum', expected: [el('gadolinium')], kind: 'typo' },
	{ query: 'lutetuim', expected: [el('lutetium')], kind: 'typo' },
	{ query: 'rare earht magnets', expected: ['/basics/magnets/'], kind: 'typo' },

	// Whole questions, typed as asked.
	{ query: 'how many rare earths are there', expected: ['/basics/elements/', '/basics/what-are-rare-earths/'], kind: 'question' },
	{ query: 'why are they called rare', expected: ['/basics/why-rare/'], kind: 'question' },
	{ query: 'is china banning rare earths', expected: [...RULES, '/reference/faq/', '/rules/suspension-and-busan/'], kind: 'question' },
	{ query: 'what are rare earth elements', expected: ['/basics/what-are-rare-earths/', '/basics/elements/'], kind: 'question' },
	{ query: 'what are rare earths used for', expected: ['/basics/what-are-rare-earths/', '/basics/magnets/'], kind: 'question' },
	{ query: 'why does china control rare earths', expected: ['/supply-chain/china-dominance/'], kind: 'question' },
	{ query: 'where do rare earths come from', expected: ['/supply-chain/who-else/', '/supply-chain/production-and-reserves/', '/supply-chain/mine-to-magnet/'], kind: 'question' },
	{ query: 'what is the 0.1% rule', expected: ['/rules/point-one-percent-rule/'], kind: 'question' },
	{ query: 'are the export controls suspended', expected: ['/rules/suspension-and-busan/', '/rules/status-tracker/'], kind: 'question' },
	{ query: 'what happened in busan', expected: ['/rules/suspension-and-busan/'], kind: 'question' },
	{ query: 'who is affected by the export controls', expected: ['/impacts/who-is-affected/'], kind: 'question' },
	{ query: 'how are rare earth magnets made', expected: ['/supply-chain/mine-to-magnet/', '/basics/magnets/'], kind: 'question' },
	{ query: 'which countries mine rare earths', expected: ['/supply-chain/who-else/', '/supply-chain/production-and-reserves/'], kind: 'question' },
	{ query: 'how much rare earth processing does china do', expected: ['/supply-chain/china-dominance/'], kind: 'question' },
	{ query: 'how do us chip controls work', expected: ['/mirror/us-controls/'], kind: 'question' },
	{ query: 'how are china rules like the us rules', expected: ['/mirror/side-by-side/', '/mirror/where-it-breaks/'], kind: 'question' },
	{ query: 'what is a heavy rare earth', expected: ['/basics/what-are-rare-earths/', '/reference/glossary/', '/basics/elements/'], kind: 'question' },
	{ query: 'do i need an export license', expected: ['/rules/how-it-works/', '/reference/glossary/', '/reference/faq/'], kind: 'question' },
	{ query: 'mining vs refining rare earths', expected: ['/supply-chain/mine-to-magnet/', '/supply-chain/china-dominance/'], kind: 'question' },
	{ query: 'which countries have rare earth reserves', expected: ['/supply-chain/production-and-reserves/'], kind: 'question' },
	{ query: 'what did china announce in october', expected: ['/rules/october-2025/'], kind: 'question' },

	// The words of the news, not of the site.
	{ query: 'china rare earth ban', expected: [...RULES, '/reference/faq/'], kind: 'synonym' },
	{ query: 'rare earth export restrictions', expected: RULES, kind: 'synonym' },
	{ query: 'china curbs on rare earths', expected: RULES, kind: 'synonym' },
	{ query: 'us chip ban', expected: ['/mirror/us-controls/'], kind: 'synonym' },
	{ query: 'chip restrictions', expected: ['/mirror/us-controls/'], kind: 'synonym' },
	{ query: 'ndfeb', expected: ['/basics/magnets/'], kind: 'synonym' },
	{ query: 'magnets in electric cars', expected: ['/basics/magnets/', '/impacts/who-is-affected/'], kind: 'synonym' },
	{ query: 'neodymium magnet ev motor', expected: [el('neodymium'), '/basics/magnets/'], kind: 'synonym' },
	{ query: 'trade truce', expected: ['/rules/suspension-and-busan/'], kind: 'synonym' },
	{ query: 'rare earth technology export ban', expected: ['/rules/technology-controls/'], kind: 'synonym' },

	// Numbers and dates in the forms readers meet them.
	{ query: 'announcement 61', expected: ['/rules/point-one-percent-rule/'], kind: 'number' },
	{ query: 'mofcom 61', expected: ['/rules/point-one-percent-rule/'], kind: 'number' },
	{ query: 'no 62', expected: ['/rules/technology-controls/'], kind: 'number' },
	{ query: 'october 9 rare earth rules', expected: ['/rules/october-2025/'], kind: 'number' },
	{ query: 'april 2025 export controls', expected: ['/rules/april-2025/'], kind: 'number' },
	{ query: 'november 2025 suspension', expected: ['/rules/suspension-and-busan/'], kind: 'number' },
	{ query: '0.1 percent rule', expected: ['/rules/point-one-percent-rule/'], kind: 'number' },

	// Names and topics.
	{ query: 'Lynas', expected: ['/supply-chain/who-else/'], kind: 'name' },
	{ query: 'MP Materials', expected: ['/supply-chain/who-else/', '/impacts/responses/'], kind: 'name' },
	{ query: 'Mountain Pass mine', expected: ['/supply-chain/who-else/'], kind: 'name' },
	{ query: 'BIS entity list', expected: ['/mirror/us-controls/'], kind: 'name' },
	{ query: 'de minimis rule china', expected: ['/rules/point-one-percent-rule/', '/mirror/where-it-breaks/'], kind: 'topic' },
	{ query: 'status of the controls', expected: ['/rules/status-tracker/'], kind: 'topic' },
	{ query: 'timeline of export controls', expected: ['/reference/timeline/'], kind: 'topic' },
	{ query: 'download the data', expected: ['/reference/data/'], kind: 'topic' },
	{ query: 'glossary of terms', expected: ['/reference/glossary/'], kind: 'topic' },

	// Chinese, before the Chinese edition exists.
	{ query: '稀土', expected: ['/basics/what-are-rare-earths/', '/basics/elements/', '/start/in-two-minutes/'], kind: 'chinese' },
	{ query: '镝', expected: [el('dysprosium')], kind: 'chinese' },
	{ query: '钕', expected: [el('neodymium')], kind: 'chinese' },
	{ query: '铽', expected: [el('terbium')], kind: 'chinese' },
	{ query: '钇', expected: [el('yttrium')], kind: 'chinese' },
	{ query: '出口管制', expected: RULES, kind: 'chinese' },
	{ query: '稀土出口管制', expected: RULES, kind: 'chinese' },
	{ query: '第61号公告', expected: ['/rules/point-one-percent-rule/'], kind: 'chinese' },
	{ query: '61号公告', expected: ['/rules/point-one-percent-rule/'], kind: 'chinese' },
	{ query: '第62号公告', expected: ['/rules/technology-controls/'], kind: 'chinese' },
	{ query: '商务部公告2025年第18号', expected: ['/rules/april-2025/'], kind: 'chinese' },
	{ query: '永磁体', expected: ['/basics/magnets/'], kind: 'chinese' },
	{ query: '稀土磁铁', expected: ['/basics/magnets/'], kind: 'chinese' },
];
