import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citingPages, componentsUsed, pagePath, readDocPage, scanDocs, sourcesOfPage } from '../../src/lib/citing-pages';

const page = (file: string, body: string, frontmatter = `title: ${file}`) => readDocPage(file, `---\n${frontmatter}\n---\n${body}`);

describe('pagePath', () => {
	it('turns file paths into site paths', () => {
		expect(pagePath('reference/faq.mdx')).toBe('/reference/faq/');
		expect(pagePath('index.mdx')).toBe('/');
		expect(pagePath('rules/index.md')).toBe('/rules/');
		expect(pagePath('Rules/April-2025.mdx')).toBe('/rules/april-2025/');
	});
});

describe('sourcesOfPage', () => {
	const figureSource = (id: string) => ({ 'china-mining-share': 'usgs-mcs-2026-rare-earths' })[id];

	it('finds <Cite> ids, figures\' sources and frontmatter sources, first use first, each once', () => {
		const p = page(
			'a.mdx',
			'Text.<Cite id="b-source" /> More <Figure id="china-mining-share" /> again <Cite id=\'b-source\'/> and <Cite id="c-source"/>.',
			'title: A\nsources:\n  - d-source\n  - c-source',
		);
		expect(sourcesOfPage(p, { figureSource })).toEqual(['b-source', 'usgs-mcs-2026-rare-earths', 'c-source', 'd-source']);
	});

	it('ignores examples inside code', () => {
		const p = page('guide.mdx', 'Write `<Cite id="inline-example" />` like this:\n\n```mdx\n<Cite id="fenced-example" />\n```\n');
		expect(sourcesOfPage(p)).toEqual([]);
	});

	it('counts sources cited on a page\'s behalf by a component it uses', () => {
		const p = page('reference/glossary.mdx', '<Glossary />');
		expect(componentsUsed(p.text)).toContain('Glossary');
		expect(sourcesOfPage(p, { componentSources: { Glossary: ['term-source'], Timeline: ['event-source'] } })).toEqual(['term-source']);
	});
});

describe('citingPages', () => {
	it('maps each source to the pages citing it, sorted by title', () => {
		const map = citingPages([
			page('rules/b.mdx', '<Cite id="s1" />', 'title: Zebra page'),
			page('basics/a.mdx', '<Cite id="s1" /><Cite id="s2" />', 'title: Alpha page'),
			page('index.mdx', 'No citations.', 'title: Home\nsources: [s2]'),
		]);
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
		const map = citingPages(pages);
		expect(map.get('home-source')?.map((p) => p.path)).toEqual(['/reference/faq/', '/']);
		expect(map.has('draft-source')).toBe(false);
		expect(map.has('not-a-page')).toBe(false);
	});

	it('returns nothing for a missing folder', () => {
		expect(scanDocs(join(dir, 'nope'))).toEqual([]);
	});
});
