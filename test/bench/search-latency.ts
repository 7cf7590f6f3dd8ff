/**
 * Search latency as a reader sees it: open the dialog on the home page, type one warm-up query (the first query
 * loads the engine and index), then time each query from typing to a fully listed result set, through the same
 * helper the browser tests use (test/support/search.ts). Reports median and 90th percentile.
 *
 * Run alone against dist/ with `npx tsx test/bench/search-latency.ts` (prints JSON); `npm run bench` uses it too.
 */
import type { Page } from 'playwright-core';
import { search } from '../support/search';
import { READER_QUERIES } from '../browser/reader-queries';

/** The bench's 20 everyday queries. */
export const BENCH_QUERIES = [
	'neodymium', 'dysprosium', 'magnet', 'export licence', 'gallium', 'suspension', 'october', 'threshold',
	'refining', 'yttrium', 'terbium', 'semiconductor', 'mining share', 'announcement', 'timeline', 'glossary',
	'busan', 'technology', 'samarium', 'processing',
];

/** What the site's search is timed on: the bench's queries, then the reader-query set (typos, questions, Chinese). */
export const LATENCY_QUERIES = [...BENCH_QUERIES, ...READER_QUERIES.map((q) => q.query)];

export interface Latency {
	queries: number;
	medianMs: number;
	p90Ms: number;
}

const quantile = (sorted: number[], q: number) => {
	const i = (sorted.length - 1) * q;
	const lo = Math.floor(i);
	return sorted[lo]! + (sorted[Math.ceil(i)]! - sorted[lo]!) * (i - lo);
};

export async function measureSearchLatency(page: Page, url: string, queries = LATENCY_QUERIES): Promise<Latency> {
	await page.goto(url, { waitUntil: 'load' });
	await search(page, 'rare');
	const times: number[] = [];
	for (const q of queries) {
		const start = performance.now();
		await search(page, q);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { queries: times.length, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9) };
}

if (process.argv[1]?.endsWith('search-latency.ts')) {
	const { dist } = await import('../support/dist');
	const { serve } = await import('../support/server');
	const { launch } = await import('../support/browser');
	const server = await serve(dist);
	const browser = await launch();
	try {
		const page = await browser.newPage();
		console.log(JSON.stringify(await measureSearchLatency(page, server.url)));
	} finally {
		await browser.close();
		await server.close();
	}
}
