/**
 * Rule `url`: every address in a page — Markdown links, link definitions and component props — is a relative
 * path, a #fragment, or uses https:, http: or mailto:. The scheme is read as a browser reads it: after
 * character references are decoded (the parser has done that) and with white space and control characters
 * removed. Images may only come from this site (a path starting with /): a relative image would be compiled
 * into an import, and an image from another site would track readers.
 */
import type { Finding } from './finding';
import { isJsx, jsxAttributes, lineOf, walk } from './mdx';
import type { Page } from './page';

export const ALLOWED_SCHEMES = ['https', 'http', 'mailto'];

/** The scheme a browser would see ("javascript", "data"…), or undefined for a relative URL. */
export function schemeOf(url: string): string | undefined {
	// Browsers strip leading/trailing C0 controls and spaces, and remove tabs and newlines anywhere.
	// eslint-disable-next-line no-control-regex
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
	return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** The refused scheme of a URL, or undefined when the URL is allowed. */
export function refusedScheme(url: string): string | undefined {
	const scheme = schemeOf(url);
	return scheme && !ALLOWED_SCHEMES.includes(scheme) ? scheme : undefined;
}

/** Props whose value is an address: judged against ALLOWED_SCHEMES. */
const URL_PROP = /href|src|url|link|action|data|cite|poster|background/i;
/** Schemes that run code or hide content, refused in any other prop too. */
const CODE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem', 'jar', 'livescript', 'mocha']);

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

export function checkUrls(page: Page): Finding[] {
	const findings: Finding[] = [];
	const add = (line: number, text: string) => findings.push({ file: page.file, line, rule: 'url', severity: 'error', text });
	const scheme = (line: number, where: string, url: string) => {
		const s = refusedScheme(url);
		if (s) add(line, `${where} "${shorten(url)}" uses a ${s}: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`);
	};
	walk(page.tree, (node) => {
		const line = lineOf(node);
		if (node.type === 'link' || node.type === 'definition') scheme(line, node.type === 'link' ? 'the link' : 'the link definition', node.url ?? '');
		else if (node.type === 'image') {
			const url = node.url ?? '';
			if (!/^\/(?![/\\])/.test(url.trim()) || refusedScheme(url)) {
				add(line, `the image "${shorten(url)}" is not a path on this site. Images must start with / (a file in public/); relative paths become code imports, and images from other sites track readers.`);
			}
		} else if (node.type === 'imageReference') {
			add(line, `the image reference ![…][${node.identifier ?? ''}] is not allowed. Write the image as ![alt text](/path/to/image.png).`);
		}
		if (!isJsx(node)) return;
		for (const attr of jsxAttributes(node)) {
			if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !attr.name) continue;
			const where = `the attribute ${attr.name} on <${node.name ?? ''}>`;
			if (URL_PROP.test(attr.name)) scheme(line, where, attr.value);
			else if (CODE_SCHEMES.has(schemeOf(attr.value) ?? '')) scheme(line, where, attr.value);
			if (!attr.name.includes(':') && /<[A-Za-z!/?]/.test(attr.value)) {
				add(line, `${where} holds HTML ("${shorten(attr.value)}"). Props are plain text: write the words without tags.`);
			}
		}
	});
	return findings;
}
