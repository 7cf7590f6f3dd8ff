/**
 * Rule `expression`: a `{…}` in MDX is JavaScript, evaluated when the site is built. Only comments
 * (`{/* … *\/}`) are allowed, in text and in attributes alike.
 */
import type { Finding } from './finding';
import { isJsx, lineOf, walk } from './mdx';
import type { Page } from './page';

/** True when the expression holds nothing but comments and white space. */
export function isCommentOnly(code: string): boolean {
	return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

const shorten = (code: string) => {
	const one = code.replace(/\s+/g, ' ').trim();
	return one.length > 40 ? `${one.slice(0, 37)}…` : one;
};

export function checkExpressions(page: Page): Finding[] {
	const findings: Finding[] = [];
	const add = (line: number, text: string) => findings.push({ file: page.file, line, rule: 'expression', severity: 'error', text });
	walk(page.tree, (node) => {
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentOnly(node.value ?? '')) {
			add(
				lineOf(node),
				`the JavaScript expression {${shorten(node.value ?? '')}} is not allowed in pages: it runs when the site is built. Write the text out, use a component, or turn it into a comment {/* like this */}.`,
			);
		}
		if (!isJsx(node)) return;
		for (const attr of node.attributes ?? []) {
			const line = attr.position?.start.line ?? lineOf(node);
			if (attr.type === 'mdxJsxExpressionAttribute') {
				add(line, `the attribute spread {${shorten(attr.value as unknown as string)}} on <${node.name ?? ''}> is a JavaScript expression, which is not allowed in pages. Write each attribute out as name="value".`);
			} else if (attr.value && typeof attr.value === 'object') {
				add(line, `the attribute ${attr.name}={${shorten(attr.value.value)}} on <${node.name ?? ''}> is a JavaScript expression, which is not allowed in pages. Write the value as text in quotes: ${attr.name}="…".`);
			}
		}
	});
	return findings;
}
