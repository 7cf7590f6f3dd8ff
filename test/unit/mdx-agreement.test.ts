/**
 * The content check and the build read a page the same way (issue 12, "one parser"). Each input below is compiled
 * exactly as the build compiles MDX — Sätteri's mdxToJs with the build's features and options — and the test
 * asserts that the check refuses it exactly when the compiled module contains code (an identifier PWN outside any
 * string) or a <script> in the HTML it renders. Tricky inputs are the ones two parsers have read differently:
 * a tab after export/import, a `//` comment ended by a bare carriage return, a GFM table whose pipes split a code
 * span around raw HTML, and prose that merely starts with "export" or "import".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { mdxToJs } from 'satteri';
import { BUILD_FEATURES } from '../../src/lib/content-check/mdx';
import { runContentCheck } from '../../src/lib/content-check/run';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'mdx-agreement-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The options @astrojs/markdown-satteri passes for .mdx (node_modules/@astrojs/markdown-satteri/dist/mdx/create-processor.js), Starlight's optimize: true included. */
const compile = (body: string) =>
	mdxToJs(body, { features: BUILD_FEATURES, jsxImportSource: 'astro', elementAttributeNameCase: 'html', optimizeStatic: { component: 'Fragment', prop: 'set:html' } }).code;

/** What the build would run or serve: an identifier PWN in the module's code, an import of anything but the JSX runtime or the barrel, an export besides the component, or a <script> in its HTML. */
function dangerIn(code: string): boolean {
	let found = false;
	const visit = (node: unknown): void => {
		if (!node || typeof node !== 'object' || found) return;
		const n = node as { type?: string; name?: string; source?: { value?: unknown } };
		if (n.type === 'Identifier' && n.name === 'PWN') found = true;
		if (n.type === 'ImportDeclaration' && !['astro/jsx-runtime', '~/components'].includes(String(n.source?.value))) found = true;
		if (n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') found = true;
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) value.forEach(visit);
			else if (value && typeof value === 'object') visit(value);
		}
	};
	visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
	return found || /<script/i.test(code) || /_jsxs?\("script"/.test(code);
}

async function checkRefuses(name: string, body: string): Promise<boolean> {
	const root = join(tmp, name.replace(/[^a-z0-9]+/gi, '-'));
	mkdirSync(join(root, 'content/docs'), { recursive: true });
	writeFileSync(join(root, 'content/docs/page.mdx'), `---\ntitle: T\n---\n${body}`);
	const result = await runContentCheck({ root, configRoot: repo, today: '2026-11-29', securityOnly: true });
	return result.errors.length > 0;
}

const CORPUS: [string, string][] = [
	['export after a tab', 'export\tconst x = PWN()\n\nText.\n'],
	['import after a tab', "import\t{ x } from './x.js'\n\nx(PWN)\n"],
	['export after several spaces', 'export   function f() { PWN() }\n\nText.\n'],
	['a GFM table splitting a code span around <script>', '| a | b |\n| --- | --- |\n| `x | <script>PWN()</script> | y` |\n'],
	['an expression in a table cell', '| a |\n| --- |\n| {PWN()} |\n'],
	['a // comment then code on the next line', '{// note\nPWN()}\n'],
	['a block comment hiding nothing', '{/* PWN() */}\n\nText.\n'],
	['an attribute expression', '<span title={PWN()}>x</span>\n'],
	['a spread attribute', '<span {...PWN()}>x</span>\n'],
	['an expression in a link label', '[{PWN()}](https://example.org/)\n'],
	['an expression in a heading', '## Title {PWN()}\n'],
	['prose that starts with Export', 'Export controls on PWN are a word here.\n'],
	['prose that starts with import', 'import quotas and PWN, in prose.\n'],
	['a fenced code block with export and <script>', '```js\nexport const x = PWN()\n<script>PWN()</script>\n```\n'],
	['a code span with <script>', 'Inline `<script>PWN()</script>` code.\n'],
	['escaped braces and angle brackets', 'Text \\{PWN()\\} and &lt;script&gt; and 1 \\< 2.\n'],
];

/** What the build does with a page body: fails to compile it, compiles code into it, or compiles it to content only. */
function buildVerdict(body: string): 'fails' | 'code' | 'content' {
	let code: string;
	try {
		code = compile(body);
	} catch {
		return 'fails';
	}
	return dangerIn(code) ? 'code' : 'content';
}

describe('the content check parses with the build’s processor', () => {
	it('astro.config.mjs uses Sätteri (Astro’s default MDX processor) with the features the check assumes', async () => {
		const config = (await import('../../astro.config.mjs')).default as { markdown?: { processor?: { name: string; options?: { features?: object } } } };
		const processor = config.markdown?.processor;
		// No processor configured means Astro's default, Sätteri. A unified() processor would need a unified check.
		expect(processor === undefined || processor.name === 'satteri', 'astro.config.mjs switched the MDX processor: update src/lib/content-check/mdx.ts to parse with it').toBe(true);
		// Astro turns on GFM and smart punctuation and Starlight directives unless the config says otherwise.
		expect({ gfm: true, smartPunctuation: true, directive: true, ...processor?.options?.features }).toEqual(BUILD_FEATURES);
	});
});

describe('the content check and the build agree', () => {
	it.each(CORPUS)('%s', async (name, body) => {
		const verdict = buildVerdict(body);
		expect(await checkRefuses(name, body), `the build ${verdict === 'fails' ? 'fails on it' : verdict === 'code' ? 'would run or serve code' : 'compiles it to content only'}`).toBe(verdict !== 'content');
	});

	it('refuses, to be safe, an expression where the build might not compile one (an aside label)', async () => {
		expect(await checkRefuses('aside', ':::note[{PWN()}]\nx\n:::\n')).toBe(true);
	});

	it('on a bare carriage return ending a // comment: the build runs the code, the check refuses the file', async () => {
		const body = '{// note\r PWN()}\n';
		expect(buildVerdict(body)).toBe('code');
		expect(await checkRefuses('cr', body)).toBe(true);
	});
});
