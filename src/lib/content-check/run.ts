/**
 * Runs the content check over a content root: reads every page and data file as text and syntax tree,
 * never compiling or executing them, and returns every finding. Used by src/cli/check.ts and the tests.
 *
 * Order: first which files may be there at all and whether they are plain UTF-8 (content-files.ts), then each
 * page's frontmatter (frontmatter.ts) and body, parsed by the build's own MDX parser (mdx.ts), then the rules.
 * A file refused at one stage is not read by the next, so hostile input ends in a message, not a crash.
 * To add a rule: write src/lib/content-check/<rule>.ts exporting a function of a Page (or of the ContentTree),
 * call it below, list it in rules.ts and give it a fixture.
 */
import { join } from 'node:path';
import { loadContent } from '../integrity/load';
import { barrelExports } from './barrel';
import { checkCitations } from './citations';
import { checkExpressions } from './expressions';
import { byPlace, type Finding } from './finding';
import { checkFormatting, type TextFile } from './formatting';
import { checkFreshness } from './freshness';
import { readContentFiles } from './content-files';
import { checkFrontmatter } from './frontmatter';
import { checkHtml } from './html';
import { checkImportsExports } from './imports-exports';
import { parseMdx, type MdxNode } from './mdx';
import { checkNodes } from './nodes';
import type { Page } from './page';
import { checkPeriodTenseTree } from './period-tense';
import { checkPlaceholders } from './placeholders';
import { checkReferences } from './references';
import { checkSpelling } from './spelling';
import { checkTranslations } from './translations';
import { checkUrls } from './urls';
import { yamlFeatures } from './yaml-safety';

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
	/** Run only the rules that keep code out of the build and readers' browsers (the build runs these). */
	securityOnly?: boolean;
}

/** The rules run when securityOnly is set: what a page may contain, not whether it is well written. */
export const SECURITY_RULES = ['file', 'yaml', 'frontmatter', 'mdx-syntax', 'construct', 'import', 'export', 'expression', 'raw-html', 'attribute', 'event-handler', 'set-html', 'url'];

export interface CheckResult {
	errors: Finding[];
	warnings: Finding[];
	pages: number;
	dataFiles: number;
}

export async function runContentCheck(options: CheckOptions): Promise<CheckResult> {
	const { root, configRoot, today, skip = [], fix = false, securityOnly = false } = options;
	const content = readContentFiles(root);
	const findings: Finding[] = [...content.findings];
	const refused = content.refused;
	for (const f of content.files.filter((f) => f.kind === 'data')) {
		let problems: { line: number; text: string }[];
		try {
			problems = yamlFeatures(f.text);
		} catch (error) {
			problems = [{ line: 1, text: `could not be read as YAML (${(error as Error).message.split('\n')[0]}). Simplify the file.` }];
		}
		if (problems.length) refused.add(f.file);
		for (const p of problems) findings.push({ file: f.file, line: p.line, rule: 'yaml', severity: 'error', text: p.text });
	}
	const bodies = new Map<string, string>();
	for (const f of content.files.filter((f) => f.kind === 'page')) {
		const { parts, findings: fm } = checkFrontmatter(f.file, f.text);
		findings.push(...fm);
		if (!parts || fm.length) refused.add(f.file);
		if (parts) bodies.set(f.file, parts.body);
	}
	const tree = loadContent(root, refused);
	const allowed = barrelExports(join(configRoot, 'src/components/index.ts'));
	const pages: Page[] = [];
	const files: TextFile[] = content.files.filter((f) => !refused.has(f.file)).map((f) => ({ file: f.file, text: f.text }));
	const textOf = new Map(content.files.map((f) => [f.file, f.text]));

	for (const p of tree.pages) {
		const text = textOf.get(p.file);
		const body = bodies.get(p.file);
		if (text === undefined || body === undefined) continue;
		const parsed = parseMdx(body);
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
		// The frontmatter, for the rules that read its prose (spelling); the MDX parser never sees it.
		const end = text.indexOf('\n---', 3) + 4;
		const yaml = { type: 'yaml', synthetic: true, position: { start: { line: 1, offset: 0 }, end: { line: text.slice(0, end).split('\n').length, offset: end } } } as MdxNode;
		parsed.tree.children = [yaml, ...(parsed.tree.children ?? [])];
		const page: Page = { file: p.file, text, tree: parsed.tree };
		pages.push(page);
		findings.push(
			...checkNodes(page),
			...checkImportsExports(page, allowed),
			...checkExpressions(page),
			...checkHtml(page, allowed),
			...checkUrls(page),
		);
		if (!securityOnly) findings.push(...checkCitations(page, p.frontmatter));
	}
	if (securityOnly) {
		findings.sort(byPlace);
		return { errors: findings.filter((f) => f.severity === 'error'), warnings: [], pages: tree.pages.length, dataFiles: tree.data.length };
	}
	findings.push(...checkPlaceholders(files), ...checkReferences(tree), ...checkFreshness(tree, today), ...checkPeriodTenseTree(tree, today));
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
