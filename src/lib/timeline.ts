/**
 * Pure helpers for the timeline: parsing partial dates (YYYY, YYYY-MM, YYYY-MM-DD), sorting events
 * so that a partial date sorts to the start of its period, grouping by year, formatting dates in
 * words, and the jurisdiction labels and filter slugs used by the timeline pages.
 */
import type { z } from 'astro/zod';
import type { jurisdiction } from '../schemas/common';
import { formatDate } from './dates';

/** The jurisdictions of the schemas (src/schemas/common.ts). */
export type Jurisdiction = z.infer<typeof jurisdiction>;

/** The fields of an event the helpers need. Collection entries map to this with `toTimelineItem`. */
export interface TimelineItem {
	/** Entry id (the file name); used to break ties so the order is stable. */
	id: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	jurisdiction: Jurisdiction;
}

export interface ParsedDate {
	year: number;
	/** 1–12, or undefined when only the year is known. */
	month?: number;
	/** 1–31, or undefined when only the year or month is known. */
	day?: number;
	precision: 'year' | 'month' | 'day';
}

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; throws on anything else so a bad entry is caught early. */
export function parsePartialDate(date: string): ParsedDate {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!m) throw new Error(`"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.`);
	const year = Number(m[1]);
	if (m[2] === undefined) return { year, precision: 'year' };
	const month = Number(m[2]);
	if (month < 1 || month > 12) throw new Error(`"${date}" has no month ${m[2]}.`);
	if (m[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(m[3]);
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) throw new Error(`"${date}" has no day ${m[3]}.`);
	return { year, month, day, precision: 'day' };
}

/**
 * A key that sorts as text: a date known only to the year or month sorts to the start of that
 * period ("2025" before "2025-01-01", "2025-05" before "2025-05-01").
 */
export function dateSortKey(date: string): string {
	const { year, month, day } = parsePartialDate(date);
	const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** Date order, partial dates first within their period, then by id so the order never depends on file-system order. */
export function compareEvents(a: TimelineItem, b: TimelineItem): number {
	const ka = dateSortKey(a.date);
	const kb = dateSortKey(b.date);
	if (ka !== kb) return ka < kb ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEvents<T extends TimelineItem>(events: readonly T[]): T[] {
	return [...events].sort(compareEvents);
}

/** "9 October 2025", "September 2010" or "2012", as precisely as the date is known (src/lib/dates.ts). */
export { formatDate };

export interface YearGroup<T> {
	year: number;
	events: T[];
}

/** Sorts the events and groups them under their year, years in ascending order. */
export function groupByYear<T extends TimelineItem>(events: readonly T[]): YearGroup<T>[] {
	const groups: YearGroup<T>[] = [];
	for (const event of sortEvents(events)) {
		const year = parsePartialDate(event.date).year;
		const last = groups[groups.length - 1];
		if (last && last.year === year) last.events.push(event);
		else groups.push({ year, events: [event] });
	}
	return groups;
}

/** True when the event's date (its period's start, for partial dates) is after `today` (YYYY-MM-DD). */
export function isAfter(date: string, today: string): boolean {
	return dateSortKey(date) > dateSortKey(today);
}

export const JURISDICTION_LABELS: Record<Jurisdiction, string> = {
	CN: 'China',
	US: 'United States',
	NL: 'Netherlands',
	JP: 'Japan',
	EU: 'European Union',
	AU: 'Australia',
	multilateral: 'Between governments',
};

/** Order in which the jurisdiction filters are offered. */
export const JURISDICTION_ORDER: readonly Jurisdiction[] = ['CN', 'US', 'JP', 'NL', 'EU', 'AU', 'multilateral'];

/** A lower-case slug for a jurisdiction, used in element ids, e.g. "cn". */
export function jurisdictionSlug(j: Jurisdiction): string {
	return j.toLowerCase();
}

export function jurisdictionFromSlug(slug: string): Jurisdiction | undefined {
	return JURISDICTION_ORDER.find((j) => jurisdictionSlug(j) === slug);
}

/** Jurisdictions that have at least one event, in JURISDICTION_ORDER, with their counts. */
export function jurisdictionsPresent(events: readonly TimelineItem[]): { jurisdiction: Jurisdiction; count: number }[] {
	return JURISDICTION_ORDER.map((jurisdiction) => ({
		jurisdiction,
		count: events.filter((e) => e.jurisdiction === jurisdiction).length,
	})).filter((j) => j.count > 0);
}

export function filterByJurisdiction<T extends TimelineItem>(events: readonly T[], j: Jurisdiction | undefined): T[] {
	return j ? events.filter((e) => e.jurisdiction === j) : [...events];
}
