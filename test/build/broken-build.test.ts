/** A real `astro build` stops when a page cites a source id that does not exist, and says which file and id. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../support/dist';

describe('astro build with a broken citation', () => {
	it('fails, naming the file and the missing id', () => {
		const fixture = join(root, 'test/fixtures/broken-references');
		const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', fixture], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain(
			'content/docs/cites-missing.mdx:11: <Cite id> refers to "no-such-source", which is not a source id. Fix the id, or add content/sources/no-such-source.yaml.',
		);
	});
});
