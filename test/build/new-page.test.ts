/**
 * A contributor runs `npm run new` for a page, fills in what it prints, and gets a page that passes the content
 * check and builds, with its citation numbered and listed. Done in a copy of the project (inside node_modules/.cache
 * so the copy resolves the same packages), with the real CLI run without a terminal, as in CI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../support/dist';
import { astroBuild, cleanEnv } from '../support/astro-build';
import { formatFinding } from '../../src/lib/content-check/finding';
import { runContentCheck } from '../../src/lib/content-check/run';

/** Time allowed for the real `astro build` of the copy (the default 60 s is too short under load). */
const BUILD_TIMEOUT = 600_000;

mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const copy = mkdtempSync(join(root, 'node_modules/.cache/new-page-'));
const PAGE = 'content/docs/basics/made-with-new.mdx';
let printed = '';

beforeAll(() => {
	for (const path of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
		if (existsSync(join(root, path))) cpSync(join(root, path), join(copy, path), { recursive: true });
	}
	const run = spawnSync(
		process.execPath,
		[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/new.ts'), 'page', '--section', 'basics', '--slug', 'made-with-new', '--title', 'Where magnets are made', '--root', copy],
		{ cwd: root, encoding: 'utf8', env: cleanEnv({ SITE_DATE: '2026-11-22' }) },
	);
	if (run.status !== 0) throw new Error(`npm run new failed:\n${run.stdout}\n${run.stderr}`);
	printed = run.stdout;
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Fills in the page the way the printed steps say: description, summary, body sentences with a real source id, heading. */
function fillIn(text: string): string {
	return text
		.replace(/^description: .*$/m, 'description: Where the strongest permanent magnets are made, and why one country makes most of them.')
		.replace(/- "FILL-IN: the first thing a reader should take away\."/, '- "Most strong magnets are made in China."')
		.replace(/- "FILL-IN: the second thing a reader should take away\."/, '- "Other countries are building their own plants."')
		.replace(/^FILL-IN: the first factual sentence of the page, in plain words\./m, 'China makes most of the world\'s rare-earth magnets, according to the US Geological Survey.')
		.replace(/^## FILL-IN: a heading that says what this part answers$/m, '## Who else makes them')
		.replace(/^FILL-IN: more sentences, each followed by its citation\./m, 'Smaller makers operate in Japan and Europe.')
		.replaceAll('id="FILL-IN-source-id"', 'id="usgs-mcs-2026-rare-earths"');
}

describe('npm run new, for a page', () => {
	it('writes the page and prints what to fill in', () => {
		expect(printed).toContain(`Created ${PAGE}`);
		expect(printed).toMatch(/1\. description: .*\n\s+2\. summary: .*\n\s+3\. The body: /);
		expect(readFileSync(join(copy, PAGE), 'utf8')).toMatch(/^---\n[\s\S]*title: "Where magnets are made"/);
	});

	it('fails the content check until it is filled in, naming each placeholder line', async () => {
		const result = await runContentCheck({ root: copy, configRoot: root, today: '2026-11-22', skip: ['spelling'] });
		const placeholders = result.errors.filter((e) => e.file === PAGE && e.rule === 'placeholder');
		expect(placeholders.length).toBeGreaterThanOrEqual(5);
		expect(formatFinding(placeholders[0]!)).toMatch(/^content\/docs\/basics\/made-with-new\.mdx:\d+: "FILL-IN" is a placeholder left by npm run new\./);
	});

	it('passes the content check once filled in as instructed', async () => {
		writeFileSync(join(copy, PAGE), fillIn(readFileSync(join(copy, PAGE), 'utf8')));
		const result = await runContentCheck({ root: copy, configRoot: root, today: '2026-11-22' });
		expect(result.errors.filter((e) => e.file === PAGE).map(formatFinding)).toEqual([]);
	});

	// A whole-site build: over a minute when the browser tests run beside it on a busy 2-core machine.
	it('builds, with its citation numbered and its source in the reference list', () => {
		// Social cards are not what this test is about, and drawing them (Chinese ones too) would double the build.
		astroBuild(copy, join(copy, 'dist'), { OG_IMAGES: '0' });
		const html = readFileSync(join(copy, 'dist/basics/made-with-new/index.html'), 'utf8');
		expect(html).toContain('Where magnets are made');
		expect(html).toContain('>[1]</a>');
		expect(html).toContain('id="ref-usgs-mcs-2026-rare-earths"');
		expect(html).not.toContain('FILL-IN');
	}, BUILD_TIMEOUT);
});
