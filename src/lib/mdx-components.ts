/**
 * The components an MDX page uses, read from its syntax tree (never executed): each use's name, its literal
 * props and its line, parsed by the build's own MDX parser (src/lib/content-check/mdx.ts). Code blocks are text in
 * the tree, so a guide can show `<Cite id="…" />` as an example.
 * What each component refers to and cites is declared in src/lib/component-refs.ts.
 */
import { isJsx, jsxAttributes, lineOf, parseMdx, walk } from './content-check/mdx';

export interface ComponentUse {
	name: string;
	/** Props written as literal strings, e.g. { id: "usgs-mcs-2026" }; a bare boolean prop (`threshold`) as "true". */
	props: Record<string, string>;
	/** 1-based line in the file. */
	line: number;
}

/** Every component use in document order; a page that does not parse has none (the content check reports why). */
export function componentUses(text: string): ComponentUse[] {
	// The frontmatter is blanked out, keeping its lines, as the build cuts it off before the compiler sees the body.
	const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (fm) => fm.replace(/[^\n]/g, ''));
	const parsed = parseMdx(body);
	if (!parsed.ok) return [];
	const uses: ComponentUse[] = [];
	walk(parsed.tree, (node) => {
		if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
		const props: Record<string, string> = {};
		for (const attr of jsxAttributes(node)) {
			if (attr.type === 'mdxJsxAttribute' && attr.name && typeof attr.value === 'string') props[attr.name] = attr.value;
			// A boolean prop written on its own (<ControlItems threshold />) reads as "true".
			else if (attr.type === 'mdxJsxAttribute' && attr.name && (attr.value === null || attr.value === undefined)) props[attr.name] = 'true';
		}
		uses.push({ name: node.name, props, line: lineOf(node) });
	});
	return uses;
}
