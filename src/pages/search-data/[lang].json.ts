/**
 * /search-data/<locale>.json: what the search dialog needs besides Pagefind's index (src/lib/search-data.ts), one
 * file per language of the site ("en" for the root language, else the locale folder, e.g. "zh-cn" for pages in
 * content/docs/zh-cn/), fetched only when a reader opens search. Pagefind keeps one index per <html lang> itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadSynonyms, proseOf, searchData } from '../../lib/search-data';
import synonymsYaml from '../../data/search-synonyms.yaml?raw';

/** A docs entry's locale folder: "zh-cn/rules/…" → "zh-cn"; pages of the root language → "en". */
const localeOf = (id: string) => /^([a-z]{2}(?:-[a-z]{2,4})?)\//.exec(id)?.[1] ?? 'en';

export const getStaticPaths: GetStaticPaths = async () => {
	const locales = new Set(['en', ...(await getCollection('docs')).map((d) => localeOf(d.id))]);
	return [...locales].map((lang) => ({ params: { lang } }));
};

export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang!;
	const docs = (await getCollection('docs')).filter((d) => localeOf(d.id) === lang);
	const texts: string[] = docs.map((d) => `${d.data.title} ${d.data.description ?? ''} ${proseOf(d.body ?? '')}`);
	// The data collections are written in English.
	if (lang === 'en') {
		for (const name of ['elements', 'measures', 'terms', 'events', 'sources', 'figures', 'comparisons'] as const) {
			for (const entry of await getCollection(name)) texts.push(JSON.stringify(entry.data).replace(/"[\w]+":/g, ' '));
		}
	}
	const termGroups = (await getCollection('terms'))
		.filter((t) => t.data.aliases.length > 0)
		.map((t) => ({ site: t.data.term, readers: t.data.aliases }));
	return new Response(JSON.stringify(searchData(lang, texts, loadSynonyms(synonymsYaml), termGroups)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
