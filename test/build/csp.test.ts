/**
 * Every built page carries the Content-Security-Policy built from the fixed allow-list of inline scripts
 * (src/lib/built-site/inline-allow-list.ts) as a <meta> before any script, every inline script on every page is
 * in that list, and dist/_headers carries the same policy for hosts that read it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlFiles, readDist, requireDist } from '../support/dist';
import { policy } from '../../src/lib/built-site/csp';
import { INLINE_SCRIPTS, INLINE_STYLES } from '../../src/lib/built-site/inline-allow-list';
import { elements, parsePage, textOf, attr } from '../../src/lib/built-site/page';
import { sha256 } from '../../src/lib/built-site/policy';

requireDist();
const files = htmlFiles();
const allowed = new Set(INLINE_SCRIPTS.map((s) => s.sha256));
const allowedStyles = new Set(INLINE_STYLES.map((s) => s.sha256));

describe('Content-Security-Policy', () => {
	it.each(files)('%s: the allow-list policy in a <meta> before any script, and only allow-listed inline scripts and styles', (file) => {
		const html = readDist(file);
		const root = parsePage(file, html, '/').root;
		const all = elements(root).map((e) => e.el);
		const metas = all.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy');
		expect(metas, `${file} has no CSP <meta>; is src/integrations/post-build.ts in astro.config.mjs?`).toHaveLength(1);
		expect(attr(metas[0]!, 'content')).toBe(policy().join('; '));
		const firstScript = all.findIndex((el) => el.tagName === 'script' || el.tagName === 'style' || (el.tagName === 'link' && attr(el, 'rel') === 'stylesheet'));
		expect(all.indexOf(metas[0]!)).toBeLessThan(firstScript);
		for (const el of all.filter((e) => e.tagName === 'script' && attr(e, 'src') === undefined && !attr(e, 'type')?.includes('json'))) {
			expect(allowed.has(sha256(textOf(el))), `inline script not in the allow-list in ${file}: ${textOf(el).slice(0, 80)}…`).toBe(true);
		}
		for (const el of all.filter((e) => e.tagName === 'style')) {
			expect(allowedStyles.has(sha256(textOf(el))), `inline style not in the allow-list in ${file}: ${textOf(el).slice(0, 80)}…`).toBe(true);
		}
	});

	it('dist/_headers sends the same policy for every path, with frame-ancestors', () => {
		expect(existsSync(join(dist, '_headers')), 'dist/_headers').toBe(true);
		const line = /Content-Security-Policy: (.*)/.exec(readDist('_headers'))?.[1] ?? '';
		expect(line).toBe([...policy(), "frame-ancestors 'none'"].join('; '));
	});
});
