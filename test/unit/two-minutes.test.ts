/**
 * "The story in two minutes" must read in two minutes: at most 450 words of prose (headings, citations and the
 * frontmatter not counted), with no more than one <Figure> number in any sentence.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const page = readFileSync(fileURLToPath(new URL('../../content/docs/start/in-two-minutes.mdx', import.meta.url)), 'utf8');
const body = page.split(/^---$/m).slice(2).join('---');

/** The prose a reader reads: components with text keep their text, citations and headings go. */
function prose(mdx: string): string {
	return mdx
		.replace(/^import .*$/gm, '')
		.replace(/^#+ .*$/gm, '')
		.replace(/<Cite[^>]*\/>/g, '')
		.replace(/<Figure[^>]*\/>/g, 'NUMBER')
		.replace(/<[^>]+>/g, '')
		.replace(/\]\([^)]*\)/g, '')
		.replace(/\[/g, '');
}

describe('the two-minute story', () => {
	it('has at most 450 words of prose', () => {
		const words = prose(body).split(/\s+/).filter(Boolean).length;
		expect(words).toBeLessThanOrEqual(450);
	});

	it('has at most one figure in any sentence', () => {
		const sentences = prose(body).split(/(?<=[.!?])\s+/);
		expect(sentences.filter((s) => (s.match(/NUMBER/g) ?? []).length > 1)).toEqual([]);
	});
});
