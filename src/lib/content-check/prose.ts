/**
 * The prose of a page, as readers see it: text in paragraphs, lists, tables, headings and links,
 * JSX children (`<Term id="x">these words</Term>`), reader-facing attributes (title, description,
 * label) and the frontmatter's title, description and summary. Code, imports, ids and URLs are left out.
 *
 * `shadow` has the same length and line breaks as the page, with everything that is not prose
 * blanked out, so a spell checker's line numbers are the page's line numbers.
 */
import { isJsx, jsxAttributes, walk, type MdxNode } from './mdx';
import type { Page } from './page';

export interface Prose {
	shadow: string;
	/** Text of body paragraphs, list items, table cells and quotes (not headings or frontmatter), one string per text node. */
	bodyText: { text: string; line: number }[];
}

const PROSE_ATTRIBUTES = new Set(['title', 'description', 'label', 'alt', 'caption']);
const NOT_BODY = new Set(['heading', 'yaml', 'tableCell']);

export function extractProse(page: Page): Prose {
	const { text } = page;
	const out = text.replace(/[^\n]/g, ' ').split('');
	const keep = (start: number, end: number) => {
		for (let i = start; i < end; i++) out[i] = text[i]!;
	};
	const bodyText: Prose['bodyText'] = [];

	walk(page.tree, (node: MdxNode, ancestors) => {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if (start === undefined || end === undefined) return;
		if (node.type === 'text') {
			keep(start, end);
			if (!ancestors.some((a) => NOT_BODY.has(a.type))) bodyText.push({ text: node.value ?? '', line: node.position!.start.line });
		} else if (node.type === 'yaml') {
			keepFrontmatter(text, start, end, keep);
		} else if (isJsx(node)) {
			// The parser gives attributes no positions: find name="value" in the element's opening tag.
			const open = text.slice(start, Math.min(end, start + 2000));
			for (const attr of jsxAttributes(node)) {
				if (attr.type !== 'mdxJsxAttribute' || !attr.name || !PROSE_ATTRIBUTES.has(attr.name) || typeof attr.value !== 'string') continue;
				const m = new RegExp(`\\s${attr.name}\\s*=\\s*(["'])`).exec(open);
				if (!m) continue;
				const from = start + m.index + m[0].length;
				if (text.startsWith(attr.value, from)) keep(from, from + attr.value.length);
			}
		}
	});
	return { shadow: out.join(''), bodyText };
}

/** Keeps the values of `title:`, `description:` and the `summary:` list items. */
function keepFrontmatter(text: string, start: number, end: number, keep: (s: number, e: number) => void) {
	let offset = start;
	let inSummary = false;
	for (const line of text.slice(start, end).split('\n')) {
		const scalar = /^(title|description):[ \t]*(.*)$/.exec(line);
		const item = /^[ \t]+-[ \t]+(.*)$/.exec(line);
		if (/^\S/.test(line)) inSummary = /^summary:/.test(line);
		if (scalar?.[2]) keep(offset + line.length - scalar[2].length, offset + line.length);
		else if (inSummary && item?.[1]) keep(offset + line.length - item[1].length, offset + line.length);
		offset += line.length + 1;
	}
}

/** Words in a piece of prose (sequences of letters or digits). */
export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
