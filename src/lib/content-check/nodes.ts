/**
 * Rule `construct`: every node of a page's syntax tree is one this site knows how to render safely. The tree
 * comes from the build's own MDX parser (mdx.ts); a construct not in this list — raw HTML nodes, a second
 * frontmatter block, math, unknown directives with content — fails the check rather than reaching the build.
 * JSX, expressions, imports and URLs are judged by their own rules (html.ts, expressions.ts, imports-exports.ts, urls.ts).
 */
import type { Finding } from './finding';
import { lineOf, walk, type MdxNode } from './mdx';
import type { Page } from './page';

export const KNOWN_NODES = new Set([
	'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'blockquote', 'list',
	'listItem', 'thematicBreak', 'break', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'table',
	'tableRow', 'tableCell', 'footnoteReference', 'footnoteDefinition', 'containerDirective', 'leafDirective',
	'textDirective', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression',
]);

/** Starlight's asides, the only container directives (:::note … :::) pages use. */
export const ASIDES = new Set(['note', 'tip', 'caution', 'danger']);

export function checkNodes(page: Page): Finding[] {
	const findings: Finding[] = [];
	const add = (node: MdxNode, text: string) => findings.push({ file: page.file, line: lineOf(node), rule: 'construct', severity: 'error', text });
	walk(page.tree, (node) => {
		if ((node as { synthetic?: boolean }).synthetic) return;
		if (!KNOWN_NODES.has(node.type)) {
			add(node, `this page uses a "${node.type}" construct, which pages may not use${node.type === 'html' ? ' (raw HTML)' : node.type === 'yaml' || node.type === 'toml' ? ' (a second frontmatter block)' : ''}. Remove it; write Markdown or use a component from '~/components'.`);
		} else if (node.type === 'containerDirective' && !ASIDES.has(node.name ?? '')) {
			add(node, `":::${node.name ?? ''}" is not an aside. Use :::note, :::tip, :::caution or :::danger, or the <Aside> component.`);
		} else if (node.type.endsWith('Directive') && node.attributes && !Array.isArray(node.attributes) && Object.keys(node.attributes).length > 0) {
			add(node, `the directive ":${node.name ?? ''}{…}" has attributes, which pages may not use. Remove the {…} after it.`);
		}
	});
	return findings;
}
