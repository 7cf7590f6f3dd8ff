/**
 * Runs the content check over a content root: reads every page and data file as text and syntax tree,
 * never compiling or executing them, and returns every finding. Used by src/cli/check.ts and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../integrity/load';
import { barrelExports } from './barrel';
import { checkCitations } from './citations';
import { checkExpressions } from './expressions';
import { byPlace, type Finding } from './finding';
import { checkFormatting, type TextFile } from './formatting';
import { checkFreshness } from './freshness';
import { checkHtml } from './html';
import { checkImportsExports } from './imports-exports';
import { parseMdx } from './mdx';
import type { Page } from './page';
import { checkPlaceholders } from './placeholders';
import { checkReferences } from './references';
import { checkSpelling } from './spelling';
import { checkTranslations } from './translations';
import { checkUrls } from './urls';

export interface CheckOptions {
	/** The folder holding content/ (the repository, or a fixture). */
	root: string;
	/** The repository: where src/components/index.ts, cspell.config.yaml and .prettierrc.json live. */
	configRoot: string;
	/** YYYY-MM-DD, for the stale-status warnings. */
	today: string;
	/** Skip the slower tool-based rules (spelling, formatting). */
	skip?: ('spelling' | 'formatting')[];
	/** Write prettier's formatting back instead of reporting it. */
	fix?: boolean;
}

export interface CheckResult {
	errors: Finding[];
	warnings: Finding[];
	pages: number;
	dataFiles: number;
}

export async function runContentCheck(options: CheckOptions): Promise<CheckResult> {
	const { root, configRoot, today, skip = [], fix = false } = options;
	const tree = loadContent(root);
	const allowed = barrelExports(join(configRoot, 'src/components/index.ts'));
	const findings: Finding[] = [];
	const pages: Page[] = [];
	const files: TextFile[] = tree.data.map((d) => ({ file: d.file, text: readFileSync(join(root, d.file), 'utf8') }));

	for (const p of tree.pages) {
		const text = readFileSync(join(root, p.file), 'utf8');
		files.push({ file: p.file, text });
		const parsed = parseMdx(text);
		if (!parsed.ok) {
			findings.push({
				file: p.file,
				line: parsed.line,
				rule: 'mdx-syntax',
				severity: 'error',
				text: `this is not valid MDX: ${parsed.reason.replace(/\.?$/, '.')} Fix the syntax (an unclosed tag, or a stray "{" or "<": write \\{ or &lt; for the character itself).`,
			});
			continue;
		}
		const page: Page = { file: p.file, text, tree: parsed.tree };
		pages.push(page);
		findings.push(...checkImportsExports(page, allowed), ...checkExpressions(page), ...checkHtml(page), ...checkUrls(page), ...checkCitations(page, p.frontmatter));
	}
	findings.push(...checkPlaceholders(files), ...checkReferences(tree), ...checkFreshness(tree, today));
	findings.push(...checkTranslations(tree, new Map(files.map((f) => [f.file, f.text]))));
	const [spelling, formatting] = await Promise.all([
		skip.includes('spelling') ? [] : checkSpelling(pages, configRoot),
		skip.includes('formatting') ? [] : checkFormatting(files, root, configRoot, fix),
	]);
	findings.push(...spelling, ...formatting);
	findings.sort(byPlace);
	return {
		errors: findings.filter((f) => f.severity === 'error'),
		warnings: findings.filter((f) => f.severity === 'warning'),
		pages: tree.pages.length,
		dataFiles: tree.data.length,
	};
}
