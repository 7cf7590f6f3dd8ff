/**
 * Rules `raw-html`, `attribute`, `event-handler` and `set-html`: JSX and HTML in pages, judged against
 * allow-lists. A page may use the components '~/components' exports and a short list of harmless inline
 * HTML elements (HTML_ELEMENTS), each with the attributes listed for it; everything else — <script>, <style>,
 * <iframe>, <a>, <img>, <form>, <svg>, <math>, <base>, <meta>, style=, id=, class=, on…=, set:html… — is refused.
 */
import type { Finding } from './finding';
import { isJsx, jsxAttributes, lineOf, walk } from './mdx';
import type { Page } from './page';

/** Attributes every allowed HTML element may carry. */
const COMMON_ATTRIBUTES = ['lang', 'dir', 'title', 'data-pagefind-ignore'];

/** The raw HTML elements pages may use, each with the attributes it may carry besides COMMON_ATTRIBUTES. */
export const HTML_ELEMENTS: Record<string, string[]> = {
	abbr: [],
	b: [],
	br: [],
	code: [],
	del: [],
	details: ['open'],
	dfn: [],
	em: [],
	i: [],
	ins: [],
	kbd: [],
	mark: [],
	p: [],
	q: [],
	s: [],
	samp: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	time: ['datetime'],
	u: [],
	var: [],
	wbr: [],
};

/** Why some common elements are refused (others get a generic reason). */
const WHY_NOT: Record<string, string> = {
	script: "it would run JavaScript in readers' browsers",
	style: 'it would restyle the whole site',
	iframe: 'it would embed another site in the page',
	frame: 'it would embed another site in the page',
	object: 'it would embed a plug-in or another document',
	embed: 'it would embed a plug-in or another document',
	a: 'links are written in Markdown, [text](https://…), so they can be checked',
	img: 'images are written in Markdown, ![alt](/path), so they can be checked',
	form: 'it could send what readers type to another site',
	base: 'it would redirect every relative link on the page',
	meta: 'it could redirect readers or change how the page is read',
	link: 'it would load a resource into the page',
	svg: 'SVG can carry scripts and links; use a component',
	math: 'MathML can carry links; use a component',
};

/** Props that Astro or Starlight treat as directives or raw HTML, refused on components too. */
const DIRECTIVE = /[:.]|^(?:style|class|className|slot|is)$/i;

/** `only` is a real prop (<Comparison only>); every other on… attribute is treated as an event handler. */
const NOT_HANDLERS = new Set(['only']);

export function checkHtml(page: Page, components: Set<string>): Finding[] {
	const findings: Finding[] = [];
	const add = (rule: string, line: number, text: string) => findings.push({ file: page.file, line, rule, severity: 'error', text });
	walk(page.tree, (node) => {
		if (!isJsx(node)) return;
		const name = node.name ?? '';
		const line = lineOf(node);
		if (name === '') return; // a fragment, <>…</>, renders only its children
		const isComponent = components.has(name);
		const allowedAttributes = HTML_ELEMENTS[name];
		if (!isComponent && !allowedAttributes) {
			const why = WHY_NOT[name.toLowerCase()];
			add(
				'raw-html',
				line,
				/^[A-Z]/.test(name)
					? `<${name}> is not a component '~/components' exports. Use one of: ${[...components].sort().join(', ')}.`
					: `raw <${name}> is not allowed in pages${why ? `: ${why}` : ''}. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
			);
			return;
		}
		for (const attr of jsxAttributes(node)) {
			if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue; // spreads: rule `expression`
			const attrName = attr.name;
			if (/^on/i.test(attrName) && !NOT_HANDLERS.has(attrName)) {
				add('event-handler', line, `the event-handler attribute ${attrName} on <${name}> is not allowed: it runs JavaScript in readers' browsers. Remove it.`);
			} else if (/^set:/i.test(attrName) || attrName.toLowerCase() === 'is:raw') {
				add('set-html', line, `${attrName} on <${name}> is not allowed: it inserts raw, unchecked HTML. Remove it and write the content as Markdown.`);
			} else if (isComponent ? DIRECTIVE.test(attrName) || !/^[A-Za-z][A-Za-z0-9]*$/.test(attrName) : ![...COMMON_ATTRIBUTES, ...allowedAttributes!].includes(attrName)) {
				add(
					'attribute',
					line,
					isComponent
						? `the attribute ${attrName} on <${name}> is not allowed: components take plain props (letters and digits), and style, class, slot and directives such as client: are refused. Remove it.`
						: `the attribute ${attrName} on <${name}> is not allowed. <${name}> may carry only: ${[...COMMON_ATTRIBUTES, ...allowedAttributes!].join(', ')}.`,
				);
			}
		}
	});
	return findings;
}
