/**
 * What a page is, in one place. A page has four names, and every part of the site converts between them here:
 *
 *   content file  content/docs/rules/october-2025.mdx  (generated pages have none: basics/elements/neodymium)
 *   key           rules/october-2025                   ("index" for the home page; the change log, social cards
 *                                                        and search hints name pages by key)
 *   path          /rules/october-2025/                 (root-relative, no base: how authors and components link)
 *   URL           https://example.org/base/rules/october-2025/   (base and site added here, and only here)
 *
 * The deploy's base path (astro.config.mjs `base`, from BASE_PATH) is read in this file only. Rendered HTML
 * never adds it by hand: src/middleware.ts puts it in front of every root-relative link (src/lib/base-links.ts),
 * so components and pages write plain paths. Only output that is not HTML (feeds, JSON, meta URLs) calls `withBase`.
 */

/** The base path with a trailing slash: "/" or "/rare-earths/". Outside Astro (node-side checks, tests) it is "/". */
export const BASE = ensureSlash((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');

function ensureSlash(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** A content file's key: "rules/october-2025.mdx" → "rules/october-2025", "index.mdx" → "index", "rules/index.mdx" → "rules". Starlight lower-cases slugs. */
export function keyOfFile(file: string): string {
	const slug = file
		.replace(/\\/g, '/')
		.replace(/^content\/docs\//, '')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
	return slug === '' ? 'index' : slug;
}

/** A key's root-relative path: "index" → "/", "rules/x" → "/rules/x/". */
export function pathOfKey(key: string): string {
	return key === 'index' ? '/' : `/${key}/`;
}

/** A URL path (with or without the base and slashes) → its key: "/base/rules/x/" → "rules/x", "/" → "index". */
export function keyOfPath(pathname: string, base: string = BASE): string {
	const b = ensureSlash(base);
	let path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname;
	path = path.replace(/^\/+|\/+$/g, '');
	return path === '' ? 'index' : path;
}

/** The built file a root-relative path is served from: "/" → "index.html", "/rules/x/" → "rules/x/index.html", "/changes.xml" → "changes.xml". */
export function builtFileOfPath(path: string): string {
	const rel = path.replace(/^\/+/, '');
	return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** The root-relative path a built file is served at: "rules/index.html" → "/rules/", "404.html" → "/404.html". */
export function pathOfBuiltFile(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/** A root-relative path under the base: "/rules/" with base "/rare-earths/" → "/rare-earths/rules/". Other URLs are returned as they are. */
export function withBase(url: string, base: string = BASE): string {
	const prefix = ensureSlash(base);
	if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
	if (url === prefix.slice(0, -1) || url.startsWith(prefix)) return url;
	return prefix + url.slice(1);
}

/** The absolute URL of a root-relative path on `site` (astro.config `site`), base included. */
export function absoluteUrl(path: string, site: URL | string, base: string = BASE): string {
	return new URL(withBase(path, base), site).href;
}
