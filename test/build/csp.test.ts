/**
 * Every built page carries a strict Content-Security-Policy <meta> that allows each of its inline scripts by hash
 * (never 'unsafe-inline' for scripts), placed before any script; dist/_headers carries the same for static hosts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlFiles, readDist, requireDist } from '../support/dist';
import { inlineBlocks, sha256 } from '../../src/lib/csp';

requireDist();
const files = htmlFiles();
const metaOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

describe('Content-Security-Policy', () => {
	it.each(files)('%s: a CSP <meta> before any script, hashing every inline script', (file) => {
		const html = readDist(file);
		const policy = metaOf(html);
		expect(policy, `${file} has no <meta http-equiv="content-security-policy">; is src/integrations/csp.ts in astro.config.mjs?`).toBeDefined();
		const scriptSrc = directive(policy!, 'script-src');
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		for (const script of inlineBlocks(html).scripts) {
			expect(scriptSrc, `inline script not allowed by hash in ${file}: ${script.slice(0, 80)}…`).toContain(sha256(script));
		}
		expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(html.search(/<script|<style|<link rel="stylesheet"/));
	});

	it('dist/_headers sends the policy for every path, with every page’s hashes', () => {
		const file = join(dist, '_headers');
		expect(existsSync(file), 'dist/_headers').toBe(true);
		const headers = readDist('_headers');
		const line = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
		expect(directive(line, 'script-src')).not.toContain("'unsafe-inline'");
		expect(line).toContain("frame-ancestors 'none'");
		for (const file of files) {
			for (const script of inlineBlocks(readDist(file)).scripts) expect(line).toContain(sha256(script));
		}
	});
});
