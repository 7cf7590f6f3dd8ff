/**
 * npm run freshness — the maintainers' report: for the build date (today() in src/lib/dates.ts; set SITE_DATE
 * to report for another day), every measure whose last status period has ended with no newer record, and every
 * measure last verified more than 90 days earlier, each with its file, what to look for and what to change.
 * It is a report, not a check: it exits 0 whatever it finds. The scheduled workflow
 * .github/workflows/freshness.yml keeps one issue up to date with it.
 *
 *   npm run freshness                               for today (UTC)
 *   SITE_DATE=2026-11-29 npm run freshness          for a given day
 *   npm run freshness -- --root <folder>            another content root (a fixture)
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { today } from '../lib/dates';
import { loadContent } from '../lib/integrity/load';
import { freshnessReport } from '../lib/freshness-report';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--root');
const root = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : repo);

let date: string;
try {
	date = today();
} catch (error) {
	console.error(`npm run freshness: ${(error as Error).message} Example: SITE_DATE=2026-11-29 npm run freshness`);
	process.exit(1);
}
const tree = loadContent(root);
for (const p of tree.parseErrors) console.error(`${p.file} ${p.message} (skipped; npm run check says more)`);
process.stdout.write(freshnessReport(tree, date).text);
