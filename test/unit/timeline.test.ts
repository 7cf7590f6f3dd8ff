import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
	compareEvents,
	dateSortKey,
	filterByJurisdiction,
	formatDate,
	groupByYear,
	isAfter,
	jurisdictionFromSlug,
	jurisdictionsPresent,
	parsePartialDate,
	sortEvents,
	type TimelineItem,
} from '../../src/lib/timeline';
import { eventSchema } from '../../src/schemas/events';

const ev = (id: string, date: string, jurisdiction: TimelineItem['jurisdiction'] = 'CN'): TimelineItem => ({ id, date, jurisdiction });

describe('parsePartialDate', () => {
	it('reads the three precisions', () => {
		expect(parsePartialDate('2012')).toEqual({ year: 2012, precision: 'year' });
		expect(parsePartialDate('2010-09')).toEqual({ year: 2010, month: 9, precision: 'month' });
		expect(parsePartialDate('2025-10-09')).toEqual({ year: 2025, month: 10, day: 9, precision: 'day' });
	});
	it('rejects impossible or malformed dates', () => {
		expect(() => parsePartialDate('2025-13')).toThrow();
		expect(() => parsePartialDate('2025-02-30')).toThrow();
		expect(() => parsePartialDate('9 October 2025')).toThrow();
	});
});

describe('formatDate', () => {
	it('writes dates in words as precisely as known', () => {
		expect(formatDate('2025-10-09')).toBe('9 October 2025');
		expect(formatDate('2010-09')).toBe('September 2010');
		expect(formatDate('2012')).toBe('2012');
		expect(formatDate('2026-11-27')).toBe('27 November 2026');
	});
});

describe('date order', () => {
	it('puts partial dates at the start of their period', () => {
		expect(dateSortKey('2025')).toBe('2025-00-00');
		const sorted = sortEvents([ev('d', '2025-05-14'), ev('c', '2025-05'), ev('b', '2025-01-02'), ev('a', '2025')]);
		expect(sorted.map((e) => e.date)).toEqual(['2025', '2025-01-02', '2025-05', '2025-05-14']);
	});
	it('orders across years and breaks ties by id', () => {
		const sorted = sortEvents([ev('z', '2025-10-09'), ev('a', '2025-10-09'), ev('m', '2010-09'), ev('q', '2026-11-27')]);
		expect(sorted.map((e) => e.id)).toEqual(['m', 'a', 'z', 'q']);
		expect(compareEvents(ev('a', '2025-10-09'), ev('a', '2025-10-09'))).toBe(0);
	});
	it('groups by year in ascending order', () => {
		const groups = groupByYear([ev('x', '2014-08-07'), ev('y', '2010-09-21'), ev('z', '2014-03-26'), ev('w', '2010-09')]);
		expect(groups.map((g) => g.year)).toEqual([2010, 2014]);
		expect(groups[0]!.events.map((e) => e.id)).toEqual(['w', 'y']);
		expect(groups[1]!.events.map((e) => e.id)).toEqual(['z', 'x']);
	});
	it('tells future events from past ones', () => {
		expect(isAfter('2026-11-27', '2026-11-22')).toBe(true);
		expect(isAfter('2026-11-10', '2026-11-22')).toBe(false);
		expect(isAfter('2026-11', '2026-11-22')).toBe(false);
	});
});

describe('jurisdictions', () => {
	it('filters and counts', () => {
		const events = [ev('a', '2025', 'CN'), ev('b', '2025', 'US'), ev('c', '2024', 'CN')];
		expect(filterByJurisdiction(events, 'CN').map((e) => e.id)).toEqual(['a', 'c']);
		expect(filterByJurisdiction(events, undefined)).toHaveLength(3);
		expect(jurisdictionsPresent(events)).toEqual([
			{ jurisdiction: 'CN', count: 2 },
			{ jurisdiction: 'US', count: 1 },
		]);
		expect(jurisdictionFromSlug('multilateral')).toBe('multilateral');
		expect(jurisdictionFromSlug('xx')).toBeUndefined();
	});
});

describe('the events collection', () => {
	const dir = join(process.cwd(), 'content/events');
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	const entries = files.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: eventSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));

	it('has at least 45 events from 2010 to 2026', () => {
		expect(entries.length).toBeGreaterThanOrEqual(45);
		const years = entries.map((e) => parsePartialDate(e.data.date).year);
		expect(Math.min(...years)).toBe(2010);
		expect(Math.max(...years)).toBe(2026);
	});
	it('has both Chinese and US events', () => {
		const present = new Set(entries.map((e) => e.data.jurisdiction));
		expect(present.has('CN')).toBe(true);
		expect(present.has('US')).toBe(true);
	});
	it('gives every event at least one source, and every source exists', () => {
		for (const e of entries) {
			expect(e.data.sources.length, `${e.id} has no source`).toBeGreaterThan(0);
			for (const s of e.data.sources) {
				expect(existsSync(join(process.cwd(), 'content/sources', `${s}.yaml`)), `${e.id}: unknown source ${s}`).toBe(true);
			}
		}
	});
	it('names each file after its date', () => {
		for (const e of entries) expect(e.id.startsWith(`${e.data.date}-`), e.id).toBe(true);
	});
	it('sorts the whole collection into date order', () => {
		const sorted = sortEvents(entries.map((e) => ({ id: e.id, date: e.data.date, jurisdiction: e.data.jurisdiction })));
		for (let i = 1; i < sorted.length; i++) {
			expect(dateSortKey(sorted[i - 1]!.date) <= dateSortKey(sorted[i]!.date)).toBe(true);
		}
	});
});
