/**
 * The post-build HTML policy (src/lib/built-site/policy.ts) on pages an attacker might get into dist/: each breach
 * is named with the page and the element, and the CSP comes from the fixed allow-list, not from the page.
 */
import { describe, expect, it } from 'vitest';
import { headersFile, policy, withMetaPolicy } from '../../src/lib/built-site/csp';
import { INLINE_SCRIPTS } from '../../src/lib/built-site/inline-allow-list';
import { brokenLinks, linksOf } from '../../src/lib/built-site/links';
import { parsePage } from '../../src/lib/built-site/page';
import { policyProblems, sha256 } from '../../src/lib/built-site/policy';

const origin = 'https://example.org';
const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const problems = (html: string) => policyProblems(parsePage('a/index.html', html, '/'), { origin });

describe('the HTML policy', () => {
	it('accepts the site’s own kind of page: same-origin scripts and styles, allow-listed inline scripts, links to other sites, JSON-LD', () => {
		const themeProvider = INLINE_SCRIPTS[0]!;
		expect(themeProvider.name).toMatch(/theme provider/);
		const html = page(
			'<a href="https://other.example/x">out</a><a href="/b/">in</a><img src="/i.png" alt=""><span style="--sl-icon-size: 1em">x</span><form action="/search/"></form>',
			'<script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://other.example/"><script type="application/ld+json">{}</script>',
		);
		expect(problems(html)).toEqual([]);
	});

	it.each([
		['an inline script not in the allow-list', page('<script>alert(1)</script>'), `/a/: <script> is an inline script not in the allow-list (${sha256('alert(1)')}). If it is Starlight's or the site's own, add it with a name to src/lib/built-site/inline-allow-list.ts.`],
		['an inline script in SVG', page('<svg><script>alert(1)</script></svg>'), `/a/: <script> is an inline script not in the allow-list (${sha256('alert(1)')}). If it is Starlight's or the site's own, add it with a name to src/lib/built-site/inline-allow-list.ts.`],
		['an inline style', page('<style>@import url(https://evil.example/x.css)</style>'), `/a/: <style> is an inline style not in the allow-list (${sha256('@import url(https://evil.example/x.css)')}). If it is Starlight's or the site's own, add it with a name to src/lib/built-site/inline-allow-list.ts.`],
		['a script type that is not JavaScript or JSON', page('<script type="speculationrules">{}</script>'), '/a/: <script type="speculationrules"> has a script type that is neither JavaScript nor JSON data ("speculationrules").'],
		['a script from another origin', page('<script src="https://evil.example/x.js"></script>'), '/a/: <script src="https://evil.example/x.js"> loads a script from another origin.'],
		['a meta refresh', page('', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'), '/a/: <meta httpequiv="refresh"> is not allowed: only the build sets http-equiv (a refresh redirects readers).'],
		['a base element', page('', '<base href="https://evil.example/">'), '/a/: <base href="https://evil.example/"> is not allowed: it would change where every relative link and script on the page points.'],
		['an iframe', page('<iframe srcdoc="<script>alert(1)</script>"></iframe>'), '/a/: <iframe> is not allowed: pages embed no other documents or plug-ins.'],
		['an object', page('<object data="/x.swf"></object>'), '/a/: <object> is not allowed: pages embed no other documents or plug-ins.'],
		['a form to another origin', page('<form action="https://evil.example/steal"></form>'), '/a/: <form action="https://evil.example/steal"> sends to another origin.'],
		['a formaction to another origin', page('<form><button formaction="https://evil.example/">x</button></form>'), '/a/: <button> sends a form to another origin.'],
		['a stylesheet from another origin', page('', '<link rel="stylesheet" href="https://evil.example/x.css">'), '/a/: <link rel="stylesheet" href="https://evil.example/x.css"> loads a resource from another origin.'],
		['an image from another origin', page('<img srcset="/a.png 1x, https://evil.example/t.png 2x">'), '/a/: <img> loads srcset from another origin (https://evil.example/t.png).'],
		['a javascript: link, entity-encoded and spaced', page('<a href=" &#106;ava&#x09;script:alert(1)">x</a>'), '/a/: <a href=" java\tscript:alert(1)"> has a javascript: URL in href.'],
		['an xlink:href in SVG', page('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'), '/a/: <a> has a javascript: URL in xlinkhref.'],
		['an SVG <use> from another origin', page('<svg><use href="https://evil.example/s.svg#x"></use></svg>'), '/a/: <use href="https://evil.example/s.svg#x"> loads href from another origin (https://evil.example/s.svg#x).'],
		['an event handler', page('<img src="/x.png" onerror="alert(1)">'), '/a/: <img src="/x.png"> has the event-handler attribute onerror.'],
		['a style attribute loading a resource', page('<div style="background:url(https://evil.example/t.png)">x</div>'), '/a/: <div> has a style attribute that loads a resource.'],
		['a script hidden in a template', page('<template><script>alert(1)</script></template>'), `/a/: <script> is an inline script not in the allow-list (${sha256('alert(1)')}). If it is Starlight's or the site's own, add it with a name to src/lib/built-site/inline-allow-list.ts.`],
	])('refuses %s, naming page and element', (_name, html, message) => {
		expect(problems(html)).toContain(message);
	});
});

describe('the Content-Security-Policy', () => {
	it('allows exactly the named inline scripts, never unsafe-inline for scripts, whatever the page holds', () => {
		const scriptSrc = policy().find((d) => d.startsWith('script-src'))!;
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		for (const s of INLINE_SCRIPTS) expect(scriptSrc).toContain(`'${s.sha256}'`);
		expect(scriptSrc.match(/'sha256-/g)).toHaveLength(INLINE_SCRIPTS.length);
		const out = withMetaPolicy(page('<script>alert(1)</script>'));
		expect(out).not.toContain(sha256('alert(1)'));
		expect(out.indexOf('<meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
	});

	it('writes _headers for the base path with frame-ancestors', () => {
		const headers = headersFile('/sub/');
		expect(headers).toMatch(/^\/sub\/\*$/m);
		expect(headers).toContain("frame-ancestors 'none'");
	});
});

describe('links and anchors, from the parsed pages', () => {
	const site = (html: Record<string, string>, files: string[] = []) => ({
		base: '/',
		origin,
		files: new Set([...Object.keys(html), ...files]),
		pages: new Map(Object.entries(html).map(([file, text]) => {
			const p = parsePage(file, text, '/');
			return [file, { ...linksOf(p), url: p.url }];
		})),
	});

	it('accepts links to pages, files and ids, relative or absolute on the site origin', () => {
		const problems = brokenLinks(
			site(
				{ 'index.html': '<a href="a/#x"></a><a href="/data/x.csv"></a><a href="https://example.org/a/"></a><a href="#top"></a><a href="mailto:a@example.org"></a>', 'a/index.html': '<h2 id="x"></h2>' },
				['data/x.csv'],
			),
		);
		expect(problems).toEqual([]);
	});

	it('reports a missing page and a missing id, with entities decoded as a browser does', () => {
		expect(brokenLinks(site({ 'index.html': '<a href="#g&#111;ne"></a><a href="/nope/"></a>' }))).toEqual(['/: #gone (no id="gone" on /)', '/: /nope/ (no page or file at /nope/)']);
	});
});
