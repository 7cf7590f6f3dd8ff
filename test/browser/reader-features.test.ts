/**
 * Reader features in a real browser (one Chromium, one tab): the Atom feed parses and lists every change
 * entry; the 404 page's search works; printing keeps the content and its references and drops the navigation;
 * "Cite this page" gets copy buttons only when JavaScript runs.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/dist';
import { search, SEARCH_INPUT } from '../support/search';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession({ openHome: false });

const changeIds = readdirSync(join(root, 'content/changes'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -5))
	.sort();

describe('the Atom feed of what changed', () => {
	it("parses as XML (the browser's own parser) and lists every entry of content/changes/", async () => {
		const response = await site.page.goto(`${site.server.url}changes.xml`);
		const text = (await response!.text()) ?? '';
		const feed = await site.page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			const error = doc.querySelector('parsererror')?.textContent ?? null;
			const ns = 'http://www.w3.org/2005/Atom';
			const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
				id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
				title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
				updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? '',
			}));
			return { error, root: doc.documentElement.localName, rootNs: doc.documentElement.namespaceURI, entries };
		}, text);
		expect(feed.error).toBeNull();
		expect(feed.root).toBe('feed');
		expect(feed.rootNs).toBe('http://www.w3.org/2005/Atom');
		expect(feed.entries.map((e) => e.id.split('#')[1]).sort()).toEqual(changeIds);
		for (const entry of feed.entries) {
			expect(entry.title.length, `entry ${entry.id} has a title`).toBeGreaterThan(10);
			expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
		}
	});
});

describe('the 404 page', () => {
	it('is served for an unknown address, explains, and links the main sections', async () => {
		const response = await site.page.goto(`${site.server.url}no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(site.page.locator('h1').textContent()).resolves.toContain('Page not found');
		const links = await site.page.$$eval('main a[href]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		for (const section of ['/basics/', '/supply-chain/', '/rules/', '/mirror/', '/impacts/', '/reference/']) {
			expect(
				links.some((l) => l.startsWith(`${new URL(site.server.url).pathname}${section.slice(1)}`)),
				`a link into ${section}`,
			).toBe(true);
		}
	});

	it('has a working search: its own button opens the dialog, and a query finds the page that explains it', async () => {
		await site.page.goto(`${site.server.url}no-such-page/`);
		const button = site.page.locator('main button[data-search-here]');
		await button.waitFor({ state: 'visible' });
		await button.click();
		await site.page.locator(SEARCH_INPUT).waitFor({ state: 'visible' });
		const results = await search(site.page, 'Announcement 57');
		expect(results[0]).toBe(`${new URL(site.server.url).pathname}rules/october-2025/`);
	});
});

describe('printing a page', () => {
	const url = () => `${site.server.url}rules/october-2025/`;

	it('with print styles: references shown with full URLs, link targets written out, navigation hidden', async () => {
		await site.page.emulateMedia({ media: 'print' });
		try {
			await site.page.goto(url());
			await expect(site.page.locator('#references').isVisible()).resolves.toBe(true);
			await expect(site.page.locator('.reference-list li').first().isVisible()).resolves.toBe(true);
			for (const chrome of ['header.header', '.sidebar-pane', '.right-sidebar-container', '.pagination-links', 'site-search']) {
				const visible = await site.page
					.locator(chrome)
					.first()
					.isVisible()
					.catch(() => false);
				expect(visible, `${chrome} is hidden in print`).toBe(false);
			}
			// "Cite this page" prints open with APA and MLA (the BibTeX is for screens).
			await expect(site.page.locator('#cite-page-apa').isVisible()).resolves.toBe(true);
			await expect(site.page.locator('#cite-page-bibtex').isVisible()).resolves.toBe(false);
			const after = await site.page.evaluate(() => {
				const link = document.querySelector<HTMLAnchorElement>('.sl-markdown-content p a[href^="/"]:not(.term)');
				const ref = document.querySelector<HTMLAnchorElement>('.reference-list a.ref-link');
				return {
					link: link ? [link.getAttribute('href'), getComputedStyle(link, '::after').content] : null,
					ref: ref ? [ref.getAttribute('href'), getComputedStyle(ref, '::after').content] : null,
				};
			});
			expect(after.link, 'an internal link in the text').not.toBeNull();
			expect(after.link![1]).toContain(after.link![0]!);
			expect(after.ref![1]).toContain(after.ref![0]!);
		} finally {
			await site.page.emulateMedia({ media: null });
		}
	});

	it("Chromium's PDF is non-empty and carries the reference list's links", async () => {
		await site.page.goto(url());
		const sources = await site.page.$$eval('.reference-list a.ref-link', (as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(sources.length).toBeGreaterThan(0);
		const pdf = await site.page.pdf({ format: 'A4', printBackground: false });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(20_000);
		// Chromium writes each link as an uncompressed /URI annotation: the references' URLs being there shows the
		// reference list was laid out in the printed pages (text itself is compressed, so it is not searched here).
		const raw = pdf.toString('latin1');
		const missing = sources.filter((href) => !raw.includes(`/URI (${href.replace(/([()\\])/g, '\\$1')})`));
		expect(missing).toEqual([]);
	});
});

describe('cite this page', () => {
	it('shows copy buttons only with JavaScript, and copying puts the exact APA text on the clipboard', async () => {
		const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			const tab = await context.newPage();
			await tab.goto(`${site.server.url}rules/october-2025/`);
			await tab.locator('details.cite-page summary').click();
			const copy = tab.locator('button[data-copy="cite-page-apa"]');
			await copy.waitFor({ state: 'visible' });
			await copy.click();
			await tab.locator('.cite-status', { hasText: 'copied' }).waitFor();
			const clipboard = await tab.evaluate(() => navigator.clipboard.readText());
			expect(clipboard).toBe(await tab.locator('#cite-page-apa').textContent());
			expect(clipboard).toMatch(/^Rare Earths Explained\. \(\d{4}, \w+ \d{1,2}\)\. The October 2025 package\. http/);
		} finally {
			await context.close();
		}
		const noJs = await site.browser.newContext({ javaScriptEnabled: false });
		try {
			const tab = await noJs.newPage();
			await tab.goto(`${site.server.url}rules/october-2025/`);
			await tab.locator('details.cite-page summary').click();
			await expect(tab.locator('#cite-page-apa').isVisible()).resolves.toBe(true);
			await expect(tab.locator('button[data-copy="cite-page-apa"]').isVisible()).resolves.toBe(false);
		} finally {
			await noJs.close();
		}
	});
});
