/**
 * Accessibility of every page in the built sitemap, in Debian's Chromium: axe-core with the WCAG 2.0 A to 2.2 AA
 * tags finds nothing in the light theme, and colour contrast also holds in the dark theme.
 * Ignores, if ever needed, live in ./axe-ignores.ts with their reasons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { BASE, PAGES, PAGE_TIMEOUT, describeViolations, runAxe, settle } from '../support/quality';
import { AXE_IGNORES } from './axe-ignores';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	requireDist();
	server = await serve(dist, BASE);
	browser = await launch();
	page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	page.setDefaultTimeout(PAGE_TIMEOUT);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const setTheme = (theme: 'light' | 'dark') =>
	page.evaluate((t) => {
		// What Starlight's theme picker does: remember the choice and set data-theme on <html>.
		localStorage.setItem('starlight-theme', t);
		document.documentElement.dataset['theme'] = t;
	}, theme);

describe('accessibility (axe, WCAG 2.2 AA) of every page', () => {
	it('covers the sitemap', () => {
		expect(PAGES.length, 'pages in the built sitemap').toBeGreaterThan(10);
	});

	it.each(PAGES)('%s: no violations in the light theme; colour contrast holds in the dark theme', async (path) => {
		await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
		await settle(page);
		const disable = AXE_IGNORES.map((i) => i.rule);
		await setTheme('light');
		const light = await runAxe(page, { disable });
		await setTheme('dark');
		const dark = disable.includes('color-contrast') ? [] : await runAxe(page, { only: ['color-contrast'] });
		const report = [
			light.length ? `Light theme:\n${describeViolations(light)}` : '',
			dark.length ? `Dark theme:\n${describeViolations(dark)}` : '',
		]
			.filter(Boolean)
			.join('\n');
		expect(report, `axe found problems on ${path}`).toBe('');
	});
});
