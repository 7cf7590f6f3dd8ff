/**
 * /search-data/<lang>.json: what the search dialog needs besides Pagefind's index (src/lib/search-data.ts),
 * one file per language of the site, fetched only when a reader opens search.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadSynonyms, proseOf, searchData } from '../../lib/search-data';
import synonymsYaml from '../../data/search-synonyms.yaml?raw';

export const getStaticPaths: GetStaticPaths = () => [{ params: { lang: 'en' } }];

export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang!;
	const docs = await getCollection('docs');
	const texts: string[] = docs.map((d) => `${d.data.title} ${d.data.description ?? ''} ${proseOf(d.body ?? '')}`);
	for (const name of ['elements', 'measures', 'terms', 'events', 'sources', 'figures', 'comparisons'] as const) {
		for (const entry of await getCollection(name)) texts.push(JSON.stringify(entry.data).replace(/"[\w]+":/g, ' '));
	}
	const termGroups = (await getCollection('terms'))
		.filter((t) => t.data.aliases.length > 0)
		.map((t) => ({ site: t.data.term, readers: t.data.aliases }));
	return new Response(JSON.stringify(searchData(lang, texts, loadSynonyms(synonymsYaml), termGroups)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
