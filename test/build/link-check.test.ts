/**
 * A real `astro build` stops when an internal link or heading anchor points nowhere, with one "page: link (why)"
 * line per broken link, under a base path (src/integrations/post-build.ts; unit tests in test/unit/html-policy.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/dist';

describe('astro build with broken internal links', () => {
	it('fails, naming each page and link', () => {
		const fixture = join(root, 'test/fixtures/broken-link');
		const out = mkdtempSync(join(tmpdir(), 'broken-link-'));
		try {
			const result = spawnSync(
				process.execPath,
				[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', fixture, '--outDir', out],
				{ cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
			);
			const output = `${result.stdout}\n${result.stderr}`;
			expect(result.status, output).not.toBe(0);
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
