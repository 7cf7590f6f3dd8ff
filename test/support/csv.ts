/** Reads CSV in tests with a kept parser (csv-parse), so the site's own writer (src/lib/csv.ts) is checked by someone else's reader. */
import { parse } from 'csv-parse/sync';

/** CSV text → one record per row, keyed by the header row. */
export const parseCsvRecords = (text: string): Record<string, string>[] => parse(text, { columns: true, skip_empty_lines: false, relax_column_count: false });

/** CSV text → rows of cells. */
export const parseCsv = (text: string): string[][] => parse(text);
