/**
 * Rule `url`: javascript: and data: URLs, in Markdown links, images and link definitions and in any
 * JSX attribute. Both can run code or show content that is not what the link text says.
 */
import type { Finding } from './finding';
import { isJsx, lineOf, walk } from './mdx';
import type { Page } from './page';

/** The scheme a browser would see: leading spaces and control characters, and tabs/newlines inside, are ignored by browsers too. */
export function dangerousScheme(url: string): 'javascript' | 'data' | 'vbscript' | undefined {
	const cleaned = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
	const m = /^(javascript|data|vbscript):/.exec(cleaned);
	return m ? (m[1] as 'javascript' | 'data' | 'vbscript') : undefined;
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}…` : s);

export function checkUrls(page: Page): Finding[] {
	const findings: Finding[] = [];
	const add = (line: number, where: string, url: string, scheme: string) =>
		findings.push({
			file: page.file,
			line,
			rule: 'url',
			severity: 'error',
			text: `${where} "${shorten(url)}" uses a ${scheme}: URL, which can run code or hide what it shows. Link to an https:// address or a site path such as /rules/status-tracker/ instead.`,
		});
	walk(page.tree, (node) => {
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
			const scheme = dangerousScheme(node.url);
			if (scheme) add(lineOf(node), node.type === 'image' ? 'the image' : 'the link', node.url, scheme);
		}
		if (!isJsx(node)) return;
		for (const attr of node.attributes ?? []) {
			if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
			const scheme = dangerousScheme(attr.value);
			if (scheme) add(attr.position?.start.line ?? lineOf(node), `the attribute ${attr.name} on <${node.name ?? ''}>`, attr.value, scheme);
		}
	});
	return findings;
}
