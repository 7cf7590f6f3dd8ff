/** Drives the site's search dialog the way a reader does, and returns the result URLs in rank order. */
import type { Page } from 'playwright-core';

export async function search(page: Page, query: string): Promise<string[]> {
	const open = page.locator('button[data-open-modal]');
	await open.waitFor({ state: 'visible' });
	// The button is enabled by the search script once it has loaded.
	await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled);
	if (!(await page.locator('dialog[open]').count())) await open.click();
	// The search box itself (the filter panel holds checkboxes too).
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	// Pagefind writes "N results for <query>" when the results for exactly this query are in, then fills in each
	// result (title and link) as its fragment loads: wait until every listed result has its link.
	await page.waitForFunction(
		(q) => {
			const root = document.querySelector('#starlight__search');
			const message = root?.querySelector('.pagefind-ui__message')?.textContent ?? '';
			// English or Chinese UI (the Chinese pages search the Chinese index, with Pagefind's Chinese messages).
			if (!message.includes(q) || /^(Searching|正在搜索)/.test(message)) return false;
			const results = [...(root?.querySelectorAll('li.pagefind-ui__result') ?? [])];
			return /^(No results|未找到)/.test(message) || (results.length > 0 && results.every((li) => li.querySelector('a.pagefind-ui__result-link[href]')));
		},
		query,
	);
	return page.$$eval('#starlight__search li.pagefind-ui__result', (items) =>
		items.flatMap((li) => {
			const link = li.querySelector<HTMLAnchorElement>('a.pagefind-ui__result-link');
			return link?.href ? [new URL(link.href).pathname] : [];
		}),
	);
}
