/**
 * Sub-path deploys (e.g. GitHub Pages at https://<owner>.github.io/rare-earths/): the site is built with
 * BASE_PATH=/rare-earths/ into a temporary folder, served only under /rare-earths/, and read the way a reader
 * would: search results, links written in pages and by components, assets and data downloads must all stay
 * under the base and lead to files that exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fileForPath, root } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { search } from '../support/search';
import { astroBuild } from '../support/astro-build';
import { SEARCH_EXPECTATIONS } from './search-expectations';

const BASE = '/rare-earths/';
// A temporary folder inside the project: Astro keeps its intermediate server chunks under the output folder only
// when that is inside the working directory (otherwise in .astro/, shared with any other build running at the same
// time), and those chunks must be able to import from node_modules/.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const out = mkdtempSync(join(root, 'node_modules/.cache/subpath-build-'));
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	// Social cards are checked in the main build; leaving them out here halves this build.
	astroBuild(root, out, { BASE_PATH: BASE, OG_IMAGES: '0' });
	server = await serve(out, BASE);
	browser = await launch();
	page = await browser.newPage();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(out, { recursive: true, force: true });
});

/** Pages whose links come from Markdown, LinkCards, components (Term, MeasureStatus, StatusTable, DataDownloads) and generated pages. */
const PAGES = ['/', '/rules/status-tracker/', '/reference/data/', '/reference/glossary/', '/basics/elements/', '/basics/elements/neodymium/', '/rules/october-2025/'];

const urlsIn = (html: string, attr: 'href' | 'src') => [...html.matchAll(new RegExp(`<[a-zA-Z][^<>]*\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe(`the site built and served under ${BASE}`, () => {
	it.each(SEARCH_EXPECTATIONS)('search for "$query" lists $expected under the base', async ({ query, expected, within }) => {
		await page.goto(server.url);
		const results = await search(page, query);
		expect(results.length, `no results for "${query}"`).toBeGreaterThan(0);
		for (const path of results) expect(path.startsWith(BASE), `search result ${path} is not under ${BASE}`).toBe(true);
		expect(results.slice(0, within)).toContain(`${BASE}${expected.slice(1)}`);
	});

	it.each(PAGES)('every internal link and asset on %s is under the base and exists in the build', (path) => {
		const html = readFileSync(join(out, fileForPath(path)), 'utf8');
		const urls = [...urlsIn(html, 'href'), ...urlsIn(html, 'src')].filter((u) => u.startsWith('/') && !u.startsWith('//'));
		expect(urls.length).toBeGreaterThan(5);
		for (const url of urls) {
			expect(url.startsWith(BASE), `${path} links to ${url}, outside ${BASE}`).toBe(true);
			const file = fileForPath(new URL(url, 'http://x').pathname, BASE);
			expect(existsSync(join(out, file)), `${path} links to ${url}, but the build has no ${file}`).toBe(true);
		}
	});

	it('serves a data download and a stylesheet from under the base', async () => {
		const html = readFileSync(join(out, fileForPath('/reference/data/')), 'utf8');
		const csv = urlsIn(html, 'href').find((u) => u.endsWith('.csv'))!;
		const css = urlsIn(html, 'href').find((u) => u.endsWith('.css'))!;
		for (const url of [csv, css]) {
			const response = await fetch(new URL(url, server.url));
			expect(response.status, url).toBe(200);
		}
	});

	it('opens a page from a link in the text and follows it to a page that exists', async () => {
		await page.goto(server.url);
		const link = page.locator('main a[href$="/rules/status-tracker/"]').first();
		await link.click();
		await page.waitForURL(`**${BASE}rules/status-tracker/`);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/status/i);
	});
});
