/** The Pagefind index is built and covers every page a reader can reach from the sitemap. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, fileForPath, readDist, requireDist, sitemapPaths } from '../support/dist';

beforeAll(requireDist);

/**
 * The pages a reader can search: every page in the sitemap except those of the Chinese edition not yet translated,
 * which Starlight serves in English with its "not translated" notice and src/route-data.ts keeps out of the index
 * (their English text is indexed once, under its English address).
 */
const FALLBACK_NOTICE = '此内容尚不支持你的语言';
const searchable = () => sitemapPaths().filter((path) => !readDist(fileForPath(path)).includes(FALLBACK_NOTICE));

describe('search index', () => {
	it('exists', () => {
		expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
	});

	it('indexes every page in the sitemap (each page marks its body for Pagefind), untranslated fallbacks aside', () => {
		const unindexed = searchable().filter((path) => !readDist(fileForPath(path)).includes('data-pagefind-body'));
		expect(unindexed).toEqual([]);
		const fallbacks = sitemapPaths().filter((path) => !searchable().includes(path));
		expect(fallbacks.every((path) => path.startsWith('/zh-cn/')), 'only Chinese fallback pages are left out').toBe(true);
		expect(fallbacks.filter((path) => readDist(fileForPath(path)).includes('data-pagefind-body'))).toEqual([]);
	});

	it('holds as many pages as the sitemap lists, untranslated fallbacks aside', () => {
		const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		expect(indexed).toBe(searchable().length);
	});
});
