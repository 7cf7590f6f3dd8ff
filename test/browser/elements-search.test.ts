/**
 * Searching an element's name in the built site's search dialog (real browser, Pagefind) lists that
 * element's generated page first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { dist, requireDist, root } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { search } from '../support/search';

const dir = join(root, 'content/elements');
const elements = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ slug: f.slice(0, -5), name: (parse(readFileSync(join(dir, f), 'utf8')) as { name: string }).name }));

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

describe('element search', () => {
	it.each(elements)('"$name" lists /basics/elements/$slug/ first', async ({ slug, name }) => {
		const results = await search(page, name);
		expect(results[0], `results for "${name}": ${results.slice(0, 5).join(', ')}`).toBe(`/basics/elements/${slug}/`);
	});
});
