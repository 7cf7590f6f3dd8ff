/**
 * npm run new — scaffolds a page or a data entry with every required field, a comment on each and FILL-IN
 * wherever something must be written, then prints what to fill in.
 *
 *   npm run new -- page --section rules --slug my-page --title "My page"
 *   npm run new -- source --id reuters-2026-01-15-magnet-exports
 *   npm run new -- figure --id china-magnet-share-2026
 *   npm run new -- term --id tolling
 *   npm run new -- event --id 2026-01-15-new-announcement
 *   npm run new -- status --measure cn-2025-70      (adds a status period to a measure)
 *   npm run new -- translation --page rules/april-2025   (starts the Chinese translation of a page)
 *
 * Run without flags in a terminal and it asks. `--root <folder>` writes into another copy of the site.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline/promises';
import { today } from '../lib/dates';
import { formatLikeCheck } from '../lib/content-check/formatting';
import {
	addStatusPeriod,
	eventScaffold,
	figureScaffold,
	pageScaffold,
	SECTIONS,
	slugify,
	sourceScaffold,
	termScaffold,
	type Scaffold,
} from '../lib/scaffold/templates';
import { translationScaffold } from '../lib/scaffold/translation';

const KINDS = ['page', 'source', 'figure', 'term', 'event', 'status', 'translation'] as const;
type Kind = (typeof KINDS)[number];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const repo = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(flag('root') ?? repo);
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

function fail(message: string): never {
	console.error(`${message}\n\nUsage:\n  npm run new -- page --section <${SECTIONS.join('|')}> --slug <slug> --title "<title>"\n  npm run new -- <source|figure|term|event> --id <id>\n  npm run new -- status --measure <measure-id>\n  npm run new -- translation --page <section/slug of an English page, e.g. rules/april-2025>`);
	rl?.close();
	process.exit(1);
}

/** A flag's value, or an answer to a prompt in a terminal; fails with usage otherwise. */
async function value(name: string, question: string, check: (v: string) => string | undefined, fallback?: string): Promise<string> {
	let v = flag(name);
	while (v === undefined || check(v)) {
		if (v !== undefined) {
			if (!rl) fail(`--${name} "${v}": ${check(v)}`);
			console.log(check(v));
		}
		if (!rl) {
			if (fallback !== undefined) return fallback;
			fail(`Missing --${name}.`);
		}
		const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
		v = answer || fallback;
	}
	return v;
}

const idCheck = (v: string) => (ID.test(v) ? undefined : 'Use lower-case letters, digits and single hyphens, e.g. usgs-mcs-2026-rare-earths.');
const notEmpty = (v: string) => (v.trim() ? undefined : 'Please type something.');

async function main() {
	let kind = args[0] && !args[0].startsWith('--') ? (args[0] as Kind) : undefined;
	if (kind && !KINDS.includes(kind)) fail(`Unknown kind "${kind}". Choose one of: ${KINDS.join(', ')}.`);
	if (!kind) {
		if (!rl) fail('Say what to create.');
		const answer = (await rl.question(`What do you want to add? (${KINDS.join(', ')}): `)).trim() as Kind;
		if (!KINDS.includes(answer)) fail(`Unknown kind "${answer}".`);
		kind = answer;
	}

	let scaffold: Scaffold;
	if (kind === 'page') {
		const section = await value('section', `Section (${SECTIONS.join(', ')})`, (v) => ((SECTIONS as readonly string[]).includes(v) ? undefined : `Choose one of: ${SECTIONS.join(', ')}.`));
		const title = await value('title', 'Page title', notEmpty);
		const slug = await value('slug', 'Slug (the last part of the address)', idCheck, slugify(title));
		scaffold = pageScaffold({ section, slug, title, today: today() });
	} else if (kind === 'translation') {
		const englishFile = (v: string) => join(root, 'content/docs', `${v.replace(/^\/|\/$/g, '') || 'index'}.mdx`);
		const page = await value('page', 'English page to translate (e.g. rules/april-2025, or index for the home page)', (v) =>
			v.startsWith('zh-cn') ? 'Give the English page, not the Chinese one.' : existsSync(englishFile(v)) ? undefined : `There is no English page content/docs/${v}.mdx.`,
		);
		scaffold = translationScaffold(page.replace(/^\/|\/$/g, '') || 'index', readFileSync(englishFile(page), 'utf8'));
	} else if (kind === 'status') {
		const measure = await value('measure', 'Measure id (file name in content/measures/)', (v) => (existsSync(join(root, 'content/measures', `${v}.yaml`)) ? undefined : `There is no content/measures/${v}.yaml.`));
		scaffold = addStatusPeriod(readFileSync(join(root, 'content/measures', `${measure}.yaml`), 'utf8'), measure);
	} else {
		const id = await value('id', `Id of the new ${kind} (the file name, without .yaml)`, idCheck);
		scaffold = { source: sourceScaffold, figure: figureScaffold, term: termScaffold, event: eventScaffold }[kind]({ id });
	}
	rl?.close();

	const target = join(root, scaffold.file);
	if (kind !== 'status' && existsSync(target)) fail(`${scaffold.file} already exists. Edit it, or choose another ${kind === 'page' ? 'slug' : kind === 'translation' ? 'page' : 'id'}.`);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, await formatLikeCheck(scaffold.file, scaffold.text, repo));

	console.log(`${kind === 'status' ? 'Added a status period to' : 'Created'} ${scaffold.file}\n\nFill in every FILL-IN (the comment on each line says what goes there):`);
	scaffold.steps.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
}

await main();
