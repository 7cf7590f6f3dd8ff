/**
 * Parses an MDX page into its syntax tree with the compiler the build uses — Sätteri, Astro 7's default MDX
 * processor — and the same parser features (BUILD_FEATURES), without compiling or executing anything. Every
 * rule of the content check judges this tree, so the check and the build cannot read a page differently.
 * test/unit/mdx-agreement.test.ts proves it on tricky inputs by compiling them as the build does.
 */
import { mdxToMdast, type Features } from 'satteri';

/**
 * The parser features of the build: Astro's MDX integration turns on GFM and smart punctuation by default
 * (node_modules/@astrojs/markdown-satteri/dist/mdx/create-processor.js) and Starlight turns on directives for
 * its asides (node_modules/@astrojs/starlight/dist/integrations/markdown-plugins.js). Frontmatter is cut out
 * before the compiler sees the body (see frontmatter.ts), as in the build.
 */
export const BUILD_FEATURES: Features = { gfm: true, smartPunctuation: true, directive: true };

/** The parts of an mdast/MDX node the checks read. */
export interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	identifier?: string;
	attributes?: MdxAttribute[] | Record<string, string | null | undefined>;
	children?: MdxNode[];
	position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

export interface MdxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
	position?: { start: { line: number } };
}

export type ParseResult = { ok: true; tree: MdxNode } | { ok: false; line: number; reason: string };

/** `body` is the page with its frontmatter blanked out (frontmatter.ts), so lines are those of the file. */
export function parseMdx(body: string): ParseResult {
	try {
		return { ok: true, tree: mdxToMdast(body, { features: BUILD_FEATURES }) as unknown as MdxNode };
	} catch (error) {
		const message = (error as Error).message ?? String(error);
		const m = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(message.split('\n')[0]!);
		return { ok: false, line: m ? Number(m[1]) : 1, reason: m ? m[3]! : message.split('\n')[0]! };
	}
}

/** JSX attributes of a node as a list (directive nodes carry a plain object instead). */
export const jsxAttributes = (node: MdxNode): MdxAttribute[] => (Array.isArray(node.attributes) ? node.attributes : []);

/** Calls `visit` on every node, depth first, with its ancestors (nearest last). Iterative: deep trees cannot overflow the stack. */
export function walk(root: MdxNode, visit: (node: MdxNode, ancestors: MdxNode[]) => void): void {
	const stack: { node: MdxNode; ancestors: MdxNode[] }[] = [{ node: root, ancestors: [] }];
	while (stack.length) {
		const { node, ancestors } = stack.pop()!;
		visit(node, ancestors);
		const children = node.children ?? [];
		const next = [...ancestors, node];
		for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ancestors: next });
	}
}

export const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

export const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
