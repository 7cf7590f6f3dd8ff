import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citingPages, pagePath, readDocPage, scanDocs, sourcesOfPage } from '../../src/lib/citing-pages';
import { ABUNDANCE_SOURCE, citesOf, PERIODIC_TABLE_LISTS, type SiteData } from '../../src/lib/component-refs';
import { siteDataFromTree } from '../../src/lib/site-data';
import { loadContent } from '../../src/lib/integrity/load';
import { PRODUCTION_SOURCE } from '../../src/data/chart-specs';
import type { Figure } from '../../src/schemas/figures';

const page = (file: string, body: string, frontmatter = `title: ${file}`) => readDocPage(file, `---\n${frontmatter}\n---\n${body}`);

describe('pagePath', () => {
	it('turns file paths into site paths', () => {
		expect(pagePath('reference/faq.mdx')).toBe('/reference/faq/');
		expect(pagePath('index.mdx')).toBe('/');
		expect(pagePath('rules/index.md')).toBe('/rules/');
		expect(pagePath('Rules/April-2025.mdx')).toBe('/rules/april-2025/');
	});
});

const project = fileURLToPath(new URL('../../', import.meta.url));
/** The real site's data, so components cite what they cite in the build. */
const data = siteDataFromTree(loadContent(project));
const none: SiteData = { figures: new Map(), measures: new Map(), events: new Map(), terms: new Map(), comparisons: new Map(), changes: new Map(), elements: new Map(), claims: new Map() };

describe('sourcesOfPage', () => {
	it('finds <Cite> ids, figures\' sources and frontmatter sources, first use first, each once', () => {
		const figures = new Map([['china-mining-share', { source: 'usgs-mcs-2026-rare-earths' } as Figure]]);
		const p = page(
			'a.mdx',
			'Text.<Cite id="b-source" /> More <Figure id="china-mining-share" /> again <Cite id=\'b-source\'/> and <Cite id="c-source"/>.',
			'title: A\nsources:\n  - d-source\n  - c-source',
		);
		expect(sourcesOfPage(p, { ...none, figures })).toEqual(['b-source', 'usgs-mcs-2026-rare-earths', 'c-source', 'd-source']);
	});

	it('ignores examples inside code', () => {
		const p = page('guide.mdx', 'Write `<Cite id="inline-example" />` like this:\n\n```mdx\n<Cite id="fenced-example" />\n```\n');
		expect(sourcesOfPage(p, data)).toEqual([]);
	});

	it('counts sources cited on a page\'s behalf by a component it uses, from the data', () => {
		const glossary = sourcesOfPage(page('reference/glossary.mdx', '<Glossary />'), data);
		expect(glossary).toEqual(citesOf('Glossary', {}, data));
		expect(glossary.length).toBeGreaterThan(0);
	});

	it('a page whose only citation comes from <BarChart> cites the chart\'s sources', () => {
		expect(sourcesOfPage(page('x/chart.mdx', '<BarChart chart="mine-production-2025" />'), data)).toEqual([PRODUCTION_SOURCE]);
	});

	it('a page whose only citation comes from <PeriodicTable> cites the sources of the lists\' statuses', () => {
		const expected = [...new Set(PERIODIC_TABLE_LISTS.flatMap((l) => data.measures.get(l.id)!.statusHistory.at(-1)!.sources))];
		expect(expected.length).toBeGreaterThan(0);
		expect(sourcesOfPage(page('x/table.mdx', '<PeriodicTable />'), data)).toEqual(expected);
	});
});

describe('the bibliography', () => {
	it('lists a page that cites only through a component\'s data, and the generated element pages', () => {
		const map = citingPages([page('x/chart.mdx', '<BarChart chart="mine-production-2025" />', 'title: Chart only'), page('x/table.mdx', '<PeriodicTable />', 'title: Table only')], data);
		expect(map.get(PRODUCTION_SOURCE)).toContainEqual({ path: '/x/chart/', title: 'Chart only' });
		const listSource = data.measures.get(PERIODIC_TABLE_LISTS[0].id)!.statusHistory.at(-1)!.sources[0]!;
		expect(map.get(listSource)).toContainEqual({ path: '/x/table/', title: 'Table only' });
		expect(map.get(ABUNDANCE_SOURCE)).toContainEqual({ path: '/basics/elements/neodymium/', title: 'Neodymium (Nd)' });
	});
});

describe('citingPages', () => {
	it('maps each source to the pages citing it, sorted by title', () => {
		const map = citingPages(
			[
				page('rules/b.mdx', '<Cite id="s1" />', 'title: Zebra page'),
				page('basics/a.mdx', '<Cite id="s1" /><Cite id="s2" />', 'title: Alpha page'),
				page('index.mdx', 'No citations.', 'title: Home\nsources: [s2]'),
			],
			none,
		);
		expect(map.get('s1')).toEqual([
			{ path: '/basics/a/', title: 'Alpha page' },
			{ path: '/rules/b/', title: 'Zebra page' },
		]);
		expect(map.get('s2')).toEqual([
			{ path: '/basics/a/', title: 'Alpha page' },
			{ path: '/', title: 'Home' },
		]);
		expect(map.has('s3')).toBe(false);
	});
});

describe('scanDocs', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'citing-pages-'));
		mkdirSync(join(dir, 'reference'));
		writeFileSync(join(dir, 'index.mdx'), '---\ntitle: Home\n---\n<Cite id="home-source" />\n');
		writeFileSync(join(dir, 'reference', 'faq.mdx'), '---\ntitle: FAQ\nsources: [extra]\n---\nA.<Cite id="home-source" />\n');
		writeFileSync(join(dir, 'reference', '_draft.mdx'), '---\ntitle: Draft\n---\n<Cite id="draft-source" />\n');
		writeFileSync(join(dir, 'reference', 'notes.txt'), '<Cite id="not-a-page" />');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reads every .md/.mdx page under the folder, skipping _drafts and other files', () => {
		const pages = scanDocs(dir);
		expect(pages.map((p) => [p.file, p.title, p.sources])).toEqual([
			['index.mdx', 'Home', []],
			['reference/faq.mdx', 'FAQ', ['extra']],
		]);
		const map = citingPages(pages, none);
		expect(map.get('home-source')?.map((p) => p.path)).toEqual(['/reference/faq/', '/']);
		expect(map.has('draft-source')).toBe(false);
		expect(map.has('not-a-page')).toBe(false);
	});

	it('returns nothing for a missing folder', () => {
		expect(scanDocs(join(dir, 'nope'))).toEqual([]);
	});
});

describe('the table of what components cite', () => {
	it('has an entry for every component the barrel exports, so a new one cannot be forgotten', async () => {
		const { readFileSync } = await import('node:fs');
		const barrel = readFileSync(new URL('../../src/components/index.ts', import.meta.url), 'utf8');
		const exported = [...barrel.matchAll(/export \{([^}]+)\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/).pop()!)).filter(Boolean);
		const { COMPONENT_REFS } = await import('../../src/lib/component-refs');
		expect(exported.length).toBeGreaterThan(20);
		expect(exported.filter((name) => !(name in COMPONENT_REFS))).toEqual([]);
	});
});
