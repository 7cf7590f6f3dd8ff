/**
 * Hostile contributions (issue 12): one case per way a pull request under content/ could run code at build time
 * or in a reader's browser, each with the exact message `npm run check` prints. Every case is written to a
 * fresh temporary content root; payloads that would run code write only inside that folder, and the test checks
 * that nothing ran. Harmless pages (an external link, a comment, the allowed HTML) must pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding } from '../../src/lib/content-check/finding';
import { runContentCheck, type CheckResult } from '../../src/lib/content-check/run';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'hostile-'));
/** Where a payload would write if it ever ran. */
const PWNED = join(tmp, 'pwned').replace(/\\/g, '/');
const RUN = `require('node:fs').writeFileSync('${PWNED}', 'ran')`;
const fm = (extra = '') => `---\ntitle: T\n${extra}---\n`;

type FileSpec = string | Buffer | { symlink: string };
interface Case {
	files: Record<string, FileSpec>;
	errors: string[];
}

const D = 'content/docs';
const CASES: Record<string, Record<string, Case>> = {
	'one parser (the build compiler decides what is code)': {
		'export after a tab': {
			files: { [`${D}/a.mdx`]: `${fm()}export\tconst x = (() => ${RUN})()\n\nText.\n` },
			errors: [`${D}/a.mdx:4: "export" is not allowed in pages: it runs code when the site is built. Remove it; put data in content/ and logic in a component.`],
		},
		'import after a tab, from a file': {
			files: { [`${D}/a.mdx`]: `${fm()}import\t{ x } from './x.js'\n\nText.\n` },
			errors: [`${D}/a.mdx:4: imports from "./x.js", but pages may import only from '~/components'. Remove the import and use a component from '~/components' (or ask for one to be added to src/components/index.ts).`],
		},
		'a // comment ended by a bare carriage return': {
			files: { [`${D}/a.mdx`]: `${fm()}{// note\r ${RUN}}\n` },
			errors: [`${D}/a.mdx:4: contains a carriage return (Windows line ending). Save the file with LF (Unix) line endings.`],
		},
		'a // comment (LF) in an expression': {
			files: { [`${D}/a.mdx`]: `${fm()}{/* ok */ // hidden\n}\n` },
			errors: [`${D}/a.mdx:4: the JavaScript expression {/* ok */ // hidden} is not allowed in pages: it runs when the site is built. Write the text out, use a component, or turn it into a comment {/* like this */}.`],
		},
		'a GFM table whose pipes split a code span around raw HTML': {
			files: { [`${D}/a.mdx`]: `${fm()}| a | b |\n| --- | --- |\n| \`x | <script>alert(1)</script> | y\` |\n` },
			errors: [`${D}/a.mdx:6: raw <script> is not allowed in pages: it would run JavaScript in readers' browsers. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`],
		},
		'an attribute expression': {
			files: { [`${D}/a.mdx`]: `${fm()}import { Term } from '~/components';\n\n<Term id={(${RUN}, 'x')}>x</Term>\n` },
			errors: [
				expect.stringMatching(/^content\/docs\/a\.mdx:6: the attribute id=\{\(require\('node:fs'\)\.writeFileSync\('\/t…\} on <Term> is a JavaScript expression, which is not allowed in pages\./) as unknown as string,
			],
		},
		'a spread of props': {
			files: { [`${D}/a.mdx`]: `${fm()}import { Aside } from '~/components';\n\n<Aside {...{ title: 'x' }}>x</Aside>\n` },
			errors: [`${D}/a.mdx:6: the attribute spread {...{ title: 'x' }} on <Aside> is a JavaScript expression, which is not allowed in pages. Write each attribute out as name="value".`],
		},
		'a default import from the barrel': {
			files: { [`${D}/a.mdx`]: `${fm()}import All from '~/components';\n\nText.\n` },
			errors: [`${D}/a.mdx:4: "import All from '~/components';" is not an import pages may use. Import components by name, in this form only: import { Cite, Figure } from '~/components';`],
		},
	},
	'strict page frontmatter': {
		head: {
			files: { [`${D}/a.mdx`]: `${fm('head:\n  - tag: script\n    content: alert(1)\n')}Text.\n` },
			errors: [`${D}/a.mdx:3: the frontmatter field "head" is not allowed in pages: it adds any tag to the page <head>, scripts included. Remove it.`],
		},
		banner: {
			files: { [`${D}/a.mdx`]: `${fm('banner:\n  content: A notice\n')}Text.\n` },
			errors: [`${D}/a.mdx:3: the frontmatter field "banner" is not allowed in pages: its content is rendered as raw HTML. Remove it.`],
		},
		hero: {
			files: { [`${D}/a.mdx`]: `${fm('hero:\n  tagline: A tagline\n')}Text.\n` },
			errors: [`${D}/a.mdx:3: the frontmatter field "hero" is not allowed in pages: its tagline is rendered as raw HTML and its actions are links that are not checked. Remove it.`],
		},
		'slug taking over the home page': {
			files: { [`${D}/a.mdx`]: `${fm('slug: index\n')}Text.\n` },
			errors: [`${D}/a.mdx:3: the frontmatter field "slug" is not allowed in pages: it moves the page to another address, and can take over an existing page such as the home page. Remove it.`],
		},
		'layout importing code': {
			files: { [`${D}/a.mdx`]: `${fm(`layout: "data:text/javascript,${encodeURIComponent(RUN)}"\n`)}Text.\n` },
			errors: [`${D}/a.mdx:3: the frontmatter field "layout" is not allowed in pages: MDX turns it into an import of code that runs at build time. Remove it.`],
		},
		'editUrl, prev, next and template': {
			files: { [`${D}/a.mdx`]: `${fm('editUrl: javascript:alert(1)\nprev: { link: "javascript:alert(1)" }\ntemplate: splash\n')}Text.\n` },
			errors: [
				`${D}/a.mdx:3: the frontmatter field "editUrl" is not allowed in pages: it is a link that is not checked. Remove it.`,
				`${D}/a.mdx:4: the frontmatter field "prev" is not allowed in pages: it is a link that is not checked. Remove it.`,
				`${D}/a.mdx:5: the frontmatter field "template" is not allowed in pages: it changes the page layout, which only maintainers decide. Remove it.`,
			],
		},
		'an unknown field and sidebar attributes': {
			files: { [`${D}/a.mdx`]: `${fm('colour: red\nsidebar:\n  attrs:\n    onclick: alert(1)\n')}Text.\n` },
			errors: [
				`${D}/a.mdx:3: the frontmatter field "colour" is not one this site uses. Pages may set only: title, description, sidebar, sources, lastReviewed, summary, section. Remove it (or fix its spelling).`,
				`${D}/a.mdx:5: the frontmatter field "sidebar.attrs" is not allowed in pages: it adds HTML attributes to the sidebar link. Remove it.`,
			],
		},
		'YAML anchors, aliases and merge keys': {
			files: { [`${D}/a.mdx`]: `---\nbase: &b { head: [{ tag: script }] }\n<<: *b\ntitle: T\n---\nText.\n` },
			errors: [
				`${D}/a.mdx:2: frontmatter uses a YAML anchor (&b). Remove it and write values out in full.`,
				`${D}/a.mdx:3: frontmatter uses a YAML alias (*b). Write the value out in full.`,
				`${D}/a.mdx:3: frontmatter uses a YAML merge key (<<). Write the fields out in full.`,
			],
		},
		'a YAML tag': {
			files: { [`${D}/a.mdx`]: `---\ntitle: !!binary aGk=\n---\nText.\n` },
			errors: [`${D}/a.mdx:2: frontmatter uses a YAML tag (tag:yaml.org,2002:binary). Remove it: values are plain text, numbers, dates, true/false, lists and maps.`],
		},
		'an impossible date, which YAML would silently move': {
			files: { [`${D}/a.mdx`]: `${fm('lastReviewed: 2025-02-30\n')}Text.\n` },
			errors: [`${D}/a.mdx:3: frontmatter has the date 2025-02-30, which does not exist (YAML would silently read it as another day). Fix the date.`],
		},
		'a title that closes <title> (Starlight does not escape it there)': {
			files: { [`${D}/a.mdx`]: `---\ntitle: Hi </title><script>alert(1)</script>\n---\nText.\n` },
			errors: [`${D}/a.mdx:2: frontmatter holds HTML ("Hi </title><script>alert(1)</script>"). Values are plain text: write the words without tags.`],
		},
		'TOML frontmatter, or a blank line before it': {
			files: { [`${D}/a.mdx`]: `+++\ntitle = 'T'\n+++\nText.\n`, [`${D}/b.mdx`]: `\n---\ntitle: T\nhead: [{ tag: script }]\n---\nText.\n` },
			errors: [
				`${D}/a.mdx:1: does not start with a frontmatter block. Put --- on the very first line, then title: …, then --- (YAML only; no blank lines or +++ before it).`,
				`${D}/b.mdx:1: does not start with a frontmatter block. Put --- on the very first line, then title: …, then --- (YAML only; no blank lines or +++ before it).`,
			],
		},
	},
	'only content under content/': {
		'a .md page': {
			files: { [`${D}/a.md`]: `${fm()}<script>alert(1)</script>\n` },
			errors: [`${D}/a.md:1: is not a page. Pages must be .mdx: plain .md pages pass raw HTML through to readers. Rename it to .mdx.`],
		},
		'a .js file and an image': {
			files: { [`${D}/x.js`]: `${RUN}\n`, [`${D}/i.png`]: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
			errors: [
				`${D}/i.png:1: is not a page. Only pages (.mdx) belong in content/docs/; images and code files are not accepted. Remove it.`,
				`${D}/x.js:1: is not a page. Only pages (.mdx) belong in content/docs/; images and code files are not accepted. Remove it.`,
			],
		},
		'a relative image, which would become an import': {
			files: { [`${D}/a.mdx`]: `${fm()}![x](./x.js)\n` },
			errors: [`${D}/a.mdx:4: the image "./x.js" is not a path on this site. Images must start with / (a file in public/); relative paths become code imports, and images from other sites track readers.`],
		},
		'symbolic links: out of the repository, dangling, a loop': {
			files: { [`${D}/out.mdx`]: { symlink: '/etc/hostname' }, [`${D}/gone.mdx`]: { symlink: '/no/such/file' }, [`${D}/loop.mdx`]: { symlink: 'loop.mdx' } },
			errors: [
				`${D}/gone.mdx:1: is a symbolic link. Links are not allowed under content/: put the page itself here.`,
				`${D}/loop.mdx:1: is a symbolic link. Links are not allowed under content/: put the page itself here.`,
				`${D}/out.mdx:1: is a symbolic link. Links are not allowed under content/: put the page itself here.`,
			],
		},
		'content/ itself a link to another folder': {
			files: { content: { symlink: tmp } },
			errors: ['content:1: is a symbolic link. content/ must be a folder in the repository, not a link to one elsewhere.'],
		},
		'odd names and places': {
			files: { [`${D}/My Page.mdx`]: `${fm()}Text.\n`, 'content/sources/x.yml': 'a: 1\n', 'content/scripts/x.yaml': 'a: 1\n' },
			errors: [
				`${D}/My Page.mdx:1: has a name that is not lower-case letters, digits and single hyphens. Rename it, for example "export-licences.mdx".`,
				'content/scripts:1: is not a content collection. content/ holds only the folders docs, sources, elements, measures, events, terms, figures, comparisons, changes, control-items, claims; pages go in content/docs/ as .mdx files.',
				'content/sources/x.yml:1: is not a data file. content/sources/ holds only .yaml files, one entry each. Remove it.',
			],
		},
		'a javascript: address in a data URL field': {
			files: {
				'content/sources/a.yaml': 'title: "A source"\npublisher: "Someone"\npublished: "2026-02-06"\nurl: "javascript:alert(1)"\nkind: "data"\nreliability: "primary"\n',
			},
			errors: ['content/sources/a.yaml:4: url: Use a full web address starting with https:// (or http://). See the field\'s description in src/schemas/sources.ts.'],
		},
		'two pages for one address': {
			files: { [`${D}/rules/index.mdx`]: `${fm()}Text.\n`, [`${D}/rules.mdx`]: `${fm()}Text.\n` },
			errors: [`${D}/rules.mdx:1: would be served at the same address (/rules/) as content/docs/rules/index.mdx. Rename or move one of them.`],
		},
		'a javascript: page path in data, which components put in an href': {
			files: { 'content/terms/a.yaml': 'term: "A term"\nshort: "A short definition of the term."\npage: "javascript:alert(1)"\n' },
			errors: ['content/terms/a.yaml:3: page: Write a page of this site as its path, with slashes at both ends, for example "/rules/april-2025/". See the field\'s description in src/schemas/terms.ts.'],
		},
		'HTML in a data value': {
			files: { 'content/terms/a.yaml': 'term: "<img src=x onerror=alert(1)>"\nshort: "A short definition of the term."\n' },
			errors: ['content/terms/a.yaml:1: holds HTML ("<img src=x onerror=alert(1)>"). Values are plain text: write the words without tags.'],
		},
		'YAML aliases and tags in data': {
			files: { 'content/terms/a.yaml': 'a: &x [1, 2]\nb: *x\nc: !!js/function "function () {}"\n' },
			errors: [
				'content/terms/a.yaml:1: uses a YAML anchor (&x). Remove it and write values out in full.',
				'content/terms/a.yaml:2: uses a YAML alias (*x). Write the value out in full.',
				'content/terms/a.yaml:3: uses a YAML tag (tag:yaml.org,2002:js/function). Remove it: values are plain text, numbers, dates, true/false, lists and maps.',
			],
		},
	},
	'components safe by construction': {
		'HTML in a Card title': {
			files: { [`${D}/a.mdx`]: `${fm()}import { Card } from '~/components';\n\n<Card title="<img src=x onerror=alert(1)>">x</Card>\n` },
			errors: [`${D}/a.mdx:6: the attribute title on <Card> holds HTML ("<img src=x onerror=alert(1)>"). Props are plain text: write the words without tags.`],
		},
		'an event handler and a javascript: link on LinkCard': {
			files: { [`${D}/a.mdx`]: `${fm()}import { LinkCard } from '~/components';\n\n<LinkCard title="x" href="&#x6A;avascript:alert(1)" onclick="alert(1)" />\n` },
			errors: [
				`${D}/a.mdx:6: the attribute href on <LinkCard> "javascript:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
				`${D}/a.mdx:6: the event-handler attribute onclick on <LinkCard> is not allowed: it runs JavaScript in readers' browsers. Remove it.`,
			],
		},
		'a style overlay and a client directive': {
			files: { [`${D}/a.mdx`]: `${fm()}import { Badge } from '~/components';\n\n<Badge text="x" style="position:fixed;inset:0" client:load />\n` },
			errors: [
				`${D}/a.mdx:6: the attribute client:load on <Badge> is not allowed: components take plain props (letters and digits), and style, class, slot and directives such as client: are refused. Remove it.`,
				`${D}/a.mdx:6: the attribute style on <Badge> is not allowed: components take plain props (letters and digits), and style, class, slot and directives such as client: are refused. Remove it.`,
			],
		},
	},
	'HTML and URLs (allow-lists)': {
		'SVG with xlink:href, MathML, iframe srcdoc': {
			files: { [`${D}/a.mdx`]: `${fm()}<svg><a xlinkHref="javascript:alert(1)">x</a></svg>\n\n<iframe srcdoc="<script>alert(1)</script>" />\n` },
			errors: [
				`${D}/a.mdx:4: raw <a> is not allowed in pages: links are written in Markdown, [text](https://…), so they can be checked. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:4: raw <svg> is not allowed in pages: SVG can carry scripts and links; use a component. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:4: the attribute xlinkHref on <a> "javascript:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
				`${D}/a.mdx:6: raw <iframe> is not allowed in pages: it would embed another site in the page. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:6: the attribute srcdoc on <iframe> holds HTML ("<script>alert(1)</script>"). Props are plain text: write the words without tags.`,
			],
		},
		'meta refresh, base and a form': {
			files: { [`${D}/a.mdx`]: `${fm()}<meta httpEquiv="refresh" content="0;url=https://evil.example/" />\n\n<base href="https://evil.example/" />\n\n<form action="https://evil.example/"><button formaction="javascript:alert(1)">Go</button></form>\n` },
			errors: [
				`${D}/a.mdx:4: raw <meta> is not allowed in pages: it could redirect readers or change how the page is read. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:6: raw <base> is not allowed in pages: it would redirect every relative link on the page. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:8: raw <button> is not allowed in pages. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:8: raw <form> is not allowed in pages: it could send what readers type to another site. Remove it; use Markdown or a component from '~/components' (CONTRIBUTING.md lists the few HTML elements pages may use).`,
				`${D}/a.mdx:8: the attribute formaction on <button> "javascript:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
			],
		},
		'a style attribute with url(), an allowed element with a handler': {
			files: { [`${D}/a.mdx`]: `${fm()}<span style="background:url(https://evil.example/t.png)">x</span> <details onToggle="alert(1)"><summary>x</summary></details>\n` },
			errors: [
				`${D}/a.mdx:4: the attribute style on <span> is not allowed. <span> may carry only: lang, dir, title, data-pagefind-ignore.`,
				`${D}/a.mdx:4: the event-handler attribute onToggle on <details> is not allowed: it runs JavaScript in readers' browsers. Remove it.`,
			],
		},
		'entities, upper case and white space in schemes; definitions and data:': {
			files: { [`${D}/a.mdx`]: `${fm()}[a](&#106;avascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c]( \tvbscript:x) [d][e]\n\n[e]: data:text/html,x\n` },
			errors: [
				`${D}/a.mdx:4: the link "javascript:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
				`${D}/a.mdx:4: the link "JaVaScRiPt:alert(1)" uses a javascript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
				`${D}/a.mdx:4: the link "vbscript:x" uses a vbscript: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
				`${D}/a.mdx:6: the link definition "data:text/html,x" uses a data: URL. Pages may link only to https:, http: or mailto: addresses, or to a site path such as /rules/status-tracker/.`,
			],
		},
		'an image from another site': {
			files: { [`${D}/a.mdx`]: `${fm()}![x](https://evil.example/track.png)\n` },
			errors: [`${D}/a.mdx:4: the image "https://evil.example/track.png" is not a path on this site. Images must start with / (a file in public/); relative paths become code imports, and images from other sites track readers.`],
		},
		'a directive with attributes, and one that is not an aside': {
			files: { [`${D}/a.mdx`]: `${fm()}:::note{onclick="alert(1)"}\nx\n:::\n\n:::script\nx\n:::\n` },
			errors: [
				`${D}/a.mdx:4: the directive ":note{…}" has attributes, which pages may not use. Remove the {…} after it.`,
				`${D}/a.mdx:8: ":::script" is not an aside. Use :::note, :::tip, :::caution or :::danger, or the <Aside> component.`,
			],
		},
	},
	'errors, not crashes': {
		'20,000 levels of nesting': {
			files: { [`${D}/a.mdx`]: `${fm()}{(\n${'(\n'.repeat(20000)}1\n${')\n'.repeat(20000)})}\n` },
			errors: [`${D}/a.mdx:20004: nests brackets, tags, quotes or lists 20002 levels deep, over the limit of 64. Flatten the structure.`],
		},
		'a huge file and a very long line': {
			files: { [`${D}/a.mdx`]: `${fm()}${'word '.repeat(50000)}\n`, [`${D}/b.mdx`]: `${fm()}${'a'.repeat(6000)}\n` },
			errors: [
				`${D}/a.mdx:1: is 250 KB, over the 200 KB limit for one file. Split it into smaller pages or entries.`,
				`${D}/b.mdx:4: has a line of 6000 characters, over the 5000 limit. Break the line (a paragraph may span several lines).`,
			],
		},
		'not UTF-8, a BOM, a NUL byte, a text-direction override': {
			files: {
				[`${D}/a.mdx`]: Buffer.concat([Buffer.from(`${fm()}caf`), Buffer.from([0xe9]), Buffer.from('\n')]),
				[`${D}/b.mdx`]: `\ufeff${fm()}Text.\n`,
				[`${D}/c.mdx`]: `${fm()}Te\u0000xt.\n`,
				[`${D}/d.mdx`]: `${fm()}Te\u202ext.\n`,
				'content/terms/e.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]),
			},
			errors: [
				`${D}/a.mdx:4: is not valid UTF-8 text (a byte sequence that is not UTF-8 on this line). Save the file as UTF-8.`,
				`${D}/b.mdx:1: contains a byte-order mark. Save the file as UTF-8 without a BOM.`,
				`${D}/c.mdx:4: contains a NUL byte. Remove it.`,
				`${D}/d.mdx:4: contains an invisible text-direction control (U+202E). Remove it; it can make text display differently from what is checked.`,
				'content/terms/e.yaml:1: is not valid UTF-8 text (a byte sequence that is not UTF-8 on this line). Save the file as UTF-8.',
			],
		},
	},
};

const HARMLESS = {
	[`${D}/harmless.mdx`]: `---\ntitle: A harmless page\ndescription: An external link, a comment and allowed HTML.\nsidebar:\n  order: 2\n---\n\nimport { Aside, LinkCard } from '~/components';\n\nAn ordinary [link to another site](https://example.org/path?q=1#x), a [mail link](mailto:a@example.org) and a comment {/* a note for editors */}.\n\n<details data-pagefind-ignore>\n<summary>More</summary>\n\nText with <span lang="zh-Hans">汉字</span>.\n\n</details>\n\n<LinkCard title="Status tracker" href="/rules/status-tracker/" />\n\n:::note\nAn aside.\n:::\n`,
};

function writeRoot(name: string, files: Record<string, FileSpec>): string {
	const root = join(tmp, name.replace(/[^a-z0-9]+/gi, '-'));
	for (const [path, spec] of Object.entries(files)) {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		if (typeof spec === 'object' && !Buffer.isBuffer(spec)) symlinkSync(spec.symlink, full);
		else writeFileSync(full, spec);
	}
	if (!Object.keys(files).some((path) => path === 'content')) mkdirSync(join(root, 'content/docs'), { recursive: true });
	return root;
}

const check = (root: string): Promise<CheckResult> => runContentCheck({ root, configRoot: repo, today: '2026-11-29', skip: ['spelling', 'formatting'] });

afterAll(() => {
	rmSync(tmp, { recursive: true, force: true });
});

for (const [category, cases] of Object.entries(CASES)) {
	describe(`hostile contributions: ${category}`, () => {
		it.each(Object.entries(cases))('%s', async (name, { files, errors }) => {
			const started = performance.now();
			const result = await check(writeRoot(`${category}-${name}`, files));
			expect(result.errors.map(formatFinding)).toEqual(errors);
			expect((performance.now() - started) / 1000).toBeLessThan(10);
			expect(existsSync(PWNED)).toBe(false);
		});
	});
}

describe('harmless contributions', () => {
	let result: CheckResult;
	beforeAll(async () => {
		result = await check(writeRoot('harmless', HARMLESS));
	});
	it('pass: an external link, a mail link, a comment, allowed HTML, a LinkCard and an aside', () => {
		expect(result.errors.map(formatFinding)).toEqual([]);
		expect(result.pages).toBe(1);
	});
});

describe('an unreadable file', () => {
	it.skipIf(process.getuid?.() === 0)('is refused with one line, not a crash', async () => {
		const root = writeRoot('unreadable', { [`${D}/a.mdx`]: `${fm()}Text.\n` });
		chmodSync(join(root, `${D}/a.mdx`), 0);
		const result = await check(root);
		expect(result.errors.map(formatFinding)).toEqual([`${D}/a.mdx:1: cannot be read (EACCES). Make it a readable ordinary file (for example chmod 644).`]);
	});
});
