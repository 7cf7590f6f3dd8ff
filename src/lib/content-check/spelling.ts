/**
 * Rule `spelling`: cspell over a page's prose only (see prose.ts), with the project's configuration
 * (cspell.config.yaml: British English, plus the words in cspell-words.txt).
 */
import { spellCheckDocument } from 'cspell-lib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from './finding';
import type { Page } from './page';
import { extractProse } from './prose';

export const CSPELL_CONFIG = 'cspell.config.yaml';
export const WORDS_FILE = 'cspell-words.txt';

const lineAt = (text: string, offset: number) => {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
};

/** `configRoot` is where cspell.config.yaml lives (the repository), whatever content root is being checked. */
export async function checkSpelling(pages: Page[], configRoot: string): Promise<Finding[]> {
	const configFile = join(configRoot, CSPELL_CONFIG);
	const results = await Promise.all(
		pages.map(async (page) => {
			const shadow = extractProse(page).shadow;
			const result = await spellCheckDocument(
				{ uri: pathToFileURL(join(configRoot, `${page.file}.txt`)).href, text: shadow, languageId: 'plaintext', locale: 'en-GB,en' },
				{ configFile, noConfigSearch: true, generateSuggestions: false },
				{},
			);
			if (result.errors?.length) throw new Error(`cspell could not check ${page.file}: ${result.errors[0]!.message}`);
			return result.issues.map(
				(issue): Finding => ({
					file: page.file,
					line: lineAt(shadow, issue.offset),
					rule: 'spelling',
					severity: 'error',
					text: `"${issue.text}" is not in the dictionary. Fix the spelling; if the word is right (a name, an acronym, a term of art), add it to ${WORDS_FILE}.`,
				}),
			);
		}),
	);
	return results.flat();
}
