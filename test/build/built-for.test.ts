/**
 * Every built page says the date it was built for, and everything dated on it is read for that date:
 * the footer line, the hidden "built for an earlier date" notice and its script (allowed by the page's CSP),
 * the Dates to watch page, the changes feed and the calendar feed /dates.ics.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { STALE_NOTICE_SCRIPT } from '../../src/lib/build-date';
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from '../../src/lib/built-site/inline-allow-list';
import { htmlFiles, readDist, requireDist } from '../support/dist';

requireDist();
const home = readDist('index.html');
const built = /<p class="built-for[^"]*">Built for <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(home)?.[1];

describe('the build date on every page', () => {
	it('is in the footer of every page, the same date everywhere, and no later than today', () => {
		expect(built, 'the home page says "Built for <date>"').toBeDefined();
		expect(built! <= new Date().toISOString().slice(0, 10)).toBe(true);
		for (const file of htmlFiles().filter((f) => !f.startsWith('pagefind/'))) {
			const html = readDist(file);
			if (!html.includes('<main')) continue;
			// The Chinese edition says the same in Chinese ("本页按<date>构建").
			expect(html, file).toContain(file.startsWith('zh-cn/') ? `本页按<time datetime="${built}"` : `Built for <time datetime="${built}"`);
		}
	});

	it('comes with a notice that is hidden in the HTML, so pages read the same without JavaScript', () => {
		expect(home).toMatch(new RegExp(`<p class="stale-notice[^"]*" data-built-for="${built}"[^>]* hidden>`));
	});

	it("has a script under 300 bytes, with no network use, whose hash the page's Content-Security-Policy allows", () => {
		expect(Buffer.byteLength(STALE_NOTICE_SCRIPT)).toBeLessThan(300);
		expect(STALE_NOTICE_SCRIPT).not.toMatch(/fetch|XMLHttpRequest|import|src=|localStorage/);
		expect(home).toContain(`<script>${STALE_NOTICE_SCRIPT}</script>`);
		const hash = `sha256-${createHash('sha256').update(STALE_NOTICE_SCRIPT, 'utf8').digest('base64')}`;
		expect(INLINE_SCRIPTS.map((s) => s.sha256), 'the fixed allow-list in src/lib/built-site/inline-allow-list.ts').toContain(hash);
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(home)?.[1] ?? '';
		expect(csp).toContain(`'${hash}'`);
	});
});

describe('Dates to watch, as of the build date', () => {
	const page = readDist('rules/dates-to-watch/index.html');
	const listed = (when: string) => {
		const list = new RegExp(`<ol class="dates-to-watch[^"]*" data-dates="${when}"[\\s\\S]*?</ol>`).exec(page)?.[0] ?? '';
		return [...list.matchAll(/<time class="dates-to-watch-date[^"]*" datetime="([\d-]+)"/g)].map((m) => m[1]!);
	};

	it('splits the dates at the build date: passed ones newest first, coming ones soonest first', () => {
		const passed = listed('passed');
		const coming = listed('coming');
		expect(passed.length).toBeGreaterThan(10);
		expect(passed.every((d) => d < built!)).toBe(true);
		expect(coming.every((d) => d >= built!)).toBe(true);
		expect([...passed].sort().reverse()).toEqual(passed);
		expect([...coming].sort()).toEqual(coming);
	});

	it('links the calendar feed, and is linked from the home page and the status tracker', () => {
		expect(page).toContain('href="/dates.ics"');
		expect(home).toContain('href="/rules/dates-to-watch/"');
		expect(readDist('rules/status-tracker/index.html')).toContain('href="/rules/dates-to-watch/"');
	});
});

describe('the feeds, as of the build date', () => {
	it('/dates.ics parses and is stamped with the build date', () => {
		const calendar = new ICAL.Component(ICAL.parse(readDist('dates.ics')));
		const events = calendar.getAllSubcomponents('vevent');
		expect(events.length).toBeGreaterThan(40);
		for (const e of events) expect((e.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe(`${built}T00:00:00Z`);
	});

	it('the changes feed lists no change dated after the build date', () => {
		const updated = [...readDist('changes.xml').matchAll(/<updated>(\d{4}-\d{2}-\d{2})T/g)].map((m) => m[1]!);
		expect(updated.length).toBeGreaterThan(1);
		for (const d of updated) expect(d <= built!).toBe(true);
	});
});
