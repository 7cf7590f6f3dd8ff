/**
 * The "built for an earlier date" notice in a real browser, with its Content-Security-Policy in force:
 * hidden on the build date, shown one line high the day after, and never shown without JavaScript
 * (the footer's "Built for" line still gives the date).
 */
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/dist';
import { useSiteSession } from '../support/site-session';

const site = useSiteSession({ openHome: false });
const built = /data-built-for="(\d{4}-\d{2}-\d{2})"/.exec(readDist('index.html'))![1]!;
const dayAfter = new Date(Date.parse(`${built}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function openOn(isoTime: string, javaScriptEnabled = true, width = 360) {
	const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
	const page = await context.newPage();
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	if (javaScriptEnabled) await page.clock.setFixedTime(new Date(isoTime));
	await page.goto(`${site.server.url}rules/status-tracker/`);
	const notice = page.locator('p.stale-notice');
	const result = {
		visible: await notice.isVisible(),
		text: (await notice.textContent())?.trim() ?? '',
		lines: await notice.evaluate((el) => {
			const s = getComputedStyle(el);
			const content = el.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth);
			return Math.round(content / parseFloat(s.lineHeight));
		}),
		footer: (await page.locator('p.built-for').textContent())?.replace(/\s+/g, ' ').trim() ?? '',
		violations,
	};
	await context.close();
	return result;
}

describe('the notice for a page built for an earlier date', () => {
	it('stays hidden on the build date, and the script runs under the CSP', async () => {
		const r = await openOn(`${built}T23:59:00Z`);
		expect(r.visible).toBe(false);
		expect(r.violations).toEqual([]);
	});

	it('shows the day after, on one line at 1280 px, with the build date', async () => {
		const r = await openOn(`${dayAfter}T00:01:00Z`, true, 1280);
		expect(r.visible).toBe(true);
		expect(r.text).toMatch(/^This page was built for \d{1,2} [A-Z][a-z]+ \d{4}; statuses on it may have changed since\.$/);
		expect(r.lines).toBe(1);
		expect(r.violations).toEqual([]);
	});

	it('is not shown without JavaScript, where the footer still says the build date', async () => {
		const r = await openOn(`${dayAfter}T12:00:00Z`, false);
		expect(r.visible).toBe(false);
		expect(r.footer).toMatch(/^Built for \d{1,2} [A-Z][a-z]+ \d{4}\./);
	});
});
