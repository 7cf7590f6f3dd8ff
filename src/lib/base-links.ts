/**
 * Sub-path deploys. Pages are written with root-relative links (`[status tracker](/rules/status-tracker/)`,
 * `<LinkCard href="/basics/magnets/" />`, `![map](/images/map.png)`), which only work when the site is served
 * at a domain's root. src/middleware.ts passes every HTML page through `rebaseLinks` after it renders, so a
 * root-relative URL in any tag's href/src/action/poster gets the configured base (astro.config.mjs `base`,
 * from BASE_PATH) in front, whether it came from Markdown, a JSX attribute or a component, and no page needs
 * to know where the site is deployed. (It is done on the HTML rather than as a rehype plugin because Astro 7's
 * default Markdown processor does not run rehype plugins.) URLs that already start with the base, external
 * URLs, protocol-relative URLs and #fragments are left alone. The base itself is read in src/lib/pages.ts only.
 */
import { BASE, withBase } from './pages';

/** An opening tag (not text: code shown in a page is escaped as &lt;a href=…, so it is never matched). */
const TAG = /<[a-zA-Z][\w:-]*\s[^<>]*>/g;
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster)\s*=\s*)(["'])(\/[^"']*)\2/gi;

/** Puts `base` in front of every root-relative URL attribute in an HTML document. */
export function rebaseLinks(html: string, base: string = BASE): string {
	if (base === '/' || base === '') return html;
	return html.replace(TAG, (tag) => tag.replace(URL_ATTRIBUTE, (_m, before: string, quote: string, url: string) => `${before}${quote}${withBase(url, base)}${quote}`));
}
