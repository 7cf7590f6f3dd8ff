/**
 * Every page in the built sitemap, served with its _headers (so the Content-Security-Policy applies both as
 * header and <meta>), in Debian's Chromium:
 * - at 360 px wide: no console error, no failed request, no request to another origin, no CSP violation,
 *   and nothing scrolls sideways;
 * - with JavaScript off: the main content, the sidebar navigation and the reference list are all there.
 * And search still works under the CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dist, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { search, SEARCH_INPUT } from '../support/search';
import { BASE, PAGES, PAGE_TIMEOUT, settle } from '../support/quality';

let server: StaticServer;
let browser: Browser;
let narrow: BrowserContext;
let page: Page;
let noJs: Page;
/** Problems seen by the narrow page since the last reset. */
let problems: string[] = [];

beforeAll(async () => {
	requireDist();
	server = await serve(dist, BASE);
	const origin = new URL(server.url).origin;
	browser = await launch();
	narrow = await browser.newContext({ viewport: { width: 360, height: 740 } });
	// Nothing may leave the site: requests to other origins are recorded and never sent.
	await narrow.route(
		(url) => url.origin !== origin && url.protocol !== 'data:',
		(route) => {
			problems.push(`request to another origin: ${route.request().url()}`);
			return route.abort();
		},
	);
	await narrow.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const log = ((window as unknown as { __csp?: string[] }).__csp ??= []);
			log.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
		});
	});
	page = await narrow.newPage();
	page.setDefaultTimeout(PAGE_TIMEOUT);
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	page.on('requestfailed', (request) => {
		// net::ERR_ABORTED is the browser cancelling the previous page's requests when the test navigates on.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		if (new URL(request.url()).origin === origin) problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
	});
	const js = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
	noJs = await js.newPage();
	noJs.setDefaultTimeout(PAGE_TIMEOUT);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('every page at 360 px, under the Content-Security-Policy', () => {
	it('the server sends the CSP from dist/_headers', async () => {
		const response = await page.goto(server.url);
		expect(response?.headers()['content-security-policy'] ?? '', 'Content-Security-Policy header').toMatch(/script-src 'self'/);
		expect(response?.headers()['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	it.each(PAGES)('%s: no errors, failed or third-party requests, CSP violations or sideways scrolling', async (path) => {
		problems = [];
		await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
		await settle(page);
		const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
		const hasMeta = await page.locator('meta[http-equiv="content-security-policy"]').count();
		const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
			// The element that sticks out furthest, to name in the failure.
			let widest = '';
			let right = window.innerWidth;
			for (const el of document.querySelectorAll('body *')) {
				const r = el.getBoundingClientRect();
				if (r.right > right + 1 && getComputedStyle(el).position !== 'fixed') {
					right = r.right;
					widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(r.right)} px)`;
				}
			}
			return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
		});
		expect([...problems, ...csp.map((v) => `CSP violation: ${v}`)], `problems on ${path}`).toEqual([]);
		expect(hasMeta, `${path} has a CSP <meta>`).toBe(1);
		expect(scrollWidth, `${path} scrolls sideways at 360 px; widest element: ${widest}`).toBeLessThanOrEqual(innerWidth);
	});

	it('search works under the CSP and loads nothing from elsewhere', async () => {
		problems = [];
		await page.goto(server.url, { waitUntil: 'load' });
		const results = await search(page, 'neodymium');
		const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
		expect(results.length, 'search results for "neodymium"').toBeGreaterThan(0);
		expect([...problems, ...csp], 'problems while searching').toEqual([]);
	});

	it('the search UI loads only when search is first opened, and Ctrl+K opens it', async () => {
		const scripts: string[] = [];
		const onRequest = (r: import('playwright-core').Request) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		};
		page.on('request', onRequest);
		await page.goto(new URL('rules/october-2025/', server.url).href, { waitUntil: 'load' });
		await settle(page);
		const onLoad = scripts.length;
		expect(scripts.filter((s) => s.includes('pagefind')), 'Pagefind scripts fetched before search was opened').toEqual([]);
		await page.keyboard.press('Control+k');
		const input = page.locator(SEARCH_INPUT);
		await input.waitFor({ state: 'visible' });
		await expect.poll(() => input.evaluate((el) => el === document.activeElement), { message: 'search input has focus' }).toBe(true);
		page.off('request', onRequest);
		expect(scripts.length, 'scripts fetched once search opened').toBeGreaterThan(onLoad);
		await page.keyboard.press('Escape');
	});
});

describe('every page without JavaScript', () => {
	it.each(PAGES)('%s: main content, sidebar navigation and references are there', async (path) => {
		await noJs.goto(new URL(path, server.url).href, { waitUntil: 'load' });
		const main = (await noJs.locator('main').innerText()).trim();
		expect(main.length, `${path}: visible text in <main>`).toBeGreaterThan(200);
		// Starlight's sidebar <nav class="sidebar">; its label is in the page's language ("Main", "主要").
		const navLinks = noJs.locator('nav.sidebar a[href]');
		expect(await navLinks.count(), `${path}: links in the sidebar`).toBeGreaterThan(5);
		expect(await navLinks.first().isVisible(), `${path}: the sidebar is visible`).toBe(true);
		const cited = await noJs.locator('main [data-cite]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-cite'))).size);
		if (cited > 0) {
			const refs = noJs.locator('main .references .reference-list > li');
			expect(await refs.count(), `${path}: reference list entries for ${cited} cited sources`).toBeGreaterThanOrEqual(cited);
			expect(await refs.first().isVisible(), `${path}: the reference list is visible`).toBe(true);
		}
	});
});
