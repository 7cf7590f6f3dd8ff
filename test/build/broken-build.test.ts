/** A real `astro build` stops when a page cites a source id that does not exist, and says which file and id. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { root } from '../support/dist';
import { tryAstroBuild } from '../support/astro-build';

describe('astro build with a broken citation', () => {
	it('fails, naming the file and the missing id', () => {
		const fixture = join(root, 'test/fixtures/broken-references');
		const { status, output } = tryAstroBuild(fixture);
		expect(status, output).not.toBe(0);
		expect(output).toContain(
			'content/docs/cites-missing.mdx:11: <Cite id> refers to "no-such-source", which is not a source id. Fix the id, or add content/sources/no-such-source.yaml.',
		);
	});
});
