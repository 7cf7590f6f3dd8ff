/**
 * The build refuses hostile content by itself, not only `npm run check`: `astro build` on a content root with a
 * page that exports code, sets `head` and a `layout`, and a .md page, stops before compiling anything, naming each
 * file (src/integrations/source-integrity.ts runs the content check's security rules). The payloads would write
 * into this test's temporary folder if they ever ran; the test checks that they did not.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../support/dist';

describe('astro build with hostile content', () => {
	it('fails before compiling, naming each file, and runs none of it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hostile-content-build-'));
		const pwned = join(dir, 'pwned').replace(/\\/g, '/');
		const run = `require('node:fs').writeFileSync('${pwned}', 'ran')`;
		try {
			mkdirSync(join(dir, 'content/docs'), { recursive: true });
			writeFileSync(join(dir, 'content/docs/export.mdx'), `---\ntitle: T\n---\nexport\tconst x = (() => ${run})()\n\nText.\n`);
			writeFileSync(join(dir, 'content/docs/head.mdx'), `---\ntitle: T\nhead:\n  - tag: script\n    content: alert(1)\nlayout: ./x.js\n---\nText.\n`);
			writeFileSync(join(dir, 'content/docs/raw.md'), `---\ntitle: T\n---\n<script>alert(1)</script>\n`);
			writeFileSync(join(dir, 'content/docs/x.js'), `${run}\n`);
			const integration = join(root, 'src/integrations/source-integrity.ts').replace(/\\/g, '/');
			writeFileSync(join(dir, 'astro.config.mjs'), `import sourceIntegrity from '${integration}';\nexport default { integrations: [sourceIntegrity()] };\n`);
			const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
				cwd: root,
				encoding: 'utf8',
				env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			});
			const output = `${result.stdout}\n${result.stderr}`;
			expect(result.status, output).not.toBe(0);
			expect(output).toContain('The content under content/ is not safe to build');
			expect(output).toContain('content/docs/export.mdx:4: "export" is not allowed in pages');
			expect(output).toContain('content/docs/head.mdx:3: the frontmatter field "head" is not allowed in pages');
			expect(output).toContain('content/docs/head.mdx:6: the frontmatter field "layout" is not allowed in pages');
			expect(output).toContain('content/docs/raw.md:1: is not a page.');
			expect(output).toContain('content/docs/x.js:1: is not a page.');
			expect(existsSync(pwned)).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
