/**
 * Links and anchors of the built site, read from the parsed pages (page.ts): every internal link resolves to a
 * page or file under the base path, and a #fragment names an id on that page. Problems are "page: link (why)".
 */
import { attr, elements, type BuiltPage } from './page';

export interface PageLinks {
	/** href values of <a>, <area> and <link> elements. */
	hrefs: string[];
	/** Ids a link can target (id attributes and <a name>), plus "top". */
	ids: Set<string>;
}

export function linksOf(page: BuiltPage): PageLinks {
	const hrefs: string[] = [];
	const ids = new Set<string>(['top']); // The HTML spec: "#top" scrolls to the top of any page.
	for (const { el } of elements(page.root)) {
		const id = attr(el, 'id');
		if (id !== undefined) ids.add(id);
		if (el.tagName === 'a' && attr(el, 'name') !== undefined) ids.add(attr(el, 'name')!);
		if (!['a', 'area', 'link'].includes(el.tagName ?? '')) continue;
		// Starlight gives the 404 page a canonical URL of /404/, a page no one links to; hosts serve 404.html by name.
		// The same goes for the hreflang alternates of the 404 page and of its Chinese fallback (zh-cn/404/).
		const is404 = page.file === '404.html' || page.file.startsWith('zh-cn/404/');
		if (is404 && el.tagName === 'link' && (attr(el, 'rel') === 'canonical' || attr(el, 'hreflang') !== undefined)) continue;
		const href = attr(el, 'href');
		if (href !== undefined) hrefs.push(href);
	}
	return { hrefs, ids };
}

export interface BuiltSite {
	/** Site origin from `site` in astro.config (absolute links to it count as internal). */
	origin?: string | undefined;
	/** The base path, e.g. "/" or "/rare-earths/". */
	base: string;
	/** Every file in the output, relative, with forward slashes ("rules/index.html", "data/x.csv"). */
	files: Set<string>;
	/** The links and anchors of each HTML page, by the same relative path, with its URL. */
	pages: Map<string, PageLinks & { url: string }>;
}

/** "page: link (why)" for every internal link in the site that does not resolve. */
export function brokenLinks(site: BuiltSite): string[] {
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	const problems: string[] = [];
	for (const [, page] of site.pages) {
		const pageUrl = new URL(page.url, 'http://site.invalid');
		for (const href of new Set(page.hrefs)) {
			if (/^(mailto|tel):/i.test(href)) continue;
			let url: URL;
			try {
				url = new URL(href, pageUrl);
			} catch {
				problems.push(`${page.url}: ${href} (not a valid URL)`);
				continue;
			}
			const internal = url.origin === pageUrl.origin || (site.origin !== undefined && url.origin === new URL(site.origin).origin);
			if (!internal || !/^https?:$/.test(url.protocol)) continue;
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(base) && `${path}/` !== base) {
				problems.push(`${page.url}: ${href} (outside the base path ${base})`);
				continue;
			}
			const rel = path.slice(base.length);
			const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
			const target = candidates.find((c) => site.files.has(c));
			if (!target) {
				problems.push(`${page.url}: ${href} (no page or file at ${path})`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			const targetPage = site.pages.get(target);
			if (fragment && targetPage && !targetPage.ids.has(fragment)) {
				problems.push(`${page.url}: ${href} (no id="${fragment}" on ${targetPage.url})`);
			}
		}
	}
	return problems.sort();
}
