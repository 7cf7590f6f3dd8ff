/**
 * A real `astro build` stops when an internal link or heading anchor points nowhere, with one "page: link (why)"
 * line per broken link, under a base path (src/integrations/link-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/dist';
import { tryAstroBuild } from '../support/astro-build';
import { brokenLinks } from '../../src/lib/link-check';

describe('astro build with broken internal links', () => {
	it('fails, naming each page and link', () => {
		const fixture = join(root, 'test/fixtures/broken-link');
		const out = mkdtempSync(join(tmpdir(), 'broken-link-'));
		try {
			const { status, output } = tryAstroBuild(fixture, out);
			expect(status, output).not.toBe(0);
			expect(output).toContain('3 broken internal link(s).');
			expect(output).toContain('/sub/: /sub/no-such-page/ (no page or file at /sub/no-such-page/)');
			expect(output).toContain('/sub/: /sub/guide/#no-such-heading (no id="no-such-heading" on /sub/guide/)');
			expect(output).toContain('/sub/guide/: /guide/ (outside the base path /sub/)');
			// The links that do resolve are not reported.
			expect(output).not.toContain('#setup');
			expect(output).not.toContain('../#home');
			expect(output).not.toContain('example.org');
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});

describe('brokenLinks', () => {
	const site = (html: Record<string, string>, files: string[] = []) => ({
		base: '/',
		origin: 'https://example.org',
		files: new Set([...Object.keys(html), ...files]),
		html: new Map(Object.entries(html)),
	});

	it('accepts links to pages, files and ids, relative or absolute on the site origin', () => {
		const problems = brokenLinks(
			site(
				{ 'index.html': '<a href="a/#x"></a><a href="/data/x.csv"></a><a href="https://example.org/a/"></a><a href="#top"></a>', 'a/index.html': '<h2 id="x"></h2>' },
				['data/x.csv'],
			),
		);
		expect(problems).toEqual([]);
	});

	it('reports a missing id on the same page', () => {
		expect(brokenLinks(site({ 'index.html': '<a href="#gone"></a>' }))).toEqual(['/: #gone (no id="gone" on /)']);
	});
});
