/** What every built page must carry for readers and search engines: a title, a description, a canonical URL. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileForPath, readDist, requireDist, sitemapPaths } from '../support/dist';

beforeAll(requireDist);

describe('every page in the sitemap', () => {
	const pages = () => sitemapPaths().map((path) => ({ path, html: readDist(fileForPath(path)) }));

	it('lists the home page and more', () => {
		const paths = sitemapPaths();
		expect(paths).toContain('/');
		expect(paths.length).toBeGreaterThan(1);
	});

	it('has a non-empty <title>', () => {
		const bad = pages().filter(({ html }) => !/<title>[^<]{3,}<\/title>/.test(html));
		expect(bad.map((p) => p.path)).toEqual([]);
	});

	it('has a meta description of useful length', () => {
		const bad = pages().filter(({ html }) => {
			const m = /<meta name="description" content="([^"]*)"/.exec(html);
			return !m || m[1]!.length < 30;
		});
		expect(bad.map((p) => p.path)).toEqual([]);
	});

	it('has a canonical URL pointing at itself', () => {
		const bad = pages().filter(({ path, html }) => {
			const m = /<link rel="canonical" href="([^"]+)"/.exec(html);
			return !m || new URL(m[1]!).pathname !== path;
		});
		expect(bad.map((p) => p.path)).toEqual([]);
	});

	it('has no unnumbered citation and no unfilled reference placeholder', () => {
		const bad = pages().filter(({ html }) => html.includes('>[?]<') || html.includes('data-references-placeholder'));
		expect(bad.map((p) => p.path)).toEqual([]);
	});

	it('ends with a reference list whenever it cites something', () => {
		// The heading is in the page's language: "References", or "参考资料" on the Chinese edition.
		const bad = pages().filter(({ html }) => html.includes('data-cite=') && !/<h2 id="references">(References|参考资料)<\/h2>/.test(html));
		expect(bad.map((p) => p.path)).toEqual([]);
	});
});
