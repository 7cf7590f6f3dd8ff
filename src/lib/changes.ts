/**
 * The "What changed" log: ordering entries, finding a page's own entries, checking that every page an
 * entry names exists, and writing the Atom feed (RFC 4287). Pure: the callers pass in the entries.
 */
import type { Change } from '../schemas/changes';
import { formatDate } from './dates';
import { pathOfKey } from './pages';
import { escapeHtml } from './escape';

export interface ChangeEntry {
	id: string;
	data: Change;
}

export const KIND_LABELS: Record<Change['kind'], string> = {
	launch: 'Launch',
	'new-page': 'New page',
	fact: 'New fact',
	status: 'Status update',
	correction: 'Correction',
	clarification: 'Clarification',
	editorial: 'Editorial',
};

/**
 * The entries dated on or before `date` (YYYY-MM-DD, the build date from today(), which honours SITE_DATE):
 * a build "as of" a date lists only the changes made by then, on pages and in the feed.
 */
export const changesUpTo = <T extends ChangeEntry>(entries: T[], date: string): T[] => entries.filter((e) => e.data.date <= date);

/** Newest first; entries of the same day by id, so the order never depends on the file system. */
export const sortChanges = (entries: ChangeEntry[]): ChangeEntry[] =>
	[...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

/** The entries that name this page, newest first. */
export const changesFor = (entries: ChangeEntry[], key: string): ChangeEntry[] =>
	sortChanges(entries.filter((e) => e.data.pages.includes(key)));

/** One message per page an entry names that is not a page of the site. */
export function unknownPages(entries: ChangeEntry[], known: ReadonlySet<string>): string[] {
	return entries.flatMap((e) =>
		e.data.pages
			.map((page, i) => ({ page, i }))
			.filter(({ page }) => !known.has(page))
			.map(
				({ page, i }) =>
					`content/changes/${e.id}.yaml: pages[${i}] is "${page}", which is not a page of the site. Write the page's path without slashes (e.g. "rules/october-2025", "index" for the home page), or remove it.`,
			),
	);
}

const xml = escapeHtml;

export interface FeedOptions {
	/** Absolute URL of the site root including the base, ending in "/". */
	siteUrl: string;
	title: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	/** Absolute URL of the "What changed" page. */
	pageUrl: string;
	/** Page titles by page key, for the entry bodies. */
	titles: ReadonlyMap<string, string>;
	/** Source titles by id, for the entry bodies. */
	sourceTitles?: ReadonlyMap<string, string>;
}

/** The Atom feed of every change, newest first. Entry ids are stable tag-less URLs: the page URL with the entry's anchor. */
export function atomFeed(entries: ChangeEntry[], o: FeedOptions): string {
	const sorted = sortChanges(entries);
	const updated = `${sorted[0]?.data.date ?? '1970-01-01'}T00:00:00Z`;
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <title>${xml(o.title)}</title>`,
		`  <subtitle>Dated changes to the pages of Rare Earths Explained: new pages, new facts, status updates and corrections.</subtitle>`,
		`  <id>${xml(o.feedUrl)}</id>`,
		`  <link rel="self" type="application/atom+xml" href="${xml(o.feedUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xml(o.pageUrl)}"/>`,
		`  <updated>${updated}</updated>`,
		'  <author><name>Rare Earths Explained</name></author>',
	];
	for (const { id, data } of sorted) {
		const url = `${o.pageUrl}#${id}`;
		const pages = data.pages
			.map((key) => `<li><a href="${xml(new URL(pathOfKey(key).slice(1), o.siteUrl).href)}">${xml(o.titles.get(key) ?? key)}</a></li>`)
			.join('');
		const sources = data.sources.map((s) => `<li>${xml(o.sourceTitles?.get(s) ?? s)}</li>`).join('');
		const body =
			`<p>${xml(data.summary)}</p><p>Why: ${xml(data.reason)}</p><p>Pages:</p><ul>${pages}</ul>` +
			(sources ? `<p>Sources:</p><ul>${sources}</ul>` : '');
		lines.push(
			'  <entry>',
			`    <title>${xml(`${formatDate(data.date)} — ${KIND_LABELS[data.kind]}: ${data.summary}`)}</title>`,
			`    <id>${xml(url)}</id>`,
			`    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
			`    <updated>${data.date}T00:00:00Z</updated>`,
			`    <category term="${data.kind}" label="${xml(KIND_LABELS[data.kind])}"/>`,
			`    <content type="html">${xml(body)}</content>`,
			'  </entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
