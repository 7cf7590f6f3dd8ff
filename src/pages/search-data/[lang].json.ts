/**
 * /search-data/<lang>.json: what the search dialog needs besides Pagefind's index (src/lib/search-data.ts),
 * one file per language of the site, fetched only when a reader opens search.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadSynonyms, proseOf, searchData } from '../../lib/search-data';
import synonymsYaml from '../../data/search-synonyms.yaml?raw';

// One file per language of the site: English, and the Chinese edition (its pages and the zh text of the data).
export const getStaticPaths: GetStaticPaths = () => [{ params: { lang: 'en' } }, { params: { lang: 'zh-CN' } }];

export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang!;
	const zh = lang.toLowerCase().startsWith('zh');
	const docs = (await getCollection('docs')).filter((d) => d.id.startsWith('zh-cn') === zh);
	const texts: string[] = docs.map((d) => `${d.data.title} ${d.data.description ?? ''} ${proseOf(d.body ?? '')}`);
	for (const name of ['elements', 'measures', 'terms', 'events', 'sources', 'figures', 'comparisons'] as const) {
		for (const entry of await getCollection(name)) {
			const data = entry.data as { zh?: object };
			// The Chinese edition's words are the entries' Chinese text; English words stay in the English file.
			if (!zh || data.zh) texts.push(JSON.stringify(zh ? data.zh : data).replace(/"[\w]+":/g, ' '));
		}
	}
	const termGroups = (await getCollection('terms'))
		.map((t) => (zh ? (t.data.zh ? { site: t.data.zh.term, readers: t.data.zh.aliases } : undefined) : { site: t.data.term, readers: t.data.aliases }))
		.filter((g): g is { site: string; readers: string[] } => g !== undefined && g.readers.length > 0);
	const synonyms = loadSynonyms(synonymsYaml);
	// On Chinese pages an announcement's number is searched the way the Chinese pages write it ("第61号公告").
	if (zh) synonyms.numberForms = { ...synonyms.numberForms, canonical: '第{n}号公告' };
	return new Response(JSON.stringify(searchData(lang, texts, synonyms, termGroups)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
