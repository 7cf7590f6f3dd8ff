/**
 * npm run check — the content check. Reads every page (content/docs/**\/*.mdx) and data file
 * (content/<collection>/*.yaml) as text and syntax tree without executing anything, and fails on any
 * error; warnings are printed but do not fail. Runs before any build: in `npm test` and first in CI.
 *
 *   npm run check                        the whole site
 *   npm run check -- --root <folder>     another content root (a fixture, a copy of the site)
 *   npm run check -- --skip spelling,formatting
 *   npm run check -- --fix               reformat data files and page frontmatter with prettier
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { today } from '../lib/dates';
import { formatFinding } from '../lib/content-check/finding';
import { runContentCheck } from '../lib/content-check/run';

const started = performance.now();
const repo = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const value = (flag: string) => {
	const i = args.indexOf(flag);
	return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(value('--root') ?? repo);
const skip = (value('--skip')?.split(',') ?? []) as ('spelling' | 'formatting')[];

const result = await runContentCheck({ root, configRoot: repo, today: today(), skip, fix: args.includes('--fix') });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const w of result.warnings) console.warn(`warning: ${formatFinding(w)}`);
for (const e of result.errors) console.error(formatFinding(e));
const summary = `${result.pages} pages and ${result.dataFiles} data files checked in ${seconds} s: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}.`;
if (result.errors.length) {
	console.error(`\nContent check failed. ${summary}\nEach line above names the file and line, what is wrong and how to fix it (CONTRIBUTING.md explains every rule).`);
	process.exitCode = 1;
} else {
	console.log(`Content check passed. ${summary}`);
}
