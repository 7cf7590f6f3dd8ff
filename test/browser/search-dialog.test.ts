/**
 * The search dialog as a reader meets it, at 360 and 1280 px: the button's name is its visible text; no search
 * code loads until search is opened; a misspelt query shows what was searched instead; Chinese shows the English
 * it searched; Enter opens the first result; and the open dialog with results passes axe in both themes.
 */
import { describe, expect, it } from 'vitest';
import { search, SEARCH_INPUT } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { describeViolations, runAxe, settle } from '../support/quality';

const site = useSiteSession({ openHome: false });

const note = () => site.page.locator('site-search [data-search-note]');

describe('the search dialog', () => {
	it('loads no search code with the page, and Pagefind and the search data once opened', async () => {
		const fetched: string[] = [];
		site.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await site.page.setViewportSize({ width: 1280, height: 800 });
		await site.page.goto(`${site.server.url}basics/magnets/`, { waitUntil: 'load' });
		await settle(site.page);
		expect(fetched.filter((p) => /pagefind|search-data|search-client/.test(p)), 'fetched before search was opened').toEqual([]);
		await search(site.page, 'magnets');
		expect(fetched.some((p) => p.includes('/pagefind/')), 'Pagefind fetched once searching').toBe(true);
		expect(fetched.some((p) => p.includes('/search-data/en.json')), 'search data fetched once searching').toBe(true);
		site.page.removeAllListeners('request');
	});

	it('names the button by its visible text and announces the shortcut', async () => {
		const button = site.page.locator('button[data-open-modal]');
		expect(await button.evaluate((b) => b.getAttribute('aria-keyshortcuts'))).toMatch(/K$/);
		const snapshot = await site.page.locator('header').ariaSnapshot();
		expect(snapshot).toContain('button "Search"');
	});

	it('corrects a misspelt word to the site word and says so above the results', async () => {
		const results = await search(site.page, 'neodimium');
		expect(results[0]).toBe('/basics/elements/neodymium/');
		expect(await note().innerText()).toBe('Showing results for neodymium');
	});

	it('searches a Chinese query in English on English pages and shows the English it used', async () => {
		const results = await search(site.page, '镝');
		expect(results[0]).toBe('/basics/elements/dysprosium/');
		expect(await note().innerText()).toBe('Searched in English for dysprosium');
	});

	it('opens the first result with Enter', async () => {
		await search(site.page, 'busan');
		await site.page.locator(SEARCH_INPUT).press('Enter');
		await site.page.waitForURL(/\/rules\/suspension-and-busan\/$/);
	});

	for (const width of [360, 1280]) {
		for (const theme of ['light', 'dark'] as const) {
			it(`passes axe with results listed at ${width} px in the ${theme} theme`, async () => {
				await site.page.setViewportSize({ width, height: 800 });
				await site.page.goto(site.server.url, { waitUntil: 'load' });
				await site.page.evaluate((t) => {
					localStorage.setItem('starlight-theme', t);
					document.documentElement.dataset['theme'] = t;
				}, theme);
				const results = await search(site.page, 'export contols');
				expect(results.length).toBeGreaterThan(0);
				const violations = await runAxe(site.page);
				expect(describeViolations(violations)).toBe('');
				const overflow = await site.page.evaluate(() => document.querySelector('site-search dialog')!.scrollWidth - window.innerWidth);
				expect(overflow, 'the dialog fits the window').toBeLessThanOrEqual(0);
			});
		}
	}
});
