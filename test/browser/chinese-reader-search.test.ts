/**
 * Chinese reader queries (chinese-reader-queries.ts) typed into the search dialog of a Chinese page in Chromium:
 * one of the expected Chinese pages must be among the first three for at least 90% of the set. Every miss is
 * reported by query, and the hit rates (top 3 and first) are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { CHINESE_READER_QUERIES } from './chinese-reader-queries';

const site = useSiteSession({ openHome: false });
const outcomes: { query: string; top3: boolean; first: boolean; results: string[] }[] = [];

beforeAll(async () => {
	await site.page.goto(`${site.server.url}zh-cn/`);
});

afterAll(() => {
	if (!outcomes.length) return;
	const top3 = outcomes.filter((o) => o.top3).length;
	const first = outcomes.filter((o) => o.first).length;
	console.log(`Chinese reader queries: top 3 ${top3}/${outcomes.length}, first ${first}/${outcomes.length}`);
	for (const o of outcomes.filter((o) => !o.top3)) console.log(`  miss: "${o.query}" → ${o.results.slice(0, 3).join(', ') || 'none'}`);
});

describe('Chinese reader queries through the search box of a Chinese page', () => {
	it('types every query into the dialog and finds an expected Chinese page in the first three for ≥ 90%', async () => {
		for (const { query, expected } of CHINESE_READER_QUERIES) {
			const results = await search(site.page, query);
			outcomes.push({ query, results, top3: results.slice(0, 3).some((p) => expected.includes(p)), first: expected.includes(results[0] ?? '') });
		}
		const hits = outcomes.filter((o) => o.top3).length;
		expect(CHINESE_READER_QUERIES.length).toBeGreaterThanOrEqual(40);
		expect(hits / outcomes.length, outcomes.filter((o) => !o.top3).map((o) => o.query).join(' | ')).toBeGreaterThanOrEqual(0.9);
	}, 240_000);
});
