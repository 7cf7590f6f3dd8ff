/** Shared set-up for the browser quality gates (test/browser/quality-*.test.ts): the pages, the server, axe. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root, sitemapPaths } from './dist';

/** The base path the site under test was built with (BASE_PATH, as in astro.config.mjs). */
export const BASE = process.env['BASE_PATH'] ?? '/';

/** Every URL path in the built sitemap (includes the base path). */
export const PAGES: string[] = sitemapPaths();

/** Time one page may take to load and settle, so a hanging page fails instead of stalling the run. */
export const PAGE_TIMEOUT = 15_000;

/** The widths every page is checked at: a phone and a laptop. */
export const VIEWPORTS = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
] as const;

/** Switches the page to a theme the way Starlight's theme picker does: remembers it and sets data-theme on <html>. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.evaluate((t) => {
		localStorage.setItem('starlight-theme', t);
		document.documentElement.dataset['theme'] = t;
	}, theme);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	help: string;
	nodes: Array<{ target: string[]; failureSummary?: string | undefined }>;
}

/** Runs axe on the page as it is now; `only` limits it to some rules (e.g. color-contrast). */
export async function runAxe(page: Page, options: { only?: string[]; disable?: string[] } = {}): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, so it needs no script-src exception in the page's CSP.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ tags, only, disable }) => {
			const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
			const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
			const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: tags };
			const result = await axe.run(document, { runOnly, rules, resultTypes: ['violations'] });
			return result.violations.map((v) => ({
				id: v.id,
				help: v.help,
				nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
			}));
		},
		{ tags: AXE_TAGS, only: options.only, disable: options.disable ?? [] },
	);
}

/** One line per failing element, readable in a test failure. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`))
		.join('\n');
}

/** Waits until the browser is idle (after load, idle-time scripts have run), without a fixed sleep. */
export async function settle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
				idle(() => idle(() => resolve()), { timeout: 2000 });
			}),
	);
}

/**
 * Everything in the page's <main> that can scroll sideways but that a keyboard cannot reach: each such element
 * must be a scroll region (src/lib/scroll-region.ts: tabindex="0", a role and a name), whether or not it overflows
 * right now. Two exceptions: code blocks wrap long lines instead (astro.config.mjs), so they must not overflow;
 * and Starlight's <Tabs> strip scrolls to whichever tab has focus (its tabs are the keyboard stops).
 * One line per offending element.
 */
export async function unreachableScrollers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
		const problems: string[] = [];
		for (const el of document.querySelectorAll('main *')) {
			const { overflowX } = getComputedStyle(el);
			if (overflowX !== 'auto' && overflowX !== 'scroll') continue;
			if (el.matches('.expressive-code pre')) {
				if (el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)}: a code block scrolls sideways; code should wrap`);
				continue;
			}
			if (el.matches('starlight-tabs > .tablist-wrapper')) continue;
			const missing = [
				el.getAttribute('tabindex') === '0' ? '' : 'tabindex="0"',
				el.getAttribute('role') || el.tagName === 'SECTION' ? '' : 'a role (a named <section> is a region)',
				(el.getAttribute('aria-label') ?? '').trim() || el.getAttribute('aria-labelledby') ? '' : 'a name (aria-label)',
				el.classList.contains('scroll-region') ? '' : 'the scroll-region class (its focus ring and scroll cue)',
			].filter(Boolean);
			if (missing.length) problems.push(`${describe(el)} can scroll sideways but lacks ${missing.join(', ')}: wrap it in <ScrollRegion>`);
		}
		// Every table sits in a scroll region, unless it lays itself out to fit its column (data-fits-column).
		for (const table of document.querySelectorAll('main table:not([data-fits-column])')) {
			if (!table.parentElement?.closest('.scroll-region')) problems.push(`${describe(table)} is not in a scroll region: wrap it in <ScrollRegion>`);
		}
		return problems;
	});
}
