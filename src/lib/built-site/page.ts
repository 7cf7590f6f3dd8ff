/**
 * A built HTML page, parsed once with a real HTML parser — html5ever, through Sätteri's htmlToHast (Sätteri is
 * the MDX compiler the build already uses) — into a hast tree that every post-build check reads: the HTML
 * policy (policy.ts), links and anchors (links.ts). Nothing here matches HTML with regular expressions.
 */
import { pathOfBuiltFile, withBase } from '../pages';
import { htmlToHast } from 'satteri';

export interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	value?: string;
	children?: HastNode[];
	/** A <template>'s contents, when the parser keeps them apart. */
	content?: HastNode;
}

export interface BuiltPage {
	/** Path in the output folder, with forward slashes: "rules/index.html". */
	file: string;
	/** The URL path it is served at, base included: "/rules/". */
	url: string;
	root: HastNode;
}

/** The URL path a built HTML file is served at ("rules/index.html" → "/base/rules/"). */
export function urlOf(file: string, base: string): string {
	return withBase(pathOfBuiltFile(file), base);
}

export function parsePage(file: string, html: string, base: string): BuiltPage {
	return { file, url: urlOf(file, base), root: htmlToHast(html) as unknown as HastNode };
}

/** Every element of the page (template contents included), depth first, with the nearest ancestors last. */
export function elements(root: HastNode): { el: HastNode; ancestors: HastNode[] }[] {
	const out: { el: HastNode; ancestors: HastNode[] }[] = [];
	const stack: { node: HastNode; ancestors: HastNode[] }[] = [{ node: root, ancestors: [] }];
	while (stack.length) {
		const { node, ancestors } = stack.pop()!;
		if (node.type === 'element') out.push({ el: node, ancestors });
		const next = node.type === 'element' ? [...ancestors, node] : ancestors;
		const children = [...(node.children ?? []), ...(node.content ? [node.content] : [])];
		for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ancestors: next });
	}
	return out;
}

/** hast names attributes as properties (httpEquiv, xLinkHref, dataPagefindIgnore): compare them loosely. */
const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Every attribute of an element as [normalised name, text value]. */
export function attributes(el: HastNode): [string, string][] {
	return Object.entries(el.properties ?? {}).flatMap(([key, value]) => {
		if (value === null || value === undefined || value === false) return [];
		const text = Array.isArray(value) ? value.join(key === 'className' ? ' ' : ', ') : value === true ? '' : String(value);
		return [[norm(key), text] as [string, string]];
	});
}

/** One attribute's text value ("http-equiv", "xlink:href" and the like are matched loosely). */
export function attr(el: HastNode, name: string): string | undefined {
	const wanted = norm(name);
	return attributes(el).find(([key]) => key === wanted)?.[1];
}

/** The text inside an element (a script's or style's source). */
export const textOf = (el: HastNode): string => (el.children ?? []).map((c) => (c.type === 'text' ? (c.value ?? '') : textOf(c))).join('');

/** `<script type="module">` in "page: element" messages. */
export function describe(el: HastNode): string {
	const shown = attributes(el)
		.filter(([k]) => ['type', 'src', 'href', 'rel', 'httpequiv', 'action', 'id', 'name'].includes(k))
		.map(([k, v]) => `${k}="${v.length > 50 ? `${v.slice(0, 47)}…` : v}"`);
	return `<${el.tagName}${shown.length ? ` ${shown.join(' ')}` : ''}>`;
}
