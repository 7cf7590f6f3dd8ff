/**
 * Search as a reader uses it: the built site served locally, Debian's Chromium, the search dialog,
 * a query typed in, and the page that answers it among the first results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { search } from '../support/search';
import { SEARCH_EXPECTATIONS } from './search-expectations';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	requireDist();
	server = await serve(dist);
	browser = await launch();
	page = await browser.newPage();
	await page.goto(server.url);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('search in a real browser', () => {
	it.each(SEARCH_EXPECTATIONS)('"$query" lists $expected within the first $within results', async ({ query, expected, within }) => {
		const results = await search(page, query);
		expect(results.slice(0, within), `results for "${query}": ${results.slice(0, 5).join(', ')}`).toContain(expected);
	});
});
