/**
 * Rule `formatting`: prettier --check, in-process, with the project's configuration (.prettierrc.json),
 * on every data file (YAML) and on the frontmatter of every page. Page bodies are not run through
 * prettier: its MDX parser reads a line that starts with a component (<Cite>, <Term>…) as a block,
 * which would split paragraphs and move citations away from their sentences (see .prettierignore).
 * `fix: true` writes the formatted text back (npm run check -- --fix).
 */
import * as prettier from 'prettier';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './finding';

export const PRETTIER_CONFIG = '.prettierrc.json';

export interface TextFile {
	/** Path relative to the content root. */
	file: string;
	text: string;
}

/** The 1-based line where two texts first differ. */
export function firstDifference(a: string, b: string): number {
	const x = a.split('\n');
	const y = b.split('\n');
	for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
	return 1;
}

const FRONTMATTER = /^---\n([\s\S]*?\n)?---(?=\n|$)/;

/** The file as prettier would write it: the whole of a YAML file, the frontmatter of a page. */
export async function formatted(file: string, text: string, options: prettier.Options): Promise<string> {
	if (!file.endsWith('.mdx') && !file.endsWith('.md')) return prettier.format(text, options);
	const fm = FRONTMATTER.exec(text);
	if (!fm) return text;
	const { filepath: _page, ...yamlOptions } = options;
	const yaml = await prettier.format(fm[1] ?? '', { ...yamlOptions, parser: 'yaml' });
	return `---\n${yaml}---${text.slice(fm[0].length)}`;
}

/** Formats a file the way the check expects, with the repository's prettier configuration (used by npm run new). */
export async function formatLikeCheck(file: string, text: string, configRoot: string): Promise<string> {
	const options = (await prettier.resolveConfig(join(configRoot, 'data.yaml'), { config: join(configRoot, PRETTIER_CONFIG) })) ?? {};
	return formatted(file, text, { ...options, filepath: join(configRoot, file) });
}

export async function checkFormatting(files: TextFile[], root: string, configRoot: string, fix = false): Promise<Finding[]> {
	const config = join(configRoot, PRETTIER_CONFIG);
	const yamlOptions = (await prettier.resolveConfig(join(configRoot, 'data.yaml'), { config })) ?? {};
	const results = await Promise.all(
		files.map(async ({ file, text }): Promise<Finding | undefined> => {
			const filepath = join(root, file);
			let out: string;
			try {
				out = await formatted(file, text, { ...yamlOptions, filepath });
			} catch (error) {
				const e = error as { loc?: { start?: { line?: number } }; message: string };
				return { file, line: e.loc?.start?.line ?? 1, rule: 'formatting', severity: 'error', text: `prettier cannot read this file: ${e.message.split('\n')[0]}. Fix the YAML syntax.` };
			}
			if (out === text) return undefined;
			if (fix) {
				writeFileSync(filepath, out);
				return undefined;
			}
			const part = file.endsWith('.mdx') ? 'the frontmatter is' : 'this file is';
			return {
				file,
				line: firstDifference(text, out),
				rule: 'formatting',
				severity: 'error',
				text: `${part} not formatted the way prettier formats YAML (the first difference is on this line). Run \`npm run check -- --fix\` to reformat it.`,
			};
		}),
	);
	return results.filter((f): f is Finding => f !== undefined);
}
