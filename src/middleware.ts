/**
 * Numbers citations and fills the reference list of every HTML page, in the build and in the dev server,
 * and puts the base path in front of root-relative links (src/lib/base-links.ts) for sub-path deploys.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import type { Source } from './schemas/sources';
import { numberCitations } from './lib/citations';
import { rebaseLinks } from './lib/base-links';
import { localeOf } from './lib/locale';

let sources: Map<string, Source> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	// Prerendered pages may carry no content-type; anything that is not HTML is passed through untouched.
	const type = response.headers.get('content-type');
	if (type ? !type.includes('text/html') : !context.url.pathname.endsWith('/')) return response;
	const html = await response.text();
	if (!html.includes('data-cite=') && !html.includes('data-references-placeholder')) {
		return new Response(rebaseLinks(html), response);
	}
	if (import.meta.env.DEV) sources = undefined;
	sources ??= new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
	const lookup = (id: string) => sources!.get(id);
	return new Response(rebaseLinks(numberCitations(html, lookup, localeOf(context.url.pathname)).html), response);
});
