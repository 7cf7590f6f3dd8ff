/**
 * Search as a reader uses it: the built site served locally, Debian's Chromium, the search dialog,
 * a query typed in, and the page that answers it among the first results.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';
import { SEARCH_EXPECTATIONS } from './search-expectations';

const site = useSiteSession();

describe('search in a real browser', () => {
	it.each(SEARCH_EXPECTATIONS)('"$query" lists $expected within the first $within results', async ({ query, expected, within }) => {
		const results = await search(site.page, query);
		expect(results.slice(0, within), `results for "${query}": ${results.slice(0, 5).join(', ')}`).toContain(expected);
	});
});
