/** The Pagefind index is built and covers every page a reader can reach from the sitemap. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, fileForPath, readDist, requireDist, sitemapPaths } from '../support/dist';

beforeAll(requireDist);

describe('search index', () => {
	it('exists', () => {
		expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
	});

	it('indexes every page in the sitemap (each page marks its body for Pagefind)', () => {
		const unindexed = sitemapPaths().filter((path) => !readDist(fileForPath(path)).includes('data-pagefind-body'));
		expect(unindexed).toEqual([]);
	});

	it('holds as many pages as the sitemap lists', () => {
		const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		expect(indexed).toBe(sitemapPaths().length);
	});
});
