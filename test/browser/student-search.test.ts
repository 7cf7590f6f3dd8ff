/**
 * Search tuned for students, in a real browser: every query in student-queries.ts must list one of its expected
 * pages within its first `within` results (element names and measure numbers first; terms and questions in the
 * first three). The hit rate is printed at the end. Also checks the section and page-type filters exist.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { STUDENT_QUERIES } from './student-queries';

const outcomes = new Map<string, boolean>();
const site = useSiteSession({
	afterAll: () => {
		if (!outcomes.size) return;
		const hits = [...outcomes.values()].filter(Boolean).length;
		console.log(`Student search hit rate: ${hits}/${outcomes.size} (${Math.round((100 * hits) / outcomes.size)}%)`);
	},
});

describe('search filters', () => {
	it('offers a Section filter for each main section and a Page type filter with the 17 element pages', async () => {
		// A string, so the test runner's transform leaves the dynamic import alone.
		const filters = (await site.page.evaluate(
			`(async () => { const pagefind = await import('${site.server.url}pagefind/pagefind.js'); await pagefind.options({}); return pagefind.filters(); })()`,
		)) as Record<string, Record<string, number>>;
		expect(Object.keys(filters['Section'] ?? {})).toEqual(
			expect.arrayContaining(['Basics', 'Supply chain', "China's rules", 'The mirror', 'Impacts', 'Reference']),
		);
		expect(filters['Page type']?.['Element page'], 'element pages carry data-pagefind-filter="Page type:Element page"').toBe(17);
	});
});

describe('student queries', () => {
	it.each(STUDENT_QUERIES)('"$query" ($kind) lists $expected within the first $within', async ({ query, expected, within }) => {
		const results = await search(site.page, query);
		const hit = results.slice(0, within).some((path) => expected.includes(path));
		outcomes.set(query, hit);
		expect(hit, `results for "${query}": ${results.slice(0, 5).join(', ') || 'none'}`).toBe(true);
	});
});
