/**
 * <MeasureStatus /> prints a whole sentence, full stop included ("In force (as of 18 December 2025).").
 * A page that adds its own stop after it shows readers "2025).." — this finds every such place.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPageFile, listFiles } from '../../src/lib/files';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('<MeasureStatus /> in pages', () => {
	it('is never followed by a second full stop', () => {
		const found: string[] = [];
		for (const file of listFiles(`${root}content/docs`, isPageFile)) {
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					if (/<MeasureStatus\b[^>]*\/>\s*\./.test(line)) found.push(`${relative(root, file)}:${i + 1}: remove the "." after <MeasureStatus />; it ends its own sentence`);
				});
		}
		expect(found).toEqual([]);
	});
});
