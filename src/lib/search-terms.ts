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
