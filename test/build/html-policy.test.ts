/**
 * A real `astro build` stops when a built page breaks the HTML policy (src/integrations/post-build.ts), naming the
 * page and each element; no CSP is written for a site that fails.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/dist';

describe('astro build with a page that breaks the HTML policy', () => {
	it('fails, naming the page and each element', () => {
		const fixture = join(root, 'test/fixtures/hostile-build');
		const out = mkdtempSync(join(tmpdir(), 'hostile-build-'));
		try {
			const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', fixture, '--outDir', out], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			});
			const output = `${result.stdout}\n${result.stderr}`;
			expect(result.status, output).not.toBe(0);
			expect(output).toContain('element(s) break the HTML policy');
			expect(output).toContain('/: <meta httpequiv="refresh"> is not allowed');
			expect(output).toMatch(/\/: <script> is an inline script not in the allow-list \(sha256-[A-Za-z0-9+/=]+\)/);
			expect(output).toContain('/: <a href="javascript:alert(1)"> has a javascript: URL in href.');
			expect(output).toContain('/: <iframe src="https://evil.example/"> is not allowed: pages embed no other documents or plug-ins.');
			expect(output).toContain('/: <img src="https://evil.example/t.png"> loads src from another origin (https://evil.example/t.png).');
			expect(existsSync(join(out, '_headers'))).toBe(false);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
