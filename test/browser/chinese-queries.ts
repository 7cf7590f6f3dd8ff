/**
 * Queries a Chinese reader might type into the search box of a Chinese page (which searches the Chinese index:
 * Pagefind keeps one index per `<html lang>`), and the Chinese page(s) that answer each, within the first three.
 * Chinese has no spaces between words: Pagefind segments the pages at index time and the query in the browser,
 * so these also guard against the two segmentations disagreeing.
 */
export interface ChineseQuery {
	query: string;
	expected: string[];
	within: 1 | 3;
	note?: string;
}

export const CHINESE_QUERIES: ChineseQuery[] = [
	{ query: '稀土', expected: ['/zh-cn/basics/what-are-rare-earths/', '/zh-cn/'], within: 3 },
	{ query: '镝', expected: ['/zh-cn/basics/elements/dysprosium/'], within: 3 },
	{ query: '钕', expected: ['/zh-cn/basics/elements/neodymium/'], within: 3 },
	{ query: '铽', expected: ['/zh-cn/basics/elements/terbium/'], within: 3 },
	{ query: '出口管制', expected: ['/zh-cn/rules/how-it-works/'], within: 3 },
	{ query: '釜山', expected: ['/zh-cn/rules/suspension-and-busan/'], within: 3 },
	{ query: '第61号公告', expected: ['/zh-cn/rules/point-one-percent-rule/'], within: 3 },
	{ query: '0.1%规则', expected: ['/zh-cn/rules/point-one-percent-rule/'], within: 3 },
	{ query: '第70号公告', expected: ['/zh-cn/rules/suspension-and-busan/'], within: 3 },
	{ query: '第57号公告', expected: ['/zh-cn/rules/october-2025/'], within: 3 },
	{ query: '第18号公告', expected: ['/zh-cn/rules/april-2025/'], within: 3 },
	{ query: '暂停', expected: ['/zh-cn/rules/suspension-and-busan/', '/zh-cn/rules/status-tracker/'], within: 3 },
	{ query: '状态', expected: ['/zh-cn/rules/status-tracker/'], within: 3 },
	{ query: '两分钟', expected: ['/zh-cn/start/in-two-minutes/'], within: 3 },
	{ query: '永磁体', expected: ['/zh-cn/basics/magnets/'], within: 3 },
	{ query: '最低比例规则', expected: ['/zh-cn/rules/point-one-percent-rule/', '/zh-cn/mirror/side-by-side/', '/zh-cn/reference/glossary/'], within: 3 },
	{ query: '术语表', expected: ['/zh-cn/reference/glossary/'], within: 3 },
	{ query: '中国稀土加工占比', expected: ['/zh-cn/supply-chain/china-dominance/'], within: 3 },
	{ query: '稀土开采 分离', expected: ['/zh-cn/supply-chain/mine-to-magnet/', '/zh-cn/supply-chain/china-dominance/'], within: 3 },
	{ query: '冶炼分离', expected: ['/zh-cn/supply-chain/mine-to-magnet/', '/zh-cn/supply-chain/china-dominance/'], within: 3 },
	{ query: '从矿山到磁体', expected: ['/zh-cn/supply-chain/mine-to-magnet/'], within: 3 },
	{ query: '稀土储量', expected: ['/zh-cn/supply-chain/production-and-reserves/'], within: 3 },
	{ query: '稀土精炼', expected: ['/zh-cn/supply-chain/china-dominance/', '/zh-cn/supply-chain/mine-to-magnet/'], within: 3 },
	{ query: '小院高墙', expected: ['/zh-cn/mirror/where-it-breaks/'], within: 3 },
	{ query: '镜像在哪里破裂', expected: ['/zh-cn/mirror/where-it-breaks/'], within: 3 },
	{ query: '人工智能扩散框架', expected: ['/zh-cn/mirror/us-controls/'], within: 3 },
	{ query: '荷兰和日本的管制', expected: ['/zh-cn/mirror/us-controls/'], within: 3 },
	{ query: '莱纳斯', expected: ['/zh-cn/supply-chain/who-else/'], within: 3 },
	{ query: 'MP材料', expected: ['/zh-cn/supply-chain/who-else/'], within: 3 },
	{ query: '稀土供应链多元化', expected: ['/zh-cn/supply-chain/who-else/'], within: 3 },
	{ query: '关键原材料法案', expected: ['/zh-cn/supply-chain/who-else/'], within: 3 },
	{ query: '哪些行业受到影响', expected: ['/zh-cn/impacts/who-is-affected/'], within: 3 },
	{ query: '车企停产', expected: ['/zh-cn/impacts/who-is-affected/'], within: 3 },
	{ query: '磁体短缺', expected: ['/zh-cn/impacts/who-is-affected/'], within: 3 },
	{ query: '风电', expected: ['/zh-cn/impacts/who-is-affected/'], within: 3 },
	{ query: '政府和企业如何应对', expected: ['/zh-cn/impacts/responses/'], within: 3 },
	{ query: '首批通用许可', expected: ['/zh-cn/impacts/responses/'], within: 3 },
];
