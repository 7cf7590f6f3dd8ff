/**
 * The HTML policy for built pages (issue 12): after the build, each page's parsed tree is judged, and the build
 * fails naming the page and the element on anything that could run code or send readers elsewhere:
 *
 * - an inline <script> or <style> whose sha256 is not in the fixed allow-list (inline-allow-list.ts);
 * - a <script> of a type that is neither JavaScript (hash-checked) nor a JSON data block;
 * - <meta http-equiv> other than content-type (refresh, set-cookie, a second policy…), <base>;
 * - <iframe>, <frame>, <object>, <embed>, <applet>, <portal>, <fencedframe>;
 * - a <form> (or formaction) sending to another origin;
 * - any resource (script, style, image, media, font, icon, preload…) from another origin;
 * - a javascript:, vbscript: or data: URL in any attribute; an on… event-handler attribute.
 *
 * What it still allows, on purpose: links (<a href>) to other sites; style="" attributes (Starlight sets CSS
 * custom properties with them; the CSP keeps style-src-attr 'unsafe-inline' because attributes cannot run
 * script, and pages cannot add them: the content check refuses style in contributed pages); data: images in
 * CSS (Starlight's icon masks). See CONTRIBUTING.md, "What the checks guarantee".
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS, INLINE_STYLES } from './inline-allow-list';
import { attr, attributes, describe, elements, textOf, type BuiltPage, type HastNode } from './page';

export const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
const DATA_BLOCKS = new Set(['application/ld+json', 'application/json']);
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe']);
/** Attributes that hold an address the browser loads by itself (not a link the reader follows). */
const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data', 'background', 'xlinkhref', 'ping', 'manifest', 'imagesrcset']);
const CODE_SCHEMES = /^(?:javascript|vbscript|data):/;

/** The scheme as a browser reads it: control characters and white space removed, lower case. */
// eslint-disable-next-line no-control-regex
const cleaned = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

export interface PolicyContext {
	/** The site's origin, e.g. https://rare-earths-explained.github.io. */
	origin: string;
}

/** "page: element — why" for each breach on one page. */
export function policyProblems(page: BuiltPage, context: PolicyContext): string[] {
	const problems: string[] = [];
	const pageUrl = new URL(page.url, context.origin);
	const add = (el: HastNode, why: string) => {
		const line = `${page.url}: ${describe(el)} ${why}`;
		if (!problems.includes(line)) problems.push(line);
	};
	const sameOrigin = (value: string) => {
		try {
			return new URL(value, pageUrl).origin === pageUrl.origin;
		} catch {
			return false;
		}
	};
	const urlsIn = (name: string, value: string) => (name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value]);

	for (const { el } of elements(page.root)) {
		const tag = el.tagName ?? '';
		if (tag === 'script') {
			const type = (attr(el, 'type') ?? '').trim().toLowerCase();
			const src = attr(el, 'src');
			if (src !== undefined) {
				if (!sameOrigin(src)) add(el, 'loads a script from another origin.');
			} else if (EXECUTABLE.has(type)) {
				const hash = sha256(textOf(el));
				if (!INLINE_SCRIPTS.some((s) => s.sha256 === hash)) add(el, `is an inline script not in the allow-list (${hash}). If it is Starlight's or the site's own, add it with a name to src/lib/built-site/inline-allow-list.ts.`);
			} else if (!DATA_BLOCKS.has(type)) {
				add(el, `has a script type that is neither JavaScript nor JSON data ("${type}").`);
			}
		} else if (tag === 'style') {
			const hash = sha256(textOf(el));
			if (!INLINE_STYLES.some((s) => s.sha256 === hash)) add(el, `is an inline style not in the allow-list (${hash}). If it is Starlight's or the site's own, add it with a name to src/lib/built-site/inline-allow-list.ts.`);
		} else if (tag === 'meta' && attr(el, 'http-equiv') !== undefined && attr(el, 'http-equiv')!.toLowerCase() !== 'content-type') {
			add(el, 'is not allowed: only the build sets http-equiv (a refresh redirects readers).');
		} else if (tag === 'base') {
			add(el, 'is not allowed: it would change where every relative link and script on the page points.');
		} else if (EMBEDS.has(tag)) {
			add(el, 'is not allowed: pages embed no other documents or plug-ins.');
		} else if (tag === 'form' && attr(el, 'action') !== undefined && !sameOrigin(attr(el, 'action')!)) {
			add(el, 'sends to another origin.');
		} else if (tag === 'link') {
			const href = attr(el, 'href');
			const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/[\s,]+/);
			// Links that only describe the page (canonical, alternate, sitemap…) load nothing; every other rel does.
			const loads = rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'prerender', 'manifest', 'apple-touch-icon', 'dns-prefetch', 'preconnect'].includes(r));
			if (href !== undefined && loads && !sameOrigin(href)) add(el, 'loads a resource from another origin.');
		}
		for (const [name, value] of attributes(el)) {
			if (name.startsWith('on')) add(el, `has the event-handler attribute ${name}.`);
			if (name === 'style' && /url\s*\(|@import|expression\s*\(/i.test(value)) add(el, 'has a style attribute that loads a resource.');
			for (const url of urlsIn(name, value)) {
				if (CODE_SCHEMES.test(cleaned(url)) && (RESOURCE_ATTRIBUTES.has(name) || ['href', 'action', 'formaction', 'xlinkhref', 'cite'].includes(name))) {
					add(el, `has a ${cleaned(url).split(':')[0]}: URL in ${name}.`);
				} else if (RESOURCE_ATTRIBUTES.has(name) && url !== '' && !sameOrigin(url)) {
					add(el, `loads ${name} from another origin (${url.slice(0, 60)}).`);
				} else if (name === 'href' && !['a', 'area', 'link'].includes(tag) && url !== '' && !sameOrigin(url)) {
					add(el, `loads href from another origin (${url.slice(0, 60)}).`);
				} else if (name === 'formaction' && !sameOrigin(url)) {
					add(el, 'sends a form to another origin.');
				}
			}
		}
	}
	return problems;
}
