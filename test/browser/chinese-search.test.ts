/**
 * Search in Chinese, through the search box of a Chinese page in a real browser: each query in chinese-queries.ts
 * lists its Chinese page within the first three results, and a Chinese page's search never returns English pages
 * (Pagefind filters by language). Queries whose page is not translated yet are listed as skipped, by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist } from '../support/dist';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { CHINESE_QUERIES } from './chinese-queries';

const site = useSiteSession({ openHome: false });
const built = (path: string) => existsSync(join(dist, path.slice(1), 'index.html')) && !readFallback(path);
const readFallback = (path: string) => readFileSync(join(dist, path.slice(1), 'index.html'), 'utf8').includes('此内容尚不支持你的语言');

beforeAll(async () => {
	await site.page.goto(`${site.server.url}zh-cn/`);
});

describe('Chinese search', () => {
	it('searches the Chinese index from a Chinese page: results are Chinese pages only', async () => {
		const results = await search(site.page, '稀土');
		expect(results.length).toBeGreaterThan(0);
		expect(results.filter((p) => !p.startsWith('/zh-cn/'))).toEqual([]);
	});

	for (const q of CHINESE_QUERIES) {
		const ready = q.expected.some(built);
		(ready ? it : it.skip)(`"${q.query}" lists ${q.expected[0]} within the first ${q.within}`, async () => {
			const results = await search(site.page, q.query);
			expect(results.slice(0, q.within).some((p) => q.expected.includes(p)), `results for "${q.query}": ${results.slice(0, 5).join(', ') || 'none'}`).toBe(true);
		});
	}
});
