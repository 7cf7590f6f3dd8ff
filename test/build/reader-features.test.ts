/**
 * Reader features in the built site: social cards (og:image exists and is a PNG of the declared size),
 * the Atom feed link in every <head>, "Cite this page" with the canonical URL, the change log and each
 * page's links to its own change entries, and the search filters every page carries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dist, fileForPath, readDist, requireDist, root, sitemapPaths } from '../support/dist';
import { citePage } from '../../src/lib/cite-page';

beforeAll(requireDist);

const base = process.env['BASE_PATH'] ?? '/';
const pages = () => [...sitemapPaths(), `${base}404.html`].map((path) => ({ path, html: readDist(fileForPath(path, base)) }));
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social cards', () => {
	it('every page (and the 404 page) has an og:image that exists in dist/ and is a PNG of the declared size', () => {
		const problems: string[] = [];
		for (const { path, html } of pages()) {
			const image = meta(html, 'og:image');
			if (!image) {
				problems.push(`${path}: no og:image (built with OG_IMAGES=0? The default build renders the cards.)`);
				continue;
			}
			const file = join(dist, new URL(image).pathname.slice(base.length));
			if (!existsSync(file)) {
				problems.push(
					`${path}: og:image ${image} is not in dist/ (src/pages/og/[...slug].png.ts renders pages listed by src/data/site-pages.ts)`,
				);
				continue;
			}
			const size = pngSize(readFileSync(file));
			const declared = { width: Number(meta(html, 'og:image:width')), height: Number(meta(html, 'og:image:height')) };
			if (!size) problems.push(`${path}: ${file} is not a PNG`);
			else if (size.width !== declared.width || size.height !== declared.height) {
				problems.push(`${path}: card is ${size.width}×${size.height}, the page declares ${declared.width}×${declared.height}`);
			}
			if (declared.width !== 1200 || declared.height !== 630) problems.push(`${path}: cards should be 1200×630`);
		}
		expect(problems).toEqual([]);
	});

	it('every page has the title, description and card type for link previews', () => {
		const bad = pages().filter(
			({ html }) => !meta(html, 'og:title') || !meta(html, 'og:description') || meta(html, 'twitter:card') !== 'summary_large_image',
		);
		expect(bad.map((p) => p.path)).toEqual([]);
	});
});

describe('what changed', () => {
	const changeIds = readdirSync(join(root, 'content/changes'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.slice(0, -5));

	it("every page's <head> links the Atom feed, and the feed is in dist/", () => {
		const bad = pages().filter(
			({ html }) =>
				!html.includes(
					`<link rel="alternate" type="application/atom+xml" title="Rare Earths Explained: what changed" href="${base}changes.xml">`,
				),
		);
		expect(bad.map((p) => p.path)).toEqual([]);
		expect(existsSync(join(dist, 'changes.xml'))).toBe(true);
	});

	it('the "What changed" page shows every entry under its id', () => {
		const html = readDist(fileForPath(`${base}reference/what-changed/`, base));
		expect(changeIds.filter((id) => !html.includes(`id="${id}"`))).toEqual([]);
	});

	it('each content page shows its review date (or says it has none) and links to its own change entries', () => {
		const problems: string[] = [];
		for (const { path, html } of pages().filter((p) => !p.path.endsWith('404.html'))) {
			if (!/class="last-reviewed[" ]/.test(html)) problems.push(`${path}: no last-reviewed line`);
			const key = path === base ? 'index' : path.slice(base.length).replace(/\/$/, '');
			const own = changeIds.filter((id) =>
				(parse(readFileSync(join(root, 'content/changes', `${id}.yaml`), 'utf8')) as { pages: string[] }).pages.includes(key),
			);
			for (const id of own) {
				if (!html.includes(`href="${base}reference/what-changed/#${id}"`)) problems.push(`${path}: no link to its change entry ${id}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('cite this page', () => {
	it('shows the exact APA, MLA and BibTeX for a known page as text (no JavaScript needed)', () => {
		const html = readDist(fileForPath(`${base}rules/october-2025/`, base));
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
		const expected = citePage({ title: 'The October 2025 package', url: canonical, lastReviewed: '2026-11-22' });
		// The text a reader selects: tags dropped (not replaced by spaces), entities decoded.
		const block = (id: string) =>
			(new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</(?:p|pre)>`).exec(html)?.[1] ?? '')
				.replace(/<[^>]+>/g, '')
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&amp;/g, '&');
		expect(block('cite-page-apa')).toBe(expected.apa.text);
		expect(block('cite-page-mla')).toBe(expected.mla.text);
		expect(block('cite-page-bibtex')).toBe(expected.bibtex);
	});

	it('appears on every page but the 404 page, with that page’s canonical URL', () => {
		const bad = pages()
			.filter((p) => !p.path.endsWith('404.html'))
			.filter(({ html }) => {
				const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
				return !canonical || !html.includes('<summary') || !html.includes(`${canonical}</p>`);
			});
		expect(bad.map((p) => p.path)).toEqual([]);
	});
});

describe('search filters and excerpts', () => {
	it('every indexed page carries a Section filter; element pages say so in Page type', () => {
		const bad = pages()
			.filter((p) => !p.path.endsWith('404.html'))
			.filter(({ path, html }) => {
				// The Chinese edition has its own index (Pagefind splits by <html lang>), with the filters named in Chinese.
				const zh = /(^|\/)zh-cn\//.test(path);
				const element = path.includes('/basics/elements/') && !path.endsWith('/basics/elements/');
				const type = zh ? (element ? '页面类型:元素页' : '页面类型:专题页') : element ? 'Page type:Element page' : 'Page type:Topic page';
				const section = zh ? /data-pagefind-filter="栏目:[^"]+"/ : /data-pagefind-filter="Section:[^"]+"/;
				return !section.test(html) || !html.includes(`data-pagefind-filter="${type}"`);
			});
		expect(bad.map((p) => p.path)).toEqual([]);
	});

	it('keeps reference lists and previous/next navigation out of the index', () => {
		const html = readDist(fileForPath(`${base}rules/october-2025/`, base));
		expect(html).toMatch(/<section class="references"[^>]*data-pagefind-ignore/);
		expect(html).toMatch(/<div data-pagefind-ignore="all">\s*<footer/);
	});
});
