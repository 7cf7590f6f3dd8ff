/**
 * Rules `raw-html`, `event-handler` and `set-html`: raw HTML that can run code or pull in other
 * content in readers' browsers. Components from '~/components' do these jobs safely.
 */
import type { Finding } from './finding';
import { isJsx, lineOf, walk } from './mdx';
import type { Page } from './page';

export const FORBIDDEN_TAGS: Record<string, string> = {
	script: 'it would run JavaScript in readers\' browsers',
	style: 'it would restyle the whole site',
	iframe: 'it would embed another site in the page',
	object: 'it would embed a plug-in or another document',
	embed: 'it would embed a plug-in or another document',
};

/** `only` is a real prop (<Comparison only>); every other on… attribute is treated as an event handler. */
const NOT_HANDLERS = new Set(['only']);

export function checkHtml(page: Page): Finding[] {
	const findings: Finding[] = [];
	walk(page.tree, (node) => {
		if (!isJsx(node)) return;
		const name = node.name ?? '';
		const why = FORBIDDEN_TAGS[name.toLowerCase()];
		if (why) {
			findings.push({ file: page.file, line: lineOf(node), rule: 'raw-html', severity: 'error', text: `raw <${name}> is not allowed in pages: ${why}. Remove it; use a component from '~/components' instead.` });
		}
		for (const attr of node.attributes ?? []) {
			if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
			const line = attr.position?.start.line ?? lineOf(node);
			if (/^on/i.test(attr.name) && !NOT_HANDLERS.has(attr.name)) {
				findings.push({ file: page.file, line, rule: 'event-handler', severity: 'error', text: `the event-handler attribute ${attr.name} on <${name}> is not allowed: it runs JavaScript in readers' browsers. Remove it.` });
			}
			if (attr.name.toLowerCase() === 'set:html') {
				findings.push({ file: page.file, line, rule: 'set-html', severity: 'error', text: `set:html on <${name}> is not allowed: it inserts raw, unchecked HTML. Remove it and write the content as Markdown.` });
			}
		}
	});
	return findings;
}
