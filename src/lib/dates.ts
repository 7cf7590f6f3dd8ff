/** Date helpers: ISO strings in data, day-month-year words in prose. All dates are calendar dates in UTC. */

/** Month names, January first. */
export const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * "2025-10-09" → "9 October 2025"; "2025-10" → "October 2025"; "2012" → "2012".
 * In Chinese (`locale` "zh-cn"): "2025年10月9日", "2025年10月", "2012年".
 */
export function formatDate(iso: string, locale: 'en' | 'zh-cn' = 'en'): string {
	const [y, m, d] = iso.split('-');
	if (locale === 'zh-cn') {
		if (m && (Number(m) < 1 || Number(m) > 12)) throw new Error(`formatDate: "${iso}" has no valid month; write dates as YYYY, YYYY-MM or YYYY-MM-DD.`);
		return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
	}
	if (!m) return y!;
	const month = MONTHS[Number(m) - 1];
	if (!month) throw new Error(`formatDate: "${iso}" has no valid month; write dates as YYYY, YYYY-MM or YYYY-MM-DD.`);
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Today's date as YYYY-MM-DD (UTC). Pages are built with the build date unless SITE_DATE is set (tests, reproducible builds). */
export function today(): string {
	const fixed = typeof process !== 'undefined' ? process.env['SITE_DATE'] : undefined;
	if (fixed) {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`SITE_DATE="${fixed}" must be YYYY-MM-DD.`);
		return fixed;
	}
	return new Date().toISOString().slice(0, 10);
}
