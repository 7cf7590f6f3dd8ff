/**
 * Reader queries (reader-queries.ts) typed into the real search dialog in Chromium: the result links are read in
 * order and one of the expected pages must be among the first three for at least 90% of the set. Every query is
 * reported, so a regression names the queries it broke; the hit rates (top 3 and first) are printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { READER_QUERIES } from './reader-queries';

const site = useSiteSession();
const outcomes: { query: string; top3: boolean; first: boolean; results: string[] }[] = [];

afterAll(() => {
	if (!outcomes.length) return;
	const top3 = outcomes.filter((o) => o.top3).length;
	const first = outcomes.filter((o) => o.first).length;
	console.log(`Reader queries: top 3 ${top3}/${outcomes.length}, first ${first}/${outcomes.length}`);
	for (const o of outcomes.filter((o) => !o.top3)) console.log(`  miss: "${o.query}" → ${o.results.slice(0, 3).join(', ') || 'none'}`);
});

describe('reader queries through the search box', () => {
	it('types every query into the dialog and finds an expected page in the first three for ≥ 90%', async () => {
		for (const { query, expected } of READER_QUERIES) {
			const results = await search(site.page, query);
			outcomes.push({ query, results, top3: results.slice(0, 3).some((p) => expected.includes(p)), first: expected.includes(results[0] ?? '') });
		}
		const hits = outcomes.filter((o) => o.top3).length;
		expect(READER_QUERIES.length).toBeGreaterThanOrEqual(60);
		expect(hits / outcomes.length, outcomes.filter((o) => !o.top3).map((o) => o.query).join(' | ')).toBeGreaterThanOrEqual(0.9);
	}, 240_000);
});
