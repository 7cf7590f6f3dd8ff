/** The Atom feed of the change log (content/changes/), linked from every page's <head>. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed, changesUpTo } from '../lib/changes';
import { today } from '../lib/dates';
import { getSitePages } from '../data/site-pages';
import { absoluteUrl } from '../lib/pages';

export const GET: APIRoute = async ({ site }) => {
	const siteUrl = absoluteUrl('/', site ?? 'http://localhost/');
	const pages = await getSitePages();
	const sources = await getCollection('sources');
	const body = atomFeed(changesUpTo(await getCollection('changes'), today()), {
		siteUrl,
		title: 'Rare Earths Explained: what changed',
		feedUrl: new URL('changes.xml', siteUrl).href,
		pageUrl: new URL('reference/what-changed/', siteUrl).href,
		titles: new Map(pages.map((p) => [p.key, p.title])),
		sourceTitles: new Map(sources.map((s) => [s.id, s.data.title])),
	});
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
