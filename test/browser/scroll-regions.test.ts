/**
 * Scroll regions (src/lib/scroll-region.ts), as a keyboard user at 360 px meets them: Tab reaches a table's
 * region, it shows a focus ring, the arrow keys scroll it, and a shadow shows on each side where more is
 * hidden, only while it overflows. The table is made wider than the screen on purpose, so this holds whatever
 * fonts the machine has. (Every page's scrollers are checked for keyboard access in quality-axe.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from '../support/site-session';

const session = useSiteSession({ openHome: false });

/** Which edges of the first region show a shadow now: [left, right], each "shown" or "none". */
const cue = () =>
	session.page.evaluate(() => {
		const shadow = getComputedStyle(document.querySelector('.scroll-region')!).boxShadow;
		const edges = { left: 'none', right: 'none' };
		if (shadow === 'none') return [edges.left, edges.right];
		// e.g. "oklab(0 0 0 / 0) 14px 0px 12px -12px inset, rgba(0, 0, 0, 0.45) -14px 0px 12px -12px inset"
		for (const part of shadow.split(/,(?![^(]*\))/)) {
			const color = /^\s*[a-z]+\(([^)]*)\)/.exec(part);
			const args = color?.[1] ?? '';
			const alpha = args.includes('/') ? Number(args.split('/')[1]) : args.split(',').length === 4 ? Number(args.split(',')[3]) : 1;
			const x = parseFloat(part.slice(color?.[0].length ?? 0));
			if (alpha > 0.05) edges[x > 0 ? 'left' : 'right'] = 'shown';
		}
		return [edges.left, edges.right];
	});

describe('a table wider than the screen, at 360 px', () => {
	it('is reached with Tab, shows a focus ring, scrolls with the arrow keys and shows where more is hidden', async () => {
		const { page, server } = session;
		// At 1280 px the table fits: no cue.
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(new URL('rules/october-2025/', server.url).href, { waitUntil: 'load' });
		const label = await page.locator('.scroll-region').first().getAttribute('aria-label');
		expect(label, 'the region is named after its table').toMatch(/^Table: .+/);
		expect(await cue(), 'no scroll cue while the table fits').toEqual(['none', 'none']);

		await page.setViewportSize({ width: 360, height: 740 });
		await page.reload({ waitUntil: 'load' });

		// Make the table wider than any phone, whatever the fonts.
		await page.evaluate(() => ((document.querySelector('.scroll-region table') as HTMLElement).style.minWidth = '900px'));
		let reached = false;
		for (let i = 0; i < 200 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement === document.querySelector('.scroll-region'));
		}
		expect(reached, 'Tab reaches the table').toBe(true);
		const ring = await page.evaluate(() => {
			const s = getComputedStyle(document.activeElement!);
			return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		expect(ring.style, 'focus ring').not.toBe('none');
		expect(ring.width, 'focus ring width (px)').toBeGreaterThanOrEqual(2);
		expect(await cue(), 'at the start: a shadow on the right only').toEqual(['none', 'shown']);

		const scrollLeft = () => page.evaluate(() => document.querySelector('.scroll-region')!.scrollLeft);
		await page.keyboard.press('ArrowRight');
		await expect.poll(scrollLeft, { message: 'ArrowRight scrolls the table' }).toBeGreaterThan(0);
		await expect.poll(cue, { message: 'part way: shadows on both sides' }).toEqual(['shown', 'shown']);
		await page.evaluate(() => {
			const r = document.querySelector('.scroll-region')!;
			r.scrollLeft = r.scrollWidth;
		});
		await expect.poll(cue, { message: 'at the end: a shadow on the left only' }).toEqual(['shown', 'none']);
	});
});
