/**
 * The Content-Security-Policy, built from the fixed allow-list of inline scripts and styles
 * (inline-allow-list.ts) — never from whatever the built HTML happens to contain. Every page gets it as a
 * <meta http-equiv> (the only form GitHub Pages serves), and dist/_headers carries it as an HTTP header, with
 * the directives a <meta> cannot carry, for hosts that read that file (Netlify, Cloudflare Pages).
 */
import { INLINE_SCRIPTS, INLINE_STYLES } from './inline-allow-list';

const hashes = (list: { sha256: string }[]) => [...new Set(list.map((s) => `'${s.sha256}'`))].sort().join(' ');

/** The policy's directives. */
export function policy(): string[] {
	return [
		"default-src 'self'",
		// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it does not allow eval() of JS.
		`script-src 'self' 'wasm-unsafe-eval' ${hashes(INLINE_SCRIPTS)}`.trimEnd(),
		`style-src 'self' ${hashes(INLINE_STYLES)}`.trimEnd(),
		// Starlight sets CSS custom properties in style attributes (style="--sl-icon-size: 1em"). Attributes cannot
		// run script; contributed pages cannot add them (the content check refuses style=).
		"style-src-attr 'unsafe-inline'",
		// data: for the SVG masks in Starlight's and Pagefind's CSS.
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"media-src 'self'",
		"object-src 'none'",
		"frame-src 'none'",
		"worker-src 'self'",
		"base-uri 'self'",
		"form-action 'self'",
	];
}

/** Puts the policy in a <meta http-equiv> right after <meta charset> (else at the start of <head>), before any script or style. */
export function withMetaPolicy(html: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policy().join('; ')}">`;
	const anchor = /<meta charset=[^>]*>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
	if (!anchor) throw new Error('no <head> to put the Content-Security-Policy in');
	const at = anchor.index + anchor[0].length;
	return html.slice(0, at) + meta + html.slice(at);
}

/** dist/_headers: the same policy as an HTTP header for every path under the base, plus what a <meta> cannot say. */
export function headersFile(base: string): string {
	const csp = [...policy(), "frame-ancestors 'none'"].join('; ');
	const path = `${base.endsWith('/') ? base : `${base}/`}*`;
	return [
		'# Written by src/integrations/post-build.ts at build time. Do not edit: rebuild instead.',
		'# GitHub Pages ignores this file (it serves the <meta> policy in each page); Netlify and Cloudflare Pages read it.',
		path,
		`  Content-Security-Policy: ${csp}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  X-Frame-Options: DENY',
		'',
	].join('\n');
}
