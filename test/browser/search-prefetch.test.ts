/**
 * Once the search dialog has loaded what it loads after a reader's first query (the root is marked
 * data-prefetched), later queries are answered without the network, in English and in Chinese. A Chinese page
 * searches the Chinese index, whose words are Han characters and whose page-type filter has Chinese names, so
 * both have to be covered by the prefetch for this to hold there.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { CHINESE_QUERIES } from './chinese-queries';
import { READER_QUERIES } from './reader-queries';

const site = useSiteSession({ openHome: false });
/** Enough queries to reach many index chunks and pages; each test also waits for the prefetch, hence its own time limit. */
const QUERIES = 15;
const LIMIT_MS = 180_000;

async function requestsAfterPrefetch(path: string, first: string, queries: string[]): Promise<string[]> {
	const page = site.page;
	await page.goto(new URL(path, site.server.url).href);
	await search(page, first);
	await page.locator('site-search[data-prefetched]').waitFor({ state: 'attached', timeout: LIMIT_MS / 2 });
	const fetched: string[] = [];
	const record = (r: { url(): string }) => {
		if (/\/pagefind\/(index|fragment)\//.test(r.url())) fetched.push(new URL(r.url()).pathname);
	};
	page.on('request', record);
	try {
		for (const q of queries) await search(page, q);
	} finally {
		page.off('request', record);
	}
	return fetched;
}

describe('search after the prefetch', () => {
	it('answers English queries without fetching index chunks or page fragments', async () => {
		const fetched = await requestsAfterPrefetch('/', 'rare earths', READER_QUERIES.slice(0, QUERIES).map((q) => q.query));
		expect(fetched, `fetched after the prefetch: ${fetched.join(', ')}`).toEqual([]);
	}, LIMIT_MS);

	it('answers Chinese queries on a Chinese page without fetching index chunks or page fragments', async () => {
		const fetched = await requestsAfterPrefetch('/zh-cn/', '稀土', CHINESE_QUERIES.slice(0, QUERIES).map((q) => q.query));
		expect(fetched, `fetched after the prefetch: ${fetched.join(', ')}`).toEqual([]);
	}, LIMIT_MS);
});
