/**
 * The site's two languages. English lives at the root (/rules/april-2025/), Simplified Chinese under
 * /zh-cn/ with the same slugs (/zh-cn/rules/april-2025/); the Chinese pages are content/docs/zh-cn/*.mdx.
 * Components ask `localeOf(Astro.url.pathname)` which language they render in, and pick a data entry's
 * Chinese text with `zhText` (every schema with reader-facing text has an optional `zh` object).
 */
import { BASE } from './pages';

export const LOCALES = ['en', 'zh-cn'] as const;
export type SiteLocale = (typeof LOCALES)[number];

/** The folder (and URL segment) of the Chinese edition. */
export const ZH = 'zh-cn';
/** BCP-47 tags, as written in `<html lang>`. */
export const LANG: Record<SiteLocale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** The deploy's base path, from the one page model (src/lib/pages.ts), the only place that reads it. */
const basePath = () => BASE;

/** Which language a URL path (with or without the base path) is in. */
export function localeOf(pathname: string, base = basePath()): SiteLocale {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
	return path === ZH || path.startsWith(`${ZH}/`) ? 'zh-cn' : 'en';
}

/** A root-relative site path ("/rules/april-2025/") in `locale`: "/zh-cn/rules/april-2025/" for Chinese. No base path. */
export function localePath(path: string, locale: SiteLocale): string {
	if (locale === 'en' || /^[a-z]+:/.test(path)) return path;
	if (path === '/' || path === '') return `/${ZH}/`;
	return path.startsWith(`/${ZH}/`) ? path : `/${ZH}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** A page id of the docs collection without its language folder: "zh-cn/rules/x" → "rules/x", "zh-cn" → "index". */
export function baseId(id: string): string {
	if (id === ZH || id === `${ZH}/index`) return 'index';
	return id.startsWith(`${ZH}/`) ? id.slice(ZH.length + 1) : id;
}

/**
 * The reader-facing text of a data entry in `locale`: the entry's `zh` object when the page is Chinese and the
 * field is there, else the English field. Missing Chinese fields are reported by `npm run check`
 * (src/lib/content-check/translations.ts), so a built Chinese page never silently mixes languages.
 */
export function zhText<T extends { zh?: Partial<Record<K, unknown>> | undefined }, K extends keyof T & string>(
	entry: T,
	field: K,
	locale: SiteLocale,
): T[K] {
	if (locale === 'zh-cn') {
		const value = entry.zh?.[field];
		if (value !== undefined) return value as T[K];
	}
	return entry[field];
}
