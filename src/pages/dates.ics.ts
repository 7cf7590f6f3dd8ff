/** The iCalendar feed of the dates to watch (src/lib/ical-feed.ts), linked from the "Dates to watch" page. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { today } from '../lib/dates';
import { icalFeed } from '../lib/ical-feed';
import { watchDates } from '../lib/watch-dates';
import { absoluteUrl } from '../lib/pages';

export const GET: APIRoute = async ({ site }) => {
	const siteUrl = absoluteUrl('/', site ?? 'http://localhost/');
	const body = icalFeed(watchDates(await getCollection('measures')), { siteUrl, today: today() });
	return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
