/**
 * Holds the table of what components cite (src/lib/component-refs.ts) to the rendered pages: for every page,
 * the sources its HTML cites are exactly the sources the table says its components cite. A component that
 * cites from the data without being declared there (or declared wrongly) fails here, naming the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileForPath, htmlFiles, readDist, requireDist, root } from '../support/dist';
import { scanDocs, sourcesOfPage } from '../../src/lib/citing-pages';
import { elementPageSources } from '../../src/lib/component-refs';
import { loadContent } from '../../src/lib/integrity/load';
import { siteDataFromTree } from '../../src/lib/site-data';
import { keyOfFile, pathOfKey } from '../../src/lib/pages';

const citedIn = (html: string) => new Set([...html.matchAll(/\sdata-cite="([^"]+)"/g)].map((m) => m[1]!));

describe('what components cite, as declared, is what the built pages cite', () => {
	beforeAll(requireDist);
	const data = siteDataFromTree(loadContent(root));

	it('every content page', () => {
		const pages = scanDocs(join(root, 'content/docs')).filter((p) => keyOfFile(p.file) !== '404');
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) {
			const html = readDist(fileForPath(pathOfKey(keyOfFile(page.file))));
			const declared = new Set(sourcesOfPage({ text: page.text, sources: [] }, data));
			expect([...citedIn(html)].sort(), `${page.file}: the rendered citations differ from src/lib/component-refs.ts`).toEqual([...declared].sort());
		}
	});

	it('every element page', () => {
		for (const [slug, element] of data.elements) {
			const html = readDist(fileForPath(pathOfKey(`basics/elements/${slug}`)));
			expect([...citedIn(html)].sort(), `element page ${slug}`).toEqual(elementPageSources(element, data).sort());
		}
	});
});

describe('citations standing together on the built pages', () => {
	beforeAll(requireDist);
	const SUP = '<sup class="cite"[^>]*><a [^>]*data-cite="([^"]+)"[^>]*>\\[(\\d+)\\]</a></sup>';
	const pair = new RegExp(`${SUP}([.,;:]?\\s*)${SUP}`, 'g');

	it('are in number order and never repeat a source side by side ("[2][1]", "REO[1].[1]")', () => {
		const bad: string[] = [];
		for (const file of htmlFiles()) {
			for (const m of readDist(file).matchAll(pair)) {
				if (m[1] === m[4]) bad.push(`${file}: [${m[2]}]${m[3]}[${m[5]}] repeats ${m[1]}`);
				else if (m[3]!.trim() === '' && Number(m[5]) < Number(m[2])) bad.push(`${file}: [${m[2]}][${m[5]}]`);
			}
		}
		expect(bad).toEqual([]);
	});
});
