/**
 * Rule `expression`: a `{…}` in MDX is JavaScript, evaluated when the site is built. Only block comments
 * (`{/* … *\/}`) are allowed, in text; attributes take quoted text only. The accepted form is deliberately
 * narrow — block comments and spaces, nothing else, not even `//` comments — so no JavaScript parser can read
 * code into it.
 */
import type { Finding } from './finding';
import { isJsx, jsxAttributes, lineOf, walk } from './mdx';
import type { Page } from './page';

const COMMENTS_ONLY = /^[ \t\n]*(?:\/\*(?:[^*]|\*(?!\/))*\*\/[ \t\n]*)*$/;

/** True when the expression holds nothing but block comments and white space. */
export const isCommentOnly = (code: string): boolean => COMMENTS_ONLY.test(code);

const shorten = (code: string) => {
	const one = code.replace(/\s+/g, ' ').trim();
	return one.length > 40 ? `${one.slice(0, 37)}…` : one;
};

export function checkExpressions(page: Page): Finding[] {
	const findings: Finding[] = [];
	const add = (line: number, text: string) => findings.push({ file: page.file, line, rule: 'expression', severity: 'error', text });
	walk(page.tree, (node) => {
		if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentOnly(node.value ?? '')) {
			const slashes = /^\s*\/\//.test(node.value ?? '');
			add(
				lineOf(node),
				slashes
					? `the expression {${shorten(node.value ?? '')}} uses a // comment, which is not allowed in pages (it can hide code). Write comments as {/* like this */}.`
					: `the JavaScript expression {${shorten(node.value ?? '')}} is not allowed in pages: it runs when the site is built. Write the text out, use a component, or turn it into a comment {/* like this */}.`,
			);
		}
		if (!isJsx(node)) return;
		for (const attr of jsxAttributes(node)) {
			const line = lineOf(node);
			if (attr.type === 'mdxJsxExpressionAttribute') {
				add(line, `the attribute spread {${shorten(String(attr.value ?? ''))}} on <${node.name ?? ''}> is a JavaScript expression, which is not allowed in pages. Write each attribute out as name="value".`);
			} else if (attr.value && typeof attr.value === 'object') {
				add(line, `the attribute ${attr.name}={${shorten(attr.value.value)}} on <${node.name ?? ''}> is a JavaScript expression, which is not allowed in pages. Write the value as text in quotes: ${attr.name}="…".`);
			}
		}
	});
	return findings;
}
