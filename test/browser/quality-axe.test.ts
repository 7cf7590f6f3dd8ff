/**
 * Accessibility of every page in the built sitemap, in Debian's Chromium: axe-core with the WCAG 2.0 A to 2.2 AA
 * tags finds nothing, at 360 px (a phone) and at 1280 px (a laptop), in the light and in the dark theme.
 * What overflows (and so what axe checks for keyboard access) depends on width and on the fonts installed, so
 * both widths are checked; the scroll regions (src/lib/scroll-region.ts) keep this independent of fonts.
 * One browser and one tab per width serve every page. Ignores, if ever needed, live in ./axe-ignores.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { BASE, PAGES, PAGE_TIMEOUT, describeViolations, runAxe, setTheme, settle, unreachableScrollers, VIEWPORTS } from '../support/quality';
import { AXE_IGNORES } from './axe-ignores';

/** Two axe runs on the longest pages (the source list has ~4,000 elements) take ~20 s on a busy 2-core machine. */
const AXE_PAGE_TIMEOUT = 120_000;

let server: StaticServer;
let browser: Browser;
const tabs = new Map<number, Page>();

beforeAll(async () => {
	requireDist();
	server = await serve(dist, BASE);
	browser = await launch();
	for (const viewport of VIEWPORTS) {
		const tab = await browser.newPage({ viewport });
		tab.setDefaultTimeout(PAGE_TIMEOUT);
		tabs.set(viewport.width, tab);
	}
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('accessibility (axe, WCAG 2.2 AA) of every page', () => {
	it('covers the sitemap', () => {
		expect(PAGES.length, 'pages in the built sitemap').toBeGreaterThan(10);
	});

	describe.each(VIEWPORTS)('at $width px', ({ width }) => {
		it.each(PAGES)('%s: no violations in the light and the dark theme; every sideways scroller reachable by keyboard', async (path) => {
			const tab = tabs.get(width)!;
			const disable = AXE_IGNORES.map((i) => i.rule);
			const report: string[] = [];
			await tab.goto(new URL(path, server.url).href, { waitUntil: 'load' });
			await settle(tab);
			const scrollers = await unreachableScrollers(tab);
			if (scrollers.length) report.push(`sideways scrolling without keyboard access:\n${scrollers.join('\n')}`);
			for (const theme of ['light', 'dark'] as const) {
				await setTheme(tab, theme);
				const violations = await runAxe(tab, { disable });
				if (violations.length) report.push(`${theme} theme:\n${describeViolations(violations)}`);
			}
			expect(report.join('\n'), `axe found problems on ${path} at ${width} px`).toBe('');
		}, AXE_PAGE_TIMEOUT);
	});
});
