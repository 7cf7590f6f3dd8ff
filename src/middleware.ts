/** Numbers citations and fills the reference list of every HTML page, in the build and in the dev server. */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import type { Source } from './schemas/sources';
import { numberCitations } from './lib/citations';

let sources: Map<string, Source> | undefined;

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const html = await response.text();
	if (!html.includes('data-cite=') && !html.includes('data-references-placeholder')) {
		return new Response(html, response);
	}
	if (import.meta.env.DEV) sources = undefined;
	sources ??= new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
	const lookup = (id: string) => sources!.get(id);
	return new Response(numberCitations(html, lookup).html, response);
});
