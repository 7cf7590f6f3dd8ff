/**
 * The iCalendar feed (/dates.ics, RFC 5545) of the dates to watch: one all-day event per date in
 * src/lib/watch-dates.ts, with the page that explains the measure as its URL. ical-generator writes the
 * text (CRLF line endings, lines folded at 75 octets, TEXT values escaped); this module only says what goes in.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { WatchDate } from './watch-dates';
import { nextDay } from './watch-dates';
import { formatDate } from './dates';

export interface FeedOptions {
	/** Absolute URL of the site root including the base, ending in "/". */
	siteUrl: string;
	/** The build date (YYYY-MM-DD): the events' DTSTAMP, so a build for a given date is reproducible. */
	today: string;
}

/** Absolute URL of the page that explains a measure (the status tracker when it has none). */
export function measureUrl(d: WatchDate, siteUrl: string): string {
	const path = d.measure.page ?? '/rules/status-tracker/';
	return new URL(path.replace(/^\//, ''), siteUrl).href;
}

const STATUS_WORDS = (status: string) => status.replace(/-/g, ' ');

/** The event's description: the measure, what the date is, the period's detail, and its "as of" date. */
export function eventDescription(d: WatchDate, siteUrl: string): string {
	const m = d.measure;
	const lines = [`${m.number} (${m.issuers.join(', ')}): ${m.title}.`, `${d.what}: ${formatDate(d.date)}.`];
	if (d.period) {
		const span = `${formatDate(d.period.from)}${d.period.until ? ` to ${formatDate(d.period.until)}` : ', no end date set'}`;
		lines.push(`Recorded status: ${STATUS_WORDS(d.period.status)}, ${span}.`);
		if (d.period.detail) lines.push(d.period.detail);
	}
	lines.push(
		`Last confirmed by a source on ${formatDate(m.lastVerified)}. Dates set in a text can change; what happened on or after a date is confirmed only once a source says so.`,
		`Explained at ${measureUrl(d, siteUrl)}`,
	);
	return lines.join('\n');
}

/** The whole calendar as RFC 5545 text, ending with CRLF. */
export function icalFeed(dates: WatchDate[], o: FeedOptions): string {
	const stamp = new Date(`${o.today}T00:00:00Z`);
	const calendar = ical({
		name: 'Rare Earths Explained: dates to watch',
		description: 'Start and end dates of the export-control measures tracked by Rare Earths Explained, from their recorded status histories.',
		prodId: { company: 'Rare Earths Explained', product: 'Dates to watch', language: 'EN' },
		url: new URL('rules/dates-to-watch/', o.siteUrl).href,
		method: ICalCalendarMethod.PUBLISH,
		// The site is rebuilt daily; calendars that honour REFRESH-INTERVAL / X-PUBLISHED-TTL check back once a day.
		ttl: 24 * 60 * 60,
	});
	for (const d of dates) {
		calendar.createEvent({
			id: d.uid,
			start: new Date(`${d.date}T00:00:00Z`),
			end: new Date(`${nextDay(d.date)}T00:00:00Z`),
			allDay: true,
			stamp,
			summary: `${d.measure.shortName}: ${d.what}`,
			description: eventDescription(d, o.siteUrl),
			url: measureUrl(d, o.siteUrl),
		});
	}
	const text = calendar.toString();
	// RFC 5545 ends every content line, the last one too, with CRLF.
	return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
