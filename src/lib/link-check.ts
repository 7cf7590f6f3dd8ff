/**
 * Checks that every internal link in a built site resolves: the page (or file) exists under the base path, and a
 * #fragment names an id on that page. Pure over a map of files, so it is unit-testable; the integration
 * (src/integrations/link-check.ts) feeds it dist/.
 */

export interface BuiltSite {
	/** Site origin from `site` in astro.config, e.g. https://example.org (absolute links to it count as internal). */
	origin?: string | undefined;
	/** The base path, e.g. "/" or "/rare-earths/". */
	base: string;
	/** Every file in the output, as paths relative to it with forward slashes ("rules/index.html", "data/x.csv"). */
	files: Set<string>;
	/** The HTML of each .html file, by the same relative path. */
	html: Map<string, string>;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The URL path a built HTML file is served at ("rules/index.html" → "/base/rules/"). */
export function urlOf(file: string, base: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	if (file === 'index.html') return b;
	if (file.endsWith('/index.html')) return b + file.slice(0, -'index.html'.length);
	return b + file;
}

/** Ids a link can target on a page (id attributes and legacy <a name>). */
export function anchorsOf(html: string): Set<string> {
	const ids = new Set<string>();
	for (const m of html.matchAll(/\s(?:id|name)\s*=\s*"([^"]*)"/g)) ids.add(decode(m[1]!));
	// The HTML spec: "#top" and an empty fragment scroll to the top of any page.
	ids.add('top');
	return ids;
}

/** href values of <a>, <area> and <link> elements. */
export function hrefsOf(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/<(?:a|area|link)\b[^>]*?\shref\s*=\s*"([^"]*)"/gi)) out.push(decode(m[1]!));
	return out;
}

/** "page: link (why)" for every internal link in the site that does not resolve. */
export function brokenLinks(site: BuiltSite): string[] {
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	const anchors = new Map<string, Set<string>>();
	const anchorsFor = (file: string) => {
		let set = anchors.get(file);
		if (!set) anchors.set(file, (set = anchorsOf(site.html.get(file) ?? '')));
		return set;
	};
	const problems: string[] = [];
	for (const [file, html] of site.html) {
		const page = urlOf(file, base);
		const pageUrl = new URL(page, 'http://site.invalid');
		// Starlight gives the 404 page a canonical URL of /404/, a page no one links to; hosts serve 404.html by name.
		// The same goes for the hreflang alternates of the 404 page and of its Chinese fallback (/zh-cn/404/).
		const is404 = file === '404.html' || /^zh-cn\/404\//.test(file);
		const hrefs = hrefsOf(is404 ? html.replace(/<link rel="(?:canonical|alternate)"[^>]*hreflang[^>]*>|<link rel="canonical"[^>]*>/g, '') : html);
		for (const href of new Set(hrefs)) {
			if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
			let url: URL;
			try {
				url = new URL(href, pageUrl);
			} catch {
				problems.push(`${page}: ${href} (not a valid URL)`);
				continue;
			}
			const internal = url.origin === pageUrl.origin || (site.origin !== undefined && url.origin === new URL(site.origin).origin);
			if (!internal) continue;
			const path = decodeURIComponent(url.pathname);
			if (!path.startsWith(base) && `${path}/` !== base) {
				problems.push(`${page}: ${href} (outside the base path ${base})`);
				continue;
			}
			const rel = path.slice(base.length);
			const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
			const target = candidates.find((c) => site.files.has(c));
			if (!target) {
				problems.push(`${page}: ${href} (no page or file at ${path})`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !anchorsFor(target).has(fragment)) {
				problems.push(`${page}: ${href} (no id="${fragment}" on ${urlOf(target, base)})`);
			}
		}
	}
	return problems.sort();
}
