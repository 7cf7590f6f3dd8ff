/** Drives the site's search dialog the way a reader does, and returns the result URLs in rank order. */
import type { Page } from 'playwright-core';

/** The search box in the open dialog. */
export const SEARCH_INPUT = 'site-search dialog[open] input.search-input';

export async function search(page: Page, query: string): Promise<string[]> {
	if (!(await page.locator('site-search dialog[open]').count())) {
		const open = page.locator('button[data-open-modal]');
		await open.waitFor({ state: 'visible' });
		await open.click();
	}
	const input = page.locator(SEARCH_INPUT);
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	// The status line says "N results for “<query>”" (or "No results for …") once the first results for exactly
	// this query are listed; the list is marked data-complete when all of them are.
	await page.waitForFunction(
		(q) =>
			// "N results for “q”" in English, "找到 N 条与“q”相关的结果" on Chinese pages: the quoted query is in both.
			(document.querySelector('site-search [data-search-status]')?.textContent ?? '').includes(`“${q.trim()}”`) &&
			document.querySelector('site-search [data-search-results]')?.hasAttribute('data-complete'),
		query,
	);
	return page.$$eval('site-search [data-search-results] > li a.search-result-link', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}
