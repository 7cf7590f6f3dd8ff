/**
 * The one pass over the built site. After `astro build`, each HTML page in dist/ is parsed once with a real HTML
 * parser (src/lib/built-site/page.ts) and every check reads that tree:
 *
 * - links and anchors: every internal link and #fragment resolves (src/lib/built-site/links.ts);
 * - the HTML policy: no inline script or style outside the fixed allow-list, no refresh, <base>, embeds, forms
 *   or resources to other origins, javascript: URLs or event handlers (src/lib/built-site/policy.ts).
 *
 * Any problem fails the build with one "page (source file): element/link why" line each. Then every page gets the
 * Content-Security-Policy built from the allow-list, and dist/_headers the same (src/lib/built-site/csp.ts).
 * List it last in astro.config.mjs integrations, so it reads the final HTML.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, withMetaPolicy } from '../lib/built-site/csp';
import { brokenLinks, linksOf, type BuiltSite } from '../lib/built-site/links';
import { parsePage } from '../lib/built-site/page';
import { policyProblems } from '../lib/built-site/policy';
import { listFiles } from '../lib/files';

export interface PostBuildOptions {
	/** Run the HTML policy and write the CSP (default true). Fixtures that test only links turn it off. */
	policy?: boolean;
}

export default function postBuild(options: PostBuildOptions = {}): AstroIntegration {
	const withPolicy = options.policy ?? true;
	let base = '/';
	let origin: string | undefined;
	let root = '';
	/** "/base/rules/x/: …" → "/base/rules/x/ (content/docs/rules/x.mdx): …", when the page comes from a content file. */
	const withSource = (line: string) => {
		const url = line.slice(0, line.indexOf(': '));
		const path = url.slice(base.length).replace(/\/$/, '');
		const candidates = path === '' ? ['content/docs/index.mdx'] : [`content/docs/${path}.mdx`, `content/docs/${path}/index.mdx`];
		const source = candidates.find((c) => existsSync(join(root, c)));
		return source ? `${url} (${source})${line.slice(url.length)}` : line;
	};
	return {
		name: 'rare-earths:post-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				origin = config.site;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = new Set<string>();
				const site: BuiltSite = { base, origin, files, pages: new Map() };
				const html = new Map<string, string>();
				const policy: string[] = [];
				for (const full of listFiles(out)) {
					const rel = relative(out, full).split(sep).join('/');
					files.add(rel);
					if (!rel.endsWith('.html')) continue;
					const text = readFileSync(full, 'utf8');
					const page = parsePage(rel, text, base);
					html.set(rel, text);
					site.pages.set(rel, { ...linksOf(page), url: page.url });
					if (withPolicy) policy.push(...policyProblems(page, { origin: origin ?? 'https://site.invalid' }));
				}
				const links = brokenLinks(site);
				const report: string[] = [];
				if (policy.length) report.push(`${policy.length} element(s) break the HTML policy (src/lib/built-site/policy.ts says why each is refused):`, ...policy.sort().map(withSource));
				if (links.length) report.push(`${links.length} broken internal link(s). Fix the link in the page's source, or add the page or heading it points to:`, ...links.map(withSource));
				if (report.length) throw new Error(report.join('\n'));
				if (withPolicy) {
					for (const [rel, text] of html) writeFileSync(join(out, rel), withMetaPolicy(text));
					writeFileSync(join(out, '_headers'), headersFile(base));
				}
				logger.info(`${html.size} pages parsed: every internal link and anchor resolves${withPolicy ? '; the HTML policy holds; Content-Security-Policy added to each page and _headers' : ''}.`);
			},
		},
	};
}
