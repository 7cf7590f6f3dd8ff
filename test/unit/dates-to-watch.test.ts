/**
 * The dates to watch and the iCalendar feed, from the real measures data: every start and end date of every
 * status period is an event; the feed is valid RFC 5545 as a calendar app reads it (parsed with ical.js,
 * Mozilla's parser used by Thunderbird), with CRLF line endings and lines folded at 75 octets.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { z } from 'astro/zod';
import { loadContent } from '../../src/lib/integrity/load';
import { measureSchema, type Measure } from '../../src/schemas/measures';
import { afterwards, afterwardsZh, countdown, countdownZh, hasPassed, watchDates, whatZh } from '../../src/lib/watch-dates';
import { eventDescription, icalFeed } from '../../src/lib/ical-feed';
import { root } from '../support/dist';

const schema: z.ZodType<Measure> = measureSchema;
const measures = loadContent(root)
	.data.filter((d) => d.collection === 'measures')
	.map((d) => ({ id: d.id, data: schema.parse(d.data) }));
const dates = watchDates(measures);
const SITE = 'https://example.org/rare-earths/';
const text = icalFeed(dates, { siteUrl: SITE, today: '2026-11-29' });

interface ParsedEvent {
	uid: string;
	summary: string;
	description: string;
	url: string;
	start: string;
	startIsDate: boolean;
	end: string;
	stamp: string;
}

function parse(ics: string): { name: string; events: ParsedEvent[] } {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	const events = calendar.getAllSubcomponents('vevent').map((v) => {
		const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
		const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
		return {
			uid: String(v.getFirstPropertyValue('uid')),
			summary: String(v.getFirstPropertyValue('summary')),
			description: String(v.getFirstPropertyValue('description')),
			url: String(v.getFirstPropertyValue('url')),
			start: start.toString(),
			startIsDate: start.isDate,
			end: end.toString(),
			stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
		};
	});
	return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

describe('the dates to watch', () => {
	it('hold every start and end date of every status period, and the day each measure was issued', () => {
		const expected = measures.flatMap(({ id, data }) => [
			`${id} issued ${data.announced}`,
			...data.statusHistory.flatMap((p) => [`${id} start ${p.from}`, ...(p.until ? [`${id} end ${p.until}`] : [])]),
		]);
		const held = new Set(dates.map((d) => `${d.measureId} ${d.kind === 'issued' ? 'issued' : d.kind} ${d.date}`));
		const startsOn = new Set(dates.filter((d) => d.kind === 'start').map((d) => `${d.measureId} issued ${d.date}`));
		for (const line of expected) {
			// The day of issue is its own date only when no status period starts that day.
			if (line.includes(' issued ') && startsOn.has(line)) continue;
			expect(held.has(line), line).toBe(true);
		}
	});

	it('include the end of the October 2025 suspension (No. 70) and of No. 72, on the days the texts give', () => {
		const ends = (id: string) => dates.filter((d) => d.measureId === id && d.kind === 'end').map((d) => d.date);
		expect(ends('cn-2025-70')).toEqual(['2026-11-10']);
		expect(ends('cn-2025-57')).toEqual(['2026-11-10']);
		expect(ends('cn-2025-72')).toEqual(['2026-11-27']);
	});

	it('say, once an end date has passed with nothing newer on record, that what followed is not yet confirmed', () => {
		const end57 = dates.find((d) => d.measureId === 'cn-2025-57' && d.kind === 'end')!;
		expect(afterwards(end57, '2026-11-01')).toBeUndefined();
		expect(countdown(end57.date, '2026-11-01')).toBe('9 days after the build date');
		expect(countdown(end57.date, '2026-11-10')).toBe('the build date');
		expect(hasPassed(end57.date, '2026-11-10')).toBe(false);
		expect(afterwards(end57, '2026-11-29')).toBe('Confirmed on 8 November 2025 to run until this date; what followed is not yet confirmed.');
	});

	it('say what the record holds next once a later period is added after an end date', () => {
		const no57 = measures.find((m) => m.id === 'cn-2025-57')!;
		const later = { ...no57.data, statusHistory: [...no57.data.statusHistory, { status: 'in-force' as const, from: '2026-11-11', sources: ['s'] }] };
		const end = watchDates([{ id: 'cn-2025-57', data: later }]).find((d) => d.kind === 'end')!;
		expect(afterwards(end, '2026-11-29')).toBe('Next on record: in force from 11 November 2026.');
	});
});

describe('the dates to watch in Chinese', () => {
	const end57 = dates.find((d) => d.measureId === 'cn-2025-57' && d.kind === 'end')!;

	it('name each date in tense-neutral words, as the English does', () => {
		expect(whatZh(end57)).toBe('暂停期定于此日结束');
		expect(whatZh(dates.find((d) => d.measureId === 'cn-2025-57' && d.kind === 'start' && d.period?.status === 'suspended')!)).toBe('暂停期开始');
		expect(whatZh(dates.find((d) => d.measureId === 'cn-2025-18' && d.kind === 'start')!)).toBe('生效（有效期开始）');
	});

	it('count down and say what followed by the same rule as the English', () => {
		expect(countdownZh(end57.date, '2026-11-01')).toBe('构建日期之后9天');
		expect(countdownZh(end57.date, '2026-11-10')).toBe('即构建当日');
		expect(afterwardsZh(end57, '2026-11-01')).toBeUndefined();
		expect(afterwardsZh(end57, '2026-11-29')).toBe('这一期限于2025年11月8日得到确认；此后的情况尚未确认。');
		const no57 = measures.find((m) => m.id === 'cn-2025-57')!;
		const later = { ...no57.data, statusHistory: [...no57.data.statusHistory, { status: 'in-force' as const, from: '2026-11-11', sources: ['s'] }] };
		const end = watchDates([{ id: 'cn-2025-57', data: later }]).find((d) => d.kind === 'end')!;
		expect(afterwardsZh(end, '2026-11-29')).toBe('此后的记录：自2026年11月11日起有效。');
	});
});

describe('the iCalendar feed /dates.ics', () => {
	const { name, events } = parse(text);

	it('parses with ical.js and holds one all-day event per date to watch, each with a unique UID', () => {
		expect(name).toBe('Rare Earths Explained: dates to watch');
		expect(events).toHaveLength(dates.length);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		for (const e of events) {
			expect(e.startIsDate, `${e.uid} is all-day`).toBe(true);
			expect(e.stamp).toBe('2026-11-29T00:00:00Z');
		}
	});

	it('lists every dated period in the measures data, on its date, linked to the page that explains the measure', () => {
		for (const { id, data } of measures) {
			for (const p of data.statusHistory) {
				for (const [date, word] of [[p.from, 'from'], ...(p.until ? [[p.until, 'until']] : [])] as [string, string][]) {
					const event = events.find((e) => e.uid === `${id}-${p.status}-${word}-${date}@rare-earths-explained`);
					expect(event, `${id} ${p.status} ${word} ${date}`).toBeDefined();
					expect(event!.start).toBe(date);
					expect(event!.url).toBe(new URL((data.page ?? '/rules/status-tracker/').slice(1), SITE).href);
					expect(event!.summary.startsWith(`${data.shortName}: `)).toBe(true);
				}
			}
		}
	});

	it('escapes text so that commas, semicolons and new lines come back unchanged', () => {
		for (const d of dates) {
			const event = events.find((e) => e.uid === d.uid)!;
			expect(event.description).toBe(eventDescription(d, SITE));
		}
		expect(text.replace(/\r\n /g, '')).toMatch(/DESCRIPTION:[^\r]*\\n[^\r]*\\;/);
	});

	it('uses CRLF line endings, folds lines at 75 octets and ends with CRLF (RFC 5545, section 3.1)', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.slice(0, -2).split('\r\n');
		for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
		expect(lines.some((l) => l.startsWith(' ')), 'some long lines are folded').toBe(true);
		expect(text).toMatch(/\r\nDTSTART;VALUE=DATE:20261110\r\n/);
	});
});
