/**
 * /search-data/<locale>.json: what the search dialog needs besides Pagefind's index (src/lib/search-data.ts), one
 * file per language of the site ("en" for the root language, else the locale folder, e.g. "zh-cn" for pages in
 * content/docs/zh-cn/), fetched only when a reader opens search. Pagefind keeps one index per <html lang> itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadSynonyms, proseOf, searchData } from '../../lib/search-data';
import { traditionalVariants } from '../../lib/search-variants';
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
	// The data collections are written in English, with the Chinese edition's text in each entry's `zh` object.
	const zh = lang.startsWith('zh');
	for (const name of ['elements', 'measures', 'terms', 'events', 'sources', 'figures', 'comparisons'] as const) {
		for (const entry of await getCollection(name)) {
			const data = entry.data as { zh?: object };
			if (!zh || data.zh) texts.push(JSON.stringify(zh ? data.zh : data).replace(/"[\w]+":/g, ' '));
		}
	}
	const termGroups = (await getCollection('terms'))
		.map((t) => (zh ? (t.data.zh ? { site: t.data.zh.term, readers: t.data.zh.aliases } : undefined) : { site: t.data.term, readers: t.data.aliases }))
		.filter((g): g is { site: string; readers: string[] } => g !== undefined && g.readers.length > 0);
	const synonyms = loadSynonyms(synonymsYaml);
	// On Chinese pages an announcement's number is searched the way the Chinese pages write it ("第61号公告").
	if (zh) synonyms.numberForms = { ...synonyms.numberForms, canonical: '第{n}号公告' };
	const groups = zh ? [...synonyms.zhGroups, ...termGroups] : termGroups;
	const data = searchData(lang, texts, synonyms, groups);
	// Chinese pages: readers who type traditional characters find the pages' simplified ones.
	if (zh) data.variants = traditionalVariants(texts);
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json' },
	});
};
