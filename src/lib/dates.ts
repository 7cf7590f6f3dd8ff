/** Date helpers: ISO strings in data, day-month-year words in prose. All dates are calendar dates in UTC. */

/** Month names, January first. */
export const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2025-10-09" → "9 October 2025"; "2025-10" → "October 2025"; "2012" → "2012". */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
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
