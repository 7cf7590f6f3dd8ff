import { describe, expect, it } from 'vitest';
import { bibliographyGroups, reliabilityNote } from '../../src/lib/bibliography';
import type { SourceRow } from '../../src/lib/bibliography';

const src = (id: string, kind: SourceRow['kind'], publisher: string, published: string, author?: string): SourceRow => ({
	id,
	kind,
	publisher,
	published,
	title: `Title ${id}`,
	url: 'https://example.org/',
	language: 'en',
	reliability: 'primary',
	...(author ? { author } : {}),
});

describe('bibliographyGroups', () => {
	it('groups by kind in the order official, data, analysis, news, leaving out empty kinds', () => {
		const groups = bibliographyGroups([src('n', 'news', 'Reuters', '2025'), src('o', 'official', 'MOFCOM', '2025'), src('a', 'analysis', 'CSIS', '2025')]);
		expect(groups.map((g) => [g.heading, g.anchor])).toEqual([
			['Official texts', 'kind-official'],
			['Analysis', 'kind-analysis'],
			['News', 'kind-news'],
		]);
	});

	it('sorts by author or publisher (ignoring "The"), then newest first', () => {
		const [group] = bibliographyGroups([
			src('b', 'news', 'Reuters', '2024'),
			src('c', 'news', 'The Guardian', '2015'),
			src('a', 'news', 'Reuters', '2025-06'),
			src('d', 'news', 'Zeta', '2020', 'Bradsher, K.'),
		]);
		expect(group!.items.map((s) => s.id)).toEqual(['d', 'c', 'a', 'b']);
	});
});

describe('reliabilityNote', () => {
	it('explains every reliability level in words', () => {
		expect(reliabilityNote('single')).toMatch(/single secondary source/);
		expect(reliabilityNote('aggregator')).toMatch(/low reliability/);
	});
});
