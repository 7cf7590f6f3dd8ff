/**
 * The search data the build writes for each language (src/pages/search-data/[lang].json.ts), loaded by the
 * search dialog when a reader opens it: the site's vocabulary for spelling suggestions, and the synonyms,
 * number forms and Chinese equivalents from src/data/search-synonyms.yaml (checked against its schema here).
 */
import { parse } from 'yaml';
import { searchSynonymsSchema, type SearchSynonyms } from '../schemas/search-synonyms';
import { segmentHan, type SearchData } from './search-query';

export const SYNONYMS_FILE = 'src/data/search-synonyms.yaml';

/** Reads and checks the synonyms file; a mistake names the file, the field and what to write. */
export function loadSynonyms(yamlText: string): SearchSynonyms {
	const result = searchSynonymsSchema.safeParse(parse(yamlText));
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${SYNONYMS_FILE}: ${i.path.join('.') || '(top level)'}: ${i.message}`);
		throw new Error(problems.join('\n'));
	}
	return result.data;
}

/** MDX and YAML text → the words a reader sees: code, imports, tags, attributes and link targets removed. */
export function proseOf(source: string): string {
	return source
		.replace(/^---[\s\S]*?\n---/, (fm) => fm.replace(/^[\w-]+:/gm, ' ')) // frontmatter values count, keys don't
		.replace(/^(?:import|export)\s.*$/gm, ' ')
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/`[^`]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ');
}

/** Counts the site's words (letters only, 3+ characters, lower case). */
export function countWords(texts: Iterable<string>): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const text of texts) {
		for (const [word] of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
			for (const part of [word, ...(word.includes('-') ? word.split('-') : [])]) {
				const w = part.replace(/['’]s$/, '');
				if (w.length >= 3 && !/\p{Script=Han}/u.test(w)) counts[w] = (counts[w] ?? 0) + 1;
			}
		}
	}
	return counts;
}

/** `localGroups`: the language's own groups (glossary terms and aliases; on Chinese pages also `zhGroups`). */
export function searchData(lang: string, texts: Iterable<string>, synonyms: SearchSynonyms, localGroups: SearchData['groups']): SearchData {
	return {
		lang,
		words: countWords(texts),
		groups: [...synonyms.groups, ...localGroups],
		numberForms: synonyms.numberForms,
		zh: synonyms.zh,
	};
}

/**
 * The Chinese words for a page: the Chinese equivalents (from the synonyms file's `zh` list) of the English names
 * it explains, and its Chinese titles, each split into words by ICU's segmenter, the one the browser uses for the
 * query, so both sides split alike; the unsplit forms are kept too. Empty when the page has none.
 */
export function chineseIndexText(englishNames: string[], chineseTitles: string[], zh: Record<string, string>): string {
	const wanted = new Set(englishNames.map((n) => n.toLowerCase()));
	const names = Object.entries(zh)
		.filter(([, english]) => wanted.has(english.toLowerCase()))
		.map(([chinese]) => chinese);
	const words = [...names, ...chineseTitles].flatMap((text) => [text, ...segmentHan(text, 'zh')]);
	return [...new Set(words)].join(' ');
}
