/**
 * The status tracker defines "Last verified" as the date of the newest source that confirms the latest status.
 * So no measure may claim a lastVerified date later than every source cited for its latest status period:
 * a reader who follows the citations must find one dated on or after the "as of" date the page shows.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load';
import { root } from '../support/dist';

interface Period {
	status: string;
	sources?: string[];
}
interface MeasureData {
	lastVerified: string;
	statusHistory: Period[];
}

const tree = loadContent(root);
const published = new Map(
	tree.data
		.filter((d) => d.collection === 'sources')
		.map((d) => [d.id, String((d.data as { published?: unknown }).published ?? '')]),
);
const measures = tree.data.filter((d) => d.collection === 'measures');

/** The latest day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) can stand for, so partial dates are not held against a measure. */
const latestDay = (date: string): string => {
	if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
	if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
	if (/^\d{4}$/.test(date)) return `${date}-12-31`;
	return '';
};

describe('lastVerified', () => {
	it('finds measures to check', () => expect(measures.length).toBeGreaterThan(10));

	it.each(measures.map((m) => [m.id, m.data as MeasureData] as const))(
		'%s: is not later than the newest source of its latest status period',
		(_id, m) => {
			const latest = m.statusHistory[m.statusHistory.length - 1];
			const newest = (latest?.sources ?? [])
				.map((s) => latestDay(published.get(s) ?? ''))
				.sort()
				.at(-1);
			expect(newest, 'the latest status period cites no dated source').toBeTruthy();
			expect(String(m.lastVerified) <= (newest ?? '')).toBe(true);
		},
	);
});
