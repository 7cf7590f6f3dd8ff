/**
 * Search latency as a reader sees it, timed inside the page (no test-driver round trips): open the search dialog
 * on the home page, run one warm-up query (the first query loads the engine and index) and wait for the network to
 * settle, then for each query set
 * the search box's text, fire the input event, and time until the results for exactly that query are listed.
 * Reports median and 90th percentile. Works with the site's dialog and with Starlight's default Pagefind UI, so
 * the numbers before issue 15 (test/bench/search-before.json) were taken the same way.
 *
 * Alone: `npx tsx test/bench/search-latency.ts [dist-dir] [site|pagefind-ui]` prints JSON; `npm run bench` uses it.
 */
import type { Page } from 'playwright-core';
import { CHINESE_QUERIES } from '../browser/chinese-queries';
import { READER_QUERIES } from '../browser/reader-queries';

/** The bench's 20 everyday queries. */
export const BENCH_QUERIES = [
	'neodymium', 'dysprosium', 'magnet', 'export licence', 'gallium', 'suspension', 'october', 'threshold',
	'refining', 'yttrium', 'terbium', 'semiconductor', 'mining share', 'announcement', 'timeline', 'glossary',
	'busan', 'technology', 'samarium', 'processing',
];

/** What the site's search is timed on: the bench's queries, then the reader-query set (typos, questions, Chinese). */
export const LATENCY_QUERIES = [...BENCH_QUERIES, ...READER_QUERIES.map((q) => q.query)];

/** Timed on the Chinese home page (/zh-cn/), whose search holds the Chinese pages only. */
export const CHINESE_LATENCY_QUERIES = CHINESE_QUERIES.map((q) => q.query);

export interface Latency {
	queries: number;
	medianMs: number;
	p90Ms: number;
}

export type SearchUi = 'site' | 'pagefind-ui';

const quantile = (sorted: number[], q: number) => {
	const i = (sorted.length - 1) * q;
	const lo = Math.floor(i);
	return sorted[lo]! + (sorted[Math.ceil(i)]! - sorted[lo]!) * (i - lo);
};

/**
 * Types `query` and resolves with the milliseconds until its results are listed. Runs in the page; kept as text so
 * the TypeScript loader adds no helpers the page lacks.
 */
const TIME_QUERY = `({ query, ui }) => new Promise((resolve, reject) => {
	const site = ui === 'site';
	const input = document.querySelector(site ? 'site-search input' : '#starlight__search input.pagefind-ui__search-input');
	const root = document.querySelector(site ? 'site-search' : '#starlight__search');
	function done() {
		// The status names the query in quotation marks in both languages ("3 results for “q”", "找到 3 条与“q”相关的结果").
		if (site) return (root.querySelector('[data-search-status]')?.textContent ?? '').includes('“' + query + '”');
		const message = root.querySelector('.pagefind-ui__message')?.textContent ?? '';
		if (!message.includes(query) || message.startsWith('Searching')) return false;
		const results = [...root.querySelectorAll('li.pagefind-ui__result')];
		return /^No results/.test(message) || (results.length > 0 && results.every((li) => li.querySelector('a.pagefind-ui__result-link[href]')));
	}
	const start = performance.now();
	const timer = setTimeout(() => reject(new Error('no results for "' + query + '" within 10 s')), 10000);
	const observer = new MutationObserver(() => {
		if (!done()) return;
		observer.disconnect();
		clearTimeout(timer);
		resolve(performance.now() - start);
	});
	observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
	input.value = query;
	input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

async function timeQuery(page: Page, query: string, ui: SearchUi): Promise<number> {
	return (await page.evaluate(`(${TIME_QUERY})(${JSON.stringify({ query, ui })})`)) as number;
}

export async function measureSearchLatency(page: Page, url: string, ui: SearchUi = 'site', queries = LATENCY_QUERIES): Promise<Latency> {
	await page.goto(url, { waitUntil: 'load' });
	if (ui === 'pagefind-ui') await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled);
	await page.locator('button[data-open-modal]').click();
	await page.locator('dialog[open] input').first().waitFor({ state: 'visible' });
	if (ui === 'pagefind-ui') await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor({ state: 'visible' });
	await timeQuery(page, 'rare', ui);
	// A reader reads the first results before typing again: let the search finish loading what it loads after a
	// first query (the site's dialog marks itself data-prefetched; Starlight's UI loads nothing more).
	if (ui === 'site') await page.locator('site-search[data-prefetched]').waitFor({ state: 'attached', timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const times: number[] = [];
	for (const q of queries) {
		times.push(await timeQuery(page, q, ui));
		if (process.env['SEARCH_LATENCY_VERBOSE']) console.error(`${times.at(-1)!.toFixed(1)} ms\t${q}`);
	}
	times.sort((a, b) => a - b);
	return { queries: times.length, medianMs: quantile(times, 0.5), p90Ms: quantile(times, 0.9) };
}

if (process.argv[1]?.endsWith('search-latency.ts')) {
	const { dist } = await import('../support/dist');
	const { serve } = await import('../support/server');
	const { launch } = await import('../support/browser');
	const server = await serve(process.argv[2] ?? dist);
	const browser = await launch();
	try {
		const page = await browser.newPage();
		console.log(JSON.stringify(await measureSearchLatency(page, server.url, (process.argv[3] as SearchUi | undefined) ?? 'site')));
	} finally {
		await browser.close();
		await server.close();
	}
}
