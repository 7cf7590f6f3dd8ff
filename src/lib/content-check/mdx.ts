/**
 * Parses an MDX page into its syntax tree (remark-parse + remark-mdx + remark-frontmatter) without
 * compiling or executing it, and walks the tree. Everything the content check knows about a page's
 * structure comes from here.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';

/** The parts of an mdast/MDX node the checks read. */
export interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	attributes?: MdxAttribute[];
	children?: MdxNode[];
	position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
	data?: { estree?: { body: { type: string; source?: { value: unknown }; specifiers?: { imported?: { name?: string }; local: { name: string } }[] }[] } };
}

export interface MdxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
	position?: { start: { line: number } };
}

export type ParseResult = { ok: true; tree: MdxNode } | { ok: false; line: number; reason: string };

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export function parseMdx(text: string): ParseResult {
	try {
		return { ok: true, tree: processor.parse(text) as unknown as MdxNode };
	} catch (error) {
		const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
		const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
		return { ok: false, line, reason: (e.reason ?? e.message).split('\n')[0]! };
	}
}

/** Calls `visit` on every node, depth first, with its ancestors (nearest last). */
export function walk(node: MdxNode, visit: (node: MdxNode, ancestors: MdxNode[]) => void, ancestors: MdxNode[] = []): void {
	visit(node, ancestors);
	for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

export const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

export const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
