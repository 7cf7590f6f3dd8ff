/**
 * What Chinese readers type into the search box of a Chinese page, written by someone who had not read the
 * Chinese pages (issue 16: a topic per query, mapped to its Chinese page afterwards), plus the ways readers write
 * the same thing differently: traditional characters, a homophone typo, spaces, full-width digits, mixed Chinese
 * and English, the other ways of writing an announcement's number.
 *
 * Keep it that way: add queries the way a reader would phrase them, never copy a heading into a query to make it
 * pass. `expected`: Chinese pages that answer the query, the best first; any of them within the first three
 * results counts. chinese-reader-search.test.ts types each one into the dialog and requires ≥ 90% hits.
 */
export type ChineseReaderQueryKind = 'question' | 'topic' | 'number' | 'synonym' | 'variant';

export interface ChineseReaderQuery {
	query: string;
	expected: string[];
	kind: ChineseReaderQueryKind;
}

const zh = (path: string) => `/zh-cn/${path}/`;
const el = (name: string) => zh(`basics/elements/${name}`);
const WHAT = zh('basics/what-are-rare-earths');
const ELEMENTS = zh('basics/elements');
const WHY = zh('basics/why-rare');
const MAGNETS = zh('basics/magnets');
const HOW = zh('rules/how-it-works');
const APRIL = zh('rules/april-2025');
const OCTOBER = zh('rules/october-2025');
const TECH = zh('rules/technology-controls');
const POINT_ONE = zh('rules/point-one-percent-rule');
const BUSAN = zh('rules/suspension-and-busan');
const TRACKER = zh('rules/status-tracker');
const SIDE = zh('mirror/side-by-side');
const GLOSSARY = zh('reference/glossary');

export const CHINESE_READER_QUERIES: ChineseReaderQuery[] = [
	// What rare earths are, and why they are called rare.
	{ query: '稀土是什么', expected: [WHAT, '/zh-cn/'], kind: 'question' },
	{ query: '什么是稀土元素', expected: [WHAT, ELEMENTS], kind: 'question' },
	{ query: '稀土元素有哪些', expected: [ELEMENTS, WHAT], kind: 'question' },
	{ query: '17种稀土', expected: [ELEMENTS, WHAT], kind: 'topic' },
	{ query: '为什么叫稀土', expected: [WHY], kind: 'question' },
	{ query: '稀土真的很稀少吗', expected: [WHY], kind: 'question' },
	// 重稀土 is explained on the page of content/terms/heavy-rare-earths.yaml (what rare earths are).
	{ query: '重稀土', expected: [GLOSSARY, ELEMENTS, APRIL, WHAT], kind: 'topic' },
	// Magnets and elements.
	{ query: '稀土永磁', expected: [MAGNETS], kind: 'topic' },
	{ query: '钕铁硼磁铁', expected: [MAGNETS, el('neodymium')], kind: 'synonym' },
	{ query: '镝有什么用', expected: [el('dysprosium')], kind: 'question' },
	{ query: '铽的用途', expected: [el('terbium')], kind: 'question' },
	{ query: '钇', expected: [el('yttrium')], kind: 'topic' },
	{ query: '钐钴磁体', expected: [el('samarium'), MAGNETS], kind: 'topic' },
	// China's rules.
	{ query: '中国稀土出口管制', expected: [HOW, TRACKER], kind: 'topic' },
	{ query: '稀土出口许可证', expected: [HOW], kind: 'topic' },
	{ query: '第18号公告', expected: [APRIL], kind: 'number' },
	{ query: '2025年4月 稀土管制', expected: [APRIL], kind: 'topic' },
	{ query: '七种中重稀土', expected: [APRIL], kind: 'topic' },
	{ query: '10月9日 商务部公告', expected: [OCTOBER], kind: 'topic' },
	{ query: '第62号公告 稀土技术', expected: [TECH], kind: 'number' },
	{ query: '稀土技术出口管制', expected: [TECH], kind: 'topic' },
	{ query: '0.1%规则', expected: [POINT_ONE], kind: 'topic' },
	{ query: '千分之一 价值 规则', expected: [POINT_ONE], kind: 'synonym' },
	// The glossary's 域外管辖 (aliases 域外适用, 长臂管辖) is explained on the October 2025 page (content/terms/extraterritorial.yaml).
	{ query: '域外适用', expected: [POINT_ONE, OCTOBER, GLOSSARY], kind: 'synonym' },
	{ query: '长臂管辖', expected: [POINT_ONE, OCTOBER, GLOSSARY], kind: 'synonym' },
	{ query: '第70号公告', expected: [BUSAN], kind: 'number' },
	{ query: '暂停实施', expected: [BUSAN, TRACKER], kind: 'topic' },
	{ query: '釜山 会晤', expected: [BUSAN], kind: 'topic' },
	{ query: '稀土管制现在还有效吗', expected: [TRACKER], kind: 'question' },
	{ query: '管制状态', expected: [TRACKER], kind: 'topic' },
	// The mirror, and the reference pages.
	{ query: '美国芯片出口管制 对比', expected: [SIDE], kind: 'topic' },
	{ query: '外国直接产品规则', expected: [SIDE, POINT_ONE], kind: 'topic' },
	{ query: '两用物项', expected: [GLOSSARY, HOW], kind: 'topic' },
	{ query: '术语表', expected: [GLOSSARY], kind: 'topic' },
	{ query: '常见问题', expected: [zh('reference/faq')], kind: 'topic' },
	{ query: '说法核查', expected: [zh('reference/claims-checked')], kind: 'topic' },
	{ query: '两分钟了解稀土', expected: [zh('start/in-two-minutes')], kind: 'topic' },
	// The same things written differently.
	{ query: '希土', expected: [WHAT, '/zh-cn/'], kind: 'variant' },
	{ query: '鏑', expected: [el('dysprosium')], kind: 'variant' },
	{ query: '釹', expected: [el('neodymium')], kind: 'variant' },
	{ query: '稀土 出口管制', expected: [HOW, TRACKER], kind: 'variant' },
	{ query: '0.1% 规则', expected: [POINT_ONE], kind: 'variant' },
	{ query: '０．１％规则', expected: [POINT_ONE], kind: 'variant' },
	{ query: '百分之0.1', expected: [POINT_ONE], kind: 'variant' },
	{ query: '18号公告', expected: [APRIL], kind: 'number' },
	{ query: '公告第18号', expected: [APRIL], kind: 'number' },
	{ query: '2025年第18号', expected: [APRIL], kind: 'number' },
	{ query: 'NdFeB 磁铁', expected: [MAGNETS, el('neodymium')], kind: 'variant' },
	{ query: 'rare earth 稀土', expected: [WHAT, '/zh-cn/'], kind: 'variant' },
	// A second set, written by the coordinator on 29 November 2026 before running them. After the first run
	// (16/20 in the first three), the reader words 对华, 禁令, 军工 and 到期 went into zhGroups (18/20).
	{ query: '稀土出口管制是什么时候开始的', expected: [APRIL, HOW, zh('start/in-two-minutes')], kind: 'question' },
	{ query: '中国为什么限制稀土出口', expected: [HOW, zh('reference/faq'), zh('start/in-two-minutes')], kind: 'question' },
	{ query: '镝和铽有什么区别', expected: [el('dysprosium'), el('terbium'), ELEMENTS], kind: 'question' },
	{ query: '电动汽车 稀土', expected: [MAGNETS], kind: 'topic' },
	{ query: '风力发电机 磁铁', expected: [MAGNETS], kind: 'topic' },
	{ query: '美国 对华 芯片 禁令', expected: [zh('mirror/us-controls'), zh('mirror/side-by-side')], kind: 'synonym' },
	{ query: '稀土出口许可证怎么申请', expected: [HOW], kind: 'question' },
	{ query: '中美 稀土 协议', expected: [BUSAN], kind: 'topic' },
	{ query: '钕 价格', expected: [el('neodymium')], kind: 'topic' },
	{ query: '稀土储量最多的国家', expected: [zh('supply-chain/production-and-reserves')], kind: 'question' },
	{ query: '中国稀土产量占全球多少', expected: [zh('supply-chain/production-and-reserves'), zh('supply-chain/china-dominance')], kind: 'question' },
	{ query: '稀土分离', expected: [zh('supply-chain/mine-to-magnet'), zh('supply-chain/china-dominance')], kind: 'topic' },
	{ query: '镓 锗', expected: [zh('rules/status-tracker'), HOW], kind: 'topic' },
	{ query: '第57号公告', expected: [OCTOBER], kind: 'number' },
	{ query: '第72号公告', expected: [BUSAN], kind: 'number' },
	{ query: '最终用户', expected: [zh('reference/glossary'), HOW], kind: 'topic' },
	{ query: '稀土 军工', expected: [MAGNETS, WHAT], kind: 'synonym' },
	{ query: '莱纳斯', expected: [zh('supply-chain/who-else')], kind: 'topic' },
	{ query: '稀土价格', expected: [ELEMENTS, zh('supply-chain/china-dominance')], kind: 'topic' },
	{ query: '管制什么时候到期', expected: [zh('rules/dates-to-watch'), zh('rules/status-tracker')], kind: 'synonym' },
];
