/**
 * Lists and counts drawn from content/control-items/: the items each Chinese announcement lists.
 * Pure code (no astro:content), so pages, the 0.1% table and the tests count the same way.
 */
import type { ControlItem } from '../schemas/control-items';

export interface ControlItemEntry {
	id: string;
	data: ControlItem;
}

/** The items a measure lists (optionally one part), in the order the text gives them. */
export function itemsOf(items: ControlItemEntry[], measure: string, part?: string): ControlItemEntry[] {
	return items
		.filter((i) => i.data.measure === measure && (part === undefined || i.data.part === part))
		.sort((a, b) => a.data.part.localeCompare(b.data.part, 'en', { numeric: true }) || a.data.order - b.data.order);
}

/** "What counts toward 0.1%": the items of No. 61's Annex 1 Part I, and only those. */
export function thresholdItems(items: ControlItemEntry[]): ControlItemEntry[] {
	return itemsOf(items, 'cn-2025-61').filter((i) => i.data.countsTowardThreshold);
}

/** The distinct elements a list of items involves, in first-seen order. */
export function elementsOf(items: ControlItemEntry[]): string[] {
	return [...new Set(items.flatMap((i) => i.data.elements))];
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** 13 → "thirteen"; numbers above twenty stay as digits. */
export const countWord = (n: number): string => WORDS[n] ?? String(n);

const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const zhNumeral = (n: number) => ZH_NUMERALS[n] ?? String(n);

/**
 * An item's `part` in Chinese, as a Chinese legal text numbers it: "Annex 1, Part II" → "附件1第二部分",
 * "Article 2" → "第二条", "Article 1(1)" → "第一条第（一）项", "Item 4 (dysprosium)" → "第四项（镝）". `elementZh`
 * gives an element's Chinese name from its id. Undefined for a wording it does not know: the caller names the
 * file and the fix, so a new kind of part never shows in English on a Chinese page.
 */
export function partZh(part: string, elementZh: (id: string) => string | undefined): string | undefined {
	let m = /^Annex (\d+), Part (I|II|III|IV|V)$/.exec(part);
	if (m) return `附件${m[1]}第${zhNumeral(ROMAN[m[2]!]!)}部分`;
	m = /^Article (\d+)(?:\((\d+)\))?$/.exec(part);
	if (m) return `第${zhNumeral(Number(m[1]))}条${m[2] ? `第（${zhNumeral(Number(m[2]))}）项` : ''}`;
	m = /^Item (\d+) \(([a-z-]+)\)$/.exec(part);
	if (m) {
		const name = elementZh(m[2]!);
		return name ? `第${zhNumeral(Number(m[1]))}项（${name}）` : undefined;
	}
	const fixed: Record<string, string> = {
		'Item list (as reported)': '物项清单（据报道）',
		'Whole announcement (item list not seen)': '整份公告（未见物项清单）',
	};
	return fixed[part];
}

/** What a Chinese page shows for an item: the official wording when seen (原文), else this site's description (本站译述). */
export function itemTextZh(item: ControlItem): { text: string; original: boolean } | undefined {
	if (item.zh) return { text: item.zh, original: true };
	if (item.zhSite?.description) return { text: item.zhSite.description, original: false };
	return undefined;
}

/** The Chinese fields an item lacks for a Chinese page (field names), or [] when it has them all. */
export function missingItemZh(item: Pick<ControlItem, 'zh' | 'zhSite' | 'seenNote'>): string[] {
	const missing: string[] = [];
	if (!item.zh && !item.zhSite?.description) missing.push('zhSite.description (the item in Chinese, as this site describes it; the official wording `zh` was not seen)');
	if (item.seenNote && !item.zhSite?.seenNote) missing.push('zhSite.seenNote (the seenNote in Chinese)');
	return missing;
}
