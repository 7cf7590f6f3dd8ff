/**
 * Fails `astro build` when an internal link or heading anchor in the built site points nowhere, with one
 * "page: link (why)" line per broken link. Respects the base path (BASE_PATH). Logic: src/lib/link-check.ts.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenLinks } from '../lib/link-check';
import { listFiles } from '../lib/files';

export default function linkCheck(): AstroIntegration {
	let base = '/';
	let origin: string | undefined;
	return {
		name: 'rare-earths:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				origin = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = new Set<string>();
				const html = new Map<string, string>();
				for (const full of listFiles(out)) {
					const rel = relative(out, full).split(sep).join('/');
					files.add(rel);
					if (rel.endsWith('.html')) html.set(rel, readFileSync(full, 'utf8'));
				}
				const problems = brokenLinks({ base, origin, files, html });
				if (problems.length > 0) {
					throw new Error(
						`${problems.length} broken internal link(s). Fix the link in the page's source, or add the page or heading it points to:\n` +
							problems.join('\n'),
					);
				}
				logger.info(`Every internal link and anchor in ${html.size} pages resolves.`);
			},
		},
	};
}
