/**
 * The words a student types for a measure, for the search index of the page that explains it:
 * "Announcement No. 57 of 2025" is also searched as "Announcement 57", "No. 57" and "MOFCOM 57".
 */
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
export function measureSearchTermsZh(m: MeasureNames & { originalTitle?: string | undefined; zh?: { shortName: string } | undefined }): string[] {
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
