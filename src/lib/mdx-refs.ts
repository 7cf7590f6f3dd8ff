/**
 * Blanks out the parts of an MDX page that are not prose (frontmatter, code, comments) while keeping line
 * numbers, for the content check's placeholder rule. Which components a page uses, and what they refer to,
 * comes from the syntax tree instead (src/lib/mdx-components.ts).
 */

/** Replaces frontmatter, fenced code and inline code with spaces, keeping line breaks so line numbers stay right. */
export function blankOutCode(mdx: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	let text = mdx.replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank);
	text = text.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, blank);
	text = text.replace(/(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, blank);
	text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
	return text;
}
