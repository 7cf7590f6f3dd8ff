/**
 * Searching an element's name in the built site's search dialog (real browser, Pagefind) lists that
 * element's generated page first.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../support/dist';
import { search } from '../support/search';
import { useSiteSession } from '../support/site-session';

const dir = join(root, 'content/elements');
const elements = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ slug: f.slice(0, -5), name: (parse(readFileSync(join(dir, f), 'utf8')) as { name: string }).name }));

const site = useSiteSession();

describe('element search', () => {
	it.each(elements)('"$name" lists /basics/elements/$slug/ first', async ({ slug, name }) => {
		const results = await search(site.page, name);
		expect(results[0], `results for "${name}": ${results.slice(0, 5).join(', ')}`).toBe(`/basics/elements/${slug}/`);
	});
});
