/**
 * A strict Content-Security-Policy for the built pages: scripts only from the site itself or inline scripts
 * whose exact text is hashed (sha256), never 'unsafe-inline' for scripts.
 *
 * Why hashes after the build rather than only Astro's `security.csp`: Astro hashes the scripts and styles it
 * processes, but not `is:inline` scripts, and Starlight's theme provider, search shortcut and sidebar-state
 * scripts are all `is:inline`. Hashing the final HTML covers every inline script whoever wrote it.
 */
import { createHash } from 'node:crypto';

/** Inline <script> bodies (no src, executable type) and inline <style> bodies of an HTML page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = m[1] ?? '';
		if (/\ssrc\s*=/i.test(attrs)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
		// JSON-LD, speculation rules and other data blocks are not executed, so need no hash.
		if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
		scripts.push(m[2] ?? '');
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(m[1] ?? '');
	return { scripts, styles };
}

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy, as directives, for pages whose inline scripts and styles have these hashes. */
export function policy(scriptHashes: Iterable<string>, styleHashes: Iterable<string>): string[] {
	const sorted = (s: Iterable<string>) => [...new Set(s)].sort().join(' ');
	return [
		"default-src 'self'",
		// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it does not allow eval() of JS.
		`script-src 'self' 'wasm-unsafe-eval' ${sorted(scriptHashes)}`.trimEnd(),
		`style-src 'self' ${sorted(styleHashes)}`.trimEnd(),
		// Starlight sets CSS custom properties in style attributes (e.g. style="--sl-icon-size: 1em"); attributes cannot run code.
		"style-src-attr 'unsafe-inline'",
		// data: for the SVG masks in Starlight's and Pagefind's CSS.
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
}

/** The policy for one page. */
export function pagePolicy(html: string): string {
	const { scripts, styles } = inlineBlocks(html);
	return policy(scripts.map(sha256), styles.map(sha256)).join('; ');
}

/** Puts the policy in a <meta http-equiv> before any script or style in <head>, so it covers all of them. */
export function withMetaPolicy(html: string): string {
	const withoutOld = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(withoutOld)}">`;
	// Right after <meta charset> (which must stay in the first 1024 bytes), else at the start of <head>.
	const anchor = /<meta charset=[^>]*>/i.exec(withoutOld) ?? /<head\b[^>]*>/i.exec(withoutOld);
	if (!anchor) return withoutOld;
	const at = anchor.index + anchor[0].length;
	return withoutOld.slice(0, at) + meta + withoutOld.slice(at);
}

/**
 * dist/_headers (Netlify, Cloudflare Pages and others): the same policy as an HTTP header for every path under the
 * base, with the hashes of all pages, plus directives a <meta> cannot carry.
 */
export function headersFile(base: string, pages: string[]): string {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const html of pages) {
		const blocks = inlineBlocks(html);
		blocks.scripts.forEach((s) => scripts.add(sha256(s)));
		blocks.styles.forEach((s) => styles.add(sha256(s)));
	}
	const csp = [...policy(scripts, styles), "frame-ancestors 'none'"].join('; ');
	const path = `${base.endsWith('/') ? base : `${base}/`}*`;
	return [
		'# Written by src/integrations/csp.ts at build time. Do not edit: rebuild instead.',
		path,
		`  Content-Security-Policy: ${csp}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'',
	].join('\n');
}
