/**
 * Rule `formatting`: prettier --check on pages and data files, with the project's prettier configuration
 * (.prettierrc.json). Prettier is run in-process on each file's text; nothing is written.
 */
import * as prettier from 'prettier';
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

export async function checkFormatting(files: TextFile[], root: string, configRoot: string): Promise<Finding[]> {
	const config = join(configRoot, PRETTIER_CONFIG);
	const results = await Promise.all(
		files.map(async ({ file, text }): Promise<Finding | undefined> => {
			const filepath = join(root, file);
			let formatted: string;
			try {
				const options = (await prettier.resolveConfig(filepath, { config })) ?? {};
				formatted = await prettier.format(text, { ...options, filepath });
			} catch (error) {
				const e = error as { loc?: { start?: { line?: number } }; message: string };
				return { file, line: e.loc?.start?.line ?? 1, rule: 'formatting', severity: 'error', text: `prettier cannot read this file: ${e.message.split('\n')[0]}. Fix the syntax.` };
			}
			if (formatted === text) return undefined;
			return {
				file,
				line: firstDifference(text, formatted),
				rule: 'formatting',
				severity: 'error',
				text: `not formatted the way prettier formats it (the first difference is on this line). Run \`npx prettier --write ${file}\`.`,
			};
		}),
	);
	return results.filter((f): f is Finding => f !== undefined);
}
