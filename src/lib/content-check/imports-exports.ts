/**
 * Rules `import` and `export`: an MDX import or export is JavaScript that runs at build time, on the
 * machine that holds the deploy credentials. Pages may import components from the barrel only, and
 * may not export anything.
 */
import type { Finding } from './finding';
import { BARREL } from './barrel';
import { lineOf, walk } from './mdx';
import type { Page } from './page';

export function checkImportsExports(page: Page, allowed: Set<string>): Finding[] {
	const findings: Finding[] = [];
	const add = (rule: string, line: number, text: string) => findings.push({ file: page.file, line, rule, severity: 'error', text });
	walk(page.tree, (node) => {
		if (node.type !== 'mdxjsEsm') return;
		const body = node.data?.estree?.body ?? [];
		body.forEach((statement) => {
			const line = (statement as { loc?: { start: { line: number } } }).loc?.start.line ?? lineOf(node);
			if (statement.type === 'ImportDeclaration') {
				const from = String(statement.source?.value ?? '');
				if (from !== BARREL) {
					add('import', line, `imports from "${from}", but pages may import only from '${BARREL}'. Remove the import and use a component from '${BARREL}' (or ask for one to be added to src/components/index.ts).`);
					return;
				}
				for (const spec of statement.specifiers ?? []) {
					const name = spec.imported?.name;
					if (!name) {
						add('import', line, `imports the whole of '${BARREL}' (default or * import). Import components by name: import { Cite, Figure } from '${BARREL}';`);
					} else if (!allowed.has(name)) {
						add('import', line, `imports "${name}", which '${BARREL}' does not export. Use one of: ${[...allowed].sort().join(', ')}.`);
					}
				}
			} else {
				add('export', line, `"export" is not allowed in pages: it runs code when the site is built. Remove it; put data in content/ and logic in a component.`);
			}
		});
	});
	return findings;
}
