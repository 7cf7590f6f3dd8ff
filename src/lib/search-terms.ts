/**
 * The words a student types for a measure, for the search index of the page that explains it:
 * "Announcement No. 57 of 2025" is also searched as "Announcement 57", "No. 57" and "MOFCOM 57".
 */
import { keyForm } from './search-chinese';

export interface MeasureNames {
	number: string;
	shortName: string;
}

export function measureSearchTerms(m: MeasureNames): string[] {
	const out = [m.number, m.shortName];
	const numbered = /Announcement No\. (\d+)(?: of (\d{4}))?/.exec(m.number);
	if (numbered) {
		const [, n, year] = numbered;
		out.push(`Announcement ${n}`, `No. ${n}`, `No ${n}`);
		if (year) out.push(`Announcement ${n}/${year}`, `${year} No. ${n}`);
	}
	return [...new Set(out)];
}

/**
 * The same for the Chinese edition: how Chinese readers name an announcement ("第61号公告", "61号公告",
 * "公告2025年第61号"), its original Chinese title and its Chinese short name.
 */
export function measureSearchTermsZh(m: MeasureNames & { originalTitle?: string | undefined; zh?: { shortName: string; plainName?: string | undefined } | undefined }): string[] {
	const out: string[] = [];
	if (m.zh) out.push(m.zh.shortName);
	if (m.originalTitle) out.push(m.originalTitle);
	const numbered = /Announcement No\. (\d+)/.exec(m.number);
	if (numbered) {
		const n = numbered[1];
		// One form only: the browser cuts "第61号公告" into 第 | 61 | 号 | 公告, so more forms would add 第, 号 and 公告
		// to every measure's page and drown the number that tells one announcement from another.
		out.push(`第${n}号公告`);
	}
	return [...new Set(out)];
}

/** What a Chinese page is the answer for, from the data (src/components/SearchHints.astro). */
export interface ChinesePageNames {
	/** The page's Chinese title, and its sidebar label when it has one. */
	titles: string[];
	/** An element page's element, by its Chinese name. */
	element?: string | undefined;
	/** The measures whose `page` is this page, with the date each was issued (YYYY-MM-DD). */
	measures: (Parameters<typeof measureSearchTermsZh>[0] & { announced?: string | undefined })[];
	/** The Chinese terms (and aliases) of the glossary entries whose `page` is this page. */
	terms: string[];
}

/** 2025-10-09 → 10月9日 and 2025年10月9日, as Chinese readers write the date a measure was issued. */
function chineseDates(iso: string | undefined): string[] {
	const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
	if (!date) return [];
	const [, y, m, d] = date;
	return [`${Number(m)}月${Number(d)}日`, `${y}年${Number(m)}月${Number(d)}日`];
}

/**
 * The keys of a Chinese page (src/lib/search-chinese.ts): its title (whole, each part between punctuation, each month it names), its
 * element, its measures' names, numbers and dates of issue, its glossary terms; each in the form keys are compared in, so that
 * a query naming one finds this page whatever the index's word segmentation made of it.
 */
export function chinesePageKeys(names: ChinesePageNames): string[] {
	// A month a title names is a key with and without its year (2025年4月, 4月).
	const months = names.titles.flatMap((t) => [...t.matchAll(/(\d{4}年)?(\d{1,2}月)/gu)].flatMap((m) => [m[0], m[2]!]));
	const titleParts = names.titles.flatMap((t) => [t, ...t.split(/[\s\p{P}]+/u)]).concat(months);
	const measureNames = names.measures.flatMap((m) => [...measureSearchTermsZh(m), ...(m.zh?.plainName ? [m.zh.plainName] : []), ...chineseDates(m.announced)]);
	const keys = [...titleParts, ...(names.element ? [names.element] : []), ...measureNames, ...names.terms].map(keyForm);
	// One character is a key only for an element (镝): a one-character part of a title ("稀", "土") is not a name.
	return [...new Set(keys)].filter((k) => [...k].length >= 2 || k === names.element);
}
