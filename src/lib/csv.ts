/**
 * CSV for the data downloads (RFC 4180 quoting), as pure functions so they can be unit-tested.
 *
 * How values become cells:
 * - strings as they are; numbers and booleans as text; null and undefined as an empty cell;
 * - a list of plain values (strings, numbers, booleans) joined by "; ", e.g. `["FDPR", "FDP rule"]` → `FDPR; FDP rule`;
 * - anything nested (an object, or a list holding objects) as compact JSON, so no information is lost;
 * - a cell is wrapped in double quotes when it contains a comma, a double quote, a line break or
 *   leading/trailing spaces, and double quotes inside it are doubled.
 */

export type CsvRecord = Record<string, unknown>;

/** Joins the items of a list of plain values in one cell. */
export const LIST_SEPARATOR = '; ';

const isPlain = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

/** One value as the text of a cell, before quoting. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) {
		if (value.every(isPlain)) return value.map(String).join(LIST_SEPARATOR);
		return JSON.stringify(value);
	}
	if (value instanceof Date) return value.toISOString();
	return JSON.stringify(value);
}

/** Quotes a cell's text when CSV needs it. */
export function quoteCell(text: string): string {
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The columns of a set of records: every key, in the order first seen. */
export function columnsOf(records: readonly CsvRecord[]): string[] {
	const columns: string[] = [];
	for (const record of records) for (const key of Object.keys(record)) if (!columns.includes(key)) columns.push(key);
	return columns;
}

/**
 * Records as CSV text: a header row, then one row per record, lines ending in "\n" (the file ends with one too).
 * `columns` fixes the columns and their order (for example the schema's field order); by default every key, first seen first.
 */
export function toCsv(records: readonly CsvRecord[], columns: readonly string[] = columnsOf(records)): string {
	const lines = [columns.map(quoteCell).join(',')];
	for (const record of records) lines.push(columns.map((c) => quoteCell(cellText(record[c]))).join(','));
	return `${lines.join('\n')}\n`;
}
