/**
 * Rules `import` and `export`: an MDX import or export is JavaScript that runs at build time, on the machine
 * that holds the deploy credentials. A page may hold only imports of named components from the barrel, written
 * in one plain form — `import { Cite, Figure } from '~/components';` — which every JavaScript parser reads the
 * same way. Anything else in an import/export block (export, another source, default or namespace imports,
 * renaming, comments, odd white space) is refused.
 */
import type { Finding } from './finding';
import { BARREL } from './barrel';
import { lineOf, walk } from './mdx';
import type { Page } from './page';

const NAME = '[A-Za-z_$][A-Za-z0-9_$]*';
const WS = '[ \\n]*';
/** One statement of the accepted form, with the names it imports in group 1. */
const IMPORT = new RegExp(`${WS}import${WS}\\{${WS}(${NAME}(?:${WS},${WS}${NAME})*)${WS},?${WS}\\}${WS}from${WS}(['"])~/components\\2${WS};?${WS}`, 'y');

const shorten = (code: string) => {
	const one = code.replace(/\s+/g, ' ').trim();
	return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

export function checkImportsExports(page: Page, allowed: Set<string>): Finding[] {
	const findings: Finding[] = [];
	const add = (rule: string, line: number, text: string) => findings.push({ file: page.file, line, rule, severity: 'error', text });
	walk(page.tree, (node) => {
		if (node.type !== 'mdxjsEsm') return;
		// One block may hold several statements: judge each, starting at every line that begins with import/export.
		const code = node.value ?? '';
		const starts = [...code.matchAll(/^(?=import\b|export\b)/gm)].map((m) => m.index!);
		if (starts[0] !== 0) starts.unshift(0);
		starts.forEach((start, i) => {
			const chunk = code.slice(start, starts[i + 1] ?? code.length);
			judge(chunk, lineOf(node) + code.slice(0, start).split('\n').length - 1);
		});
	});
	return findings;

	function judge(code: string, line: number): void {
		IMPORT.lastIndex = 0;
		const names: string[] = [];
		let m: RegExpExecArray | null;
		while (IMPORT.lastIndex < code.length && (m = IMPORT.exec(code))) names.push(...m[1]!.split(',').map((n) => n.trim()));
		if (IMPORT.lastIndex === code.length && names.length) {
			for (const name of names) {
				if (!allowed.has(name)) add('import', line, `imports "${name}", which '${BARREL}' does not export. Use one of: ${[...allowed].sort().join(', ')}.`);
			}
			return;
		}
		const rest = code.slice(IMPORT.lastIndex);
		if (/^\s*export\b/.test(rest)) {
			add('export', line, `"export" is not allowed in pages: it runs code when the site is built. Remove it; put data in content/ and logic in a component.`);
			return;
		}
		const from = /\bfrom\s*(['"])(.*?)\1/.exec(rest)?.[2] ?? /^\s*import\s*(['"])(.*?)\1/.exec(rest)?.[2];
		if (from !== undefined && from !== BARREL) {
			add('import', line, `imports from "${from}", but pages may import only from '${BARREL}'. Remove the import and use a component from '${BARREL}' (or ask for one to be added to src/components/index.ts).`);
			return;
		}
		add('import', line, `"${shorten(rest)}" is not an import pages may use. Import components by name, in this form only: import { Cite, Figure } from '${BARREL}';`);
	}
}
