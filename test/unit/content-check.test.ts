/**
 * The content check (npm run check): each rule, given a failing fixture in test/fixtures/content-check/,
 * reports exactly the message a contributor will read — file, line, what is wrong, how to fix it. The check
 * reads MDX as text and syntax tree and never runs it; the last tests run it on the whole site, as CI does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, type Finding } from '../../src/lib/content-check/finding';
import { RULES } from '../../src/lib/content-check/rules';
import { runContentCheck, type CheckResult } from '../../src/lib/content-check/run';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(repo, 'test/fixtures/content-check');
const TODAY = '2026-11-22';
let result: CheckResult;

beforeAll(async () => {
	result = await runContentCheck({ root: fixture, configRoot: repo, today: TODAY });
});

const messages = (findings: Finding[], file: string) => findings.filter((f) => f.file === file).map(formatFinding);
const errorsIn = (file: string) => messages(result.errors, file);

const docs = 'content/docs';
const EXPECTED: Record<string, { rule: string; file: string; messages: string[] }> = {
	'mdx-syntax': {
		rule: 'mdx-syntax',
		file: `${docs}/mdx-syntax.mdx`,
		messages: [
			'content/docs/mdx-syntax.mdx:8: this is not valid MDX: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`). Fix the syntax (an unclosed tag, or a stray "{" or "<": write \\{ or &lt; for the character itself).',
		],
	},
	import: {
		rule: 'import',
		file: `${docs}/import.mdx`,
		messages: [
			`content/docs/import.mdx:6: imports from "node:fs", but pages may import only from '~/components'. Remove the import and use a component from '~/components' (or ask for one to be added to src/components/index.ts).`,
			expect.stringMatching(/^content\/docs\/import\.mdx:7: imports "Secret", which '~\/components' does not export\. Use one of: .*\bCite\b.*\bTerm\b.*\.$/) as unknown as string,
		],
	},
	export: {
		rule: 'export',
		file: `${docs}/export.mdx`,
		messages: ['content/docs/export.mdx:8: "export" is not allowed in pages: it runs code when the site is built. Remove it; put data in content/ and logic in a component.'],
	},
	expression: {
		rule: 'expression',
		file: `${docs}/expression.mdx`,
		messages: [
			`content/docs/expression.mdx:10: the attribute title={'https://' + 'example.org/'} on <span> is a JavaScript expression, which is not allowed in pages. Write the value as text in quotes: title="…".`,
			'content/docs/expression.mdx:10: the JavaScript expression {40 + 2} is not allowed in pages: it runs when the site is built. Write the text out, use a component, or turn it into a comment {/* like this */}.',
		],
	},
	'raw-html': {
		rule: 'raw-html',
		file: `${docs}/raw-html.mdx`,
		messages: [
			"content/docs/raw-html.mdx:10: raw <script> is not allowed in pages: it would run JavaScript in readers' browsers. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).",
			"content/docs/raw-html.mdx:12: raw <style> is not allowed in pages: it would restyle the whole site. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).",
			"content/docs/raw-html.mdx:14: raw <iframe> is not allowed in pages: it would embed another site in the page. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).",
			"content/docs/raw-html.mdx:16: raw <object> is not allowed in pages: it would embed a plug-in or another document. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).",
			"content/docs/raw-html.mdx:18: raw <embed> is not allowed in pages: it would embed a plug-in or another document. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).",
		],
	},
	'event-handler': {
		rule: 'event-handler',
		file: `${docs}/event-handler.mdx`,
		messages: ["content/docs/event-handler.mdx:8: the event-handler attribute onclick on <span> is not allowed: it runs JavaScript in readers' browsers. Remove it."],
	},
	'set-html': {
		rule: 'set-html',
		file: `${docs}/set-html.mdx`,
		messages: ['content/docs/set-html.mdx:10: set:html on <span> is not allowed: it inserts raw, unchecked HTML. Remove it and write the content as Markdown.'],
	},
	url: {
		rule: 'url',
		file: `${docs}/url.mdx`,
		messages: [
			'content/docs/url.mdx:8: the image "data:image/svg+xml;base64,PHN2Zz4=" is not a path on this site. Images must start with / (a file in public/); relative paths become code imports, and images from other sites track readers.',
			'content/docs/url.mdx:8: the link "javascript:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.',
			'content/docs/url.mdx:10: the attribute href on <LinkCard> " JavaScript:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.',
		],
	},
	placeholder: {
		rule: 'placeholder',
		file: 'content/terms/placeholder-left.yaml',
		messages: [
			'content/terms/placeholder-left.yaml:3: "FILL-IN" is a placeholder left by npm run new. Replace it with the real text or value (the comment beside it, or the steps npm run new printed, say what goes there).',
		],
	},
	uncited: {
		rule: 'uncited',
		file: `${docs}/uncited.mdx`,
		messages: [
			'content/docs/uncited.mdx:6: this page states facts (57 words of prose; the first number or date is on this line) but cites no source. Add <Cite id="…" /> after each factual sentence (ids are file names in content/sources/), or list the works consulted under sources: in the frontmatter.',
		],
	},
	'unknown-id': {
		rule: 'unknown-id',
		file: `${docs}/unknown-id.mdx`,
		messages: [
			'content/docs/unknown-id.mdx:8: <Cite id> refers to "no-such-source", which is not a source id. Fix the id, or add content/sources/no-such-source.yaml.',
			'content/docs/unknown-id.mdx:9: <Figure id> refers to "no-such-figure", which is not a figure id. Fix the id, or add content/figures/no-such-figure.yaml.',
			'content/docs/unknown-id.mdx:9: <Term id> refers to "no-such-term", which is not a term id. Fix the id, or add content/terms/no-such-term.yaml.',
			'content/docs/unknown-id.mdx:10: <MeasureStatus id> refers to "no-such-measure", which is not a measure id. Fix the id, or add content/measures/no-such-measure.yaml.',
		],
	},
	schema: {
		rule: 'schema',
		file: 'content/sources/missing-fields.yaml',
		messages: [
			'content/sources/missing-fields.yaml:1: the required field "kind" is missing. Add a line "kind: …" — official: a law, announcement, rule or government statement; data: a statistical publication; analysis: think tanks, law firms, scholars; news: reporting.',
			'content/sources/missing-fields.yaml:1: the required field "publisher" is missing. Add a line "publisher: …" — Who published it: the agency, journal, firm or outlet (for a reproduction, the outlet that hosts the copy).',
		],
	},
	spelling: {
		rule: 'spelling',
		file: `${docs}/spelling.mdx`,
		messages: ['content/docs/spelling.mdx:8: "elemnts" is not in the dictionary. Fix the spelling; if the word is right (a name, an acronym, a term of art), add it to cspell-words.txt.'],
	},
	formatting: {
		rule: 'formatting',
		file: 'content/sources/badly-formatted.yaml',
		messages: ['content/sources/badly-formatted.yaml:1: this file is not formatted the way prettier formats YAML (the first difference is on this line). Run `npm run check -- --fix` to reformat it.'],
	},
};

describe('content check: each rule on its failing fixture', () => {
	it.each(Object.entries(EXPECTED))('%s', (_name, { rule, file, messages: expected }) => {
		expect(errorsIn(file)).toEqual(expected);
		expect(result.errors.filter((f) => f.file === file).every((f) => f.rule === rule)).toBe(true);
	});

	it('formatting also covers the frontmatter of pages', () => {
		expect(errorsIn(`${docs}/formatting.mdx`)).toEqual([
			'content/docs/formatting.mdx:2: the frontmatter is not formatted the way prettier formats YAML (the first difference is on this line). Run `npm run check -- --fix` to reformat it.',
		]);
	});

	it('warns, without failing, about a status period that has ended and a status verified more than 90 days ago', () => {
		expect(messages(result.warnings.filter((w) => w.rule === 'stale-status'), 'content/measures/stale-measure.yaml')).toEqual([
			'content/measures/stale-measure.yaml:12: the last status period (in-force until 2026-11-10) ended 12 days ago and no later period is recorded. Find a source for what happened after 2026-11-10 and add the next status period (npm run new -- status --measure stale-measure).',
			'content/measures/stale-measure.yaml:14: lastVerified is 2025-11-08, 379 days before today (2026-11-22), more than 90. Check a current source: move lastVerified forward if it confirms the status, or add a status period if the status changed.',
		]);
		expect(result.warnings.every((w) => w.rule === 'stale-status' || w.rule === 'period-tense')).toBe(true);
		expect(messages(result.warnings, 'content/measures/fresh-measure.yaml')).toEqual([]);
	});

	it('warns when a page states a dated period in the present tense without <Period>, and only then', () => {
		expect(messages(result.warnings, `${docs}/period-tense.mdx`)).toEqual([
			`content/docs/period-tense.mdx:8: "is suspended until 10 November 2026" states a dated period in the present tense: 10 November 2026 has passed, so it is already wrong. Write it with <Period measure="…" present="…" past="…" /> in a page or {{period:<measure-id>|present words|past words}} in data, or in words that stay true ("was set to run until 10 November 2026").`,
		]);
		expect(errorsIn(`${docs}/period-tense.mdx`)).toEqual([]);
	});

	it('accepts a page that cites, uses only barrel components, comments and root-relative links, and shows code in a fenced block', () => {
		expect(errorsIn(`${docs}/good.mdx`)).toEqual([]);
	});

	it('has a fixture for every error rule it lists', () => {
		const covered = new Set(Object.values(EXPECTED).map((e) => e.rule));
		// The security rules added for hostile contributions have their fixtures in test/unit/hostile-content.test.ts.
		const hostile = ['file', 'yaml', 'frontmatter', 'construct', 'attribute'];
		expect(RULES.filter((r) => r.severity === 'error' && !covered.has(r.id) && !hostile.includes(r.id)).map((r) => r.id)).toEqual([]);
		expect(new Set(result.errors.map((e) => e.rule))).toEqual(covered);
	});
});

describe('npm run check', () => {
	it('fails on the fixture, printing file:line messages', () => {
		const run = spawnSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'src/cli/check.ts'), '--root', fixture, '--skip', 'spelling'], {
			cwd: repo,
			encoding: 'utf8',
			env: { ...process.env, SITE_DATE: TODAY },
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('content/docs/export.mdx:8: "export" is not allowed in pages');
		expect(run.stderr).toMatch(/Content check failed\. 14 pages and 8 data files checked in [\d.]+ s: \d+ errors, 4 warnings\./);
	});

	it('passes on the whole site in under 20 seconds (2 shared cores)', async () => {
		const started = performance.now();
		const site = await runContentCheck({ root: repo, configRoot: repo, today: TODAY });
		const seconds = (performance.now() - started) / 1000;
		expect(site.errors.map(formatFinding)).toEqual([]);
		expect(seconds).toBeLessThan(20);
	});
});
