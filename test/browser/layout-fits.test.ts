/**
 * Tests that look: every page in the built sitemap, in Chromium at 360 px (a phone) and 1280 px (a desktop).
 * A page fails when
 * - any SVG text sticks out of its SVG (a cut-off chart label), or chart text is under 12 px on a phone;
 * - the site title in the header is cut off;
 * - a table is wider than its container without sitting in a labelled, keyboard-focusable scroll region;
 * - a periodic-table name is broken mid-word, cut off or under 12 px;
 * - the page scrolls sideways.
 * The home page must answer "is it in force?" within the first 800 px on a phone. The test also saves
 * screenshots of the main page types at both widths in light and dark under test-results/screens/ (ignored by
 * git) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, requireDist, root } from '../support/dist';
import { serve, type StaticServer } from '../support/server';
import { launch } from '../support/browser';
import { BASE, PAGES, PAGE_TIMEOUT } from '../support/quality';

const WIDTHS = [360, 1280] as const;
const SCREENS = join(root, 'test-results/screens');

/** The main page types, for the screenshots. */
const SCREENSHOT_PAGES: Record<string, string> = {
	home: '',
	'two-minutes': 'start/in-two-minutes/',
	tracker: 'rules/status-tracker/',
	charts: 'supply-chain/production-and-reserves/',
	'periodic-table': 'basics/elements/',
	element: 'basics/elements/dysprosium/',
	calculator: 'rules/point-one-percent-rule/',
	rules: 'rules/october-2025/',
};

let server: StaticServer;
let browser: Browser;
const pages = new Map<number, Page>();

beforeAll(async () => {
	requireDist();
	server = await serve(dist, BASE);
	browser = await launch();
	for (const width of WIDTHS) {
		const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 } });
		const page = await context.newPage();
		page.setDefaultTimeout(PAGE_TIMEOUT);
		pages.set(width, page);
	}
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Everything on the page that does not fit, one readable line per problem. */
async function misfits(page: Page, width: number, only: 'tables' | 'all-but-tables'): Promise<string[]> {
	const problems = await page.evaluate((width) => {
		const problems: string[] = [];
		const name = (el: Element) => {
			const label = el.closest('figure')?.querySelector('.bar-chart-title, figcaption')?.textContent?.trim() ?? el.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
			return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${label ? ` in "${label.slice(0, 60)}"` : ''}`;
		};
		// SVG text inside its SVG, and big enough to read on a phone.
		for (const svg of document.querySelectorAll('svg')) {
			const box = svg.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			for (const text of svg.querySelectorAll('text')) {
				const r = text.getBoundingClientRect();
				if (r.width === 0) continue;
				if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
					problems.push(`SVG text "${text.textContent?.trim()}" sticks out of its SVG (${name(svg)}): text ${Math.round(r.left)}–${Math.round(r.right)} px, SVG ${Math.round(box.left)}–${Math.round(box.right)} px`);
				}
				const viewBox = svg.viewBox.baseVal;
				const scale = viewBox && viewBox.width ? box.width / viewBox.width : 1;
				const px = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (width <= 400 && px < 12) problems.push(`SVG text "${text.textContent?.trim()}" is ${px.toFixed(1)} px on a phone (${name(svg)}); 12 px is the least`);
			}
		}
		// The site title in the header, whole.
		const title = document.querySelector('.site-title span');
		if (title && title.scrollWidth > title.clientWidth + 1) problems.push(`the header's site title is cut off: "${title.textContent?.trim()}" needs ${title.scrollWidth} px, has ${title.clientWidth} px`);
		// Tables fit, or scroll inside a labelled, focusable region.
		for (const table of document.querySelectorAll('main table')) {
			const container = table.parentElement!;
			const wide = table.getBoundingClientRect().width > container.getBoundingClientRect().width + 1 || table.scrollWidth > container.clientWidth + 1;
			if (!wide) continue;
			let region: HTMLElement | null = table as HTMLElement;
			while (region && region !== document.body) {
				const overflow = getComputedStyle(region).overflowX;
				if (overflow === 'auto' || overflow === 'scroll') break;
				region = region.parentElement;
			}
			const caption = table.querySelector('caption')?.textContent?.trim().slice(0, 60) ?? '(no caption)';
			if (!region || region === document.body) problems.push(`table: "${caption}" is wider than its container and nothing around it scrolls`);
			else if (region.tabIndex < 0 || !(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby')))
				problems.push(`table: "${caption}" scrolls in a box that is not a labelled, focusable region (tabindex="0" and aria-label)`);
		}
		// Periodic-table names whole and readable.
		for (const nameEl of document.querySelectorAll<HTMLElement>('.ptable .cell:not(.cell-pointer) .name')) {
			const cell = nameEl.closest('.cell')!.getBoundingClientRect();
			const r = nameEl.getBoundingClientRect();
			const px = parseFloat(getComputedStyle(nameEl).fontSize);
			const lines = Math.round(r.height / parseFloat(getComputedStyle(nameEl).lineHeight || `${px * 1.15}`));
			if (px < 12) problems.push(`periodic table: "${nameEl.textContent}" is ${px.toFixed(1)} px; 12 px is the least`);
			if (r.left < cell.left - 1 || r.right > cell.right + 1) problems.push(`periodic table: "${nameEl.textContent}" is wider than its cell`);
			if (lines > 1) problems.push(`periodic table: "${nameEl.textContent}" breaks over ${lines} lines`);
		}
		// No sideways scrolling.
		if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
		return problems;
	}, width);
	return problems.filter((p) => p.startsWith('table: ') === (only === 'tables'));
}

for (const width of WIDTHS) {
	describe(`every page at ${width} px fits`, () => {
		it.each(PAGES)('%s', async (path) => {
			const page = pages.get(width)!;
			await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready);
			expect(await misfits(page, width, 'all-but-tables'), `${path} at ${width} px`).toEqual([]);
		});
	});
	// Tables get their labelled, focusable scroll region from one shared mechanism, ScrollRegion (issue 11).
	describe(`every table at ${width} px fits or scrolls in a labelled, focusable region`, () => {
		it.each(PAGES)('%s', async (path) => {
			const page = pages.get(width)!;
			await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
			expect(await misfits(page, width, 'tables'), `${path} at ${width} px`).toEqual([]);
		});
	});
}

describe('the home page answers first', () => {
	it('at 360 px the answer to "are the controls in force?" is within the first 800 px', async () => {
		const page = pages.get(360)!;
		await page.goto(server.url, { waitUntil: 'load' });
		const answer = page.locator('[data-home-answer]');
		await expect(answer.count(), 'the home page has a status answer ([data-home-answer])').resolves.toBe(1);
		const heading = await page.locator('main h2', { hasText: 'in force?' }).first().boundingBox();
		const firstGroup = await answer.locator('[data-status-group]').first().boundingBox();
		expect(heading, 'the answer has a heading').not.toBeNull();
		expect(firstGroup, 'the answer has at least one group').not.toBeNull();
		expect(heading!.y, 'top of the answer heading, px from the top of the page').toBeLessThan(800);
		expect(firstGroup!.y + firstGroup!.height, 'bottom of the first status group, px from the top').toBeLessThanOrEqual(800);
		const groups = await answer.locator('[data-status-group]').allInnerTexts();
		expect(groups.length, 'status groups on the home page').toBeGreaterThanOrEqual(4);
		for (const text of groups) expect(text, 'each group says when its status was last confirmed').toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
	});
});

describe('screenshots of the main page types (test-results/screens/)', () => {
	it('saves each type at 360 and 1280 px, light and dark', { timeout: 300_000 }, async () => {
		mkdirSync(SCREENS, { recursive: true });
		let saved = 0;
		for (const scheme of ['light', 'dark'] as const) {
			for (const width of WIDTHS) {
				const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 800 }, colorScheme: scheme });
				const page = await context.newPage();
				for (const [name, path] of Object.entries(SCREENSHOT_PAGES)) {
					await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
					await page.evaluate(() => document.fonts.ready);
					// The first screen, as a reader lands on it, and the page down to 6,000 px.
					await page.screenshot({ path: join(SCREENS, `${name}-${width}-${scheme}-first-screen.png`) });
					const height = await page.evaluate(() => document.documentElement.scrollHeight);
					await page.screenshot({ path: join(SCREENS, `${name}-${width}-${scheme}.png`), fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 6000) } });
					saved++;
				}
				await context.close();
			}
		}
		expect(saved).toBe(Object.keys(SCREENSHOT_PAGES).length * 4);
	});
});
