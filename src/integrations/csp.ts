/**
 * After the build, gives every HTML page a strict Content-Security-Policy <meta> (inline scripts allowed only by
 * their sha256 hash) and writes the same policy to dist/_headers for static hosts. See src/lib/csp.ts.
 * List it LAST in astro.config.mjs integrations so it hashes the final HTML.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, withMetaPolicy } from '../lib/csp';
import { listFiles } from '../lib/files';

export default function contentSecurityPolicy(): AstroIntegration {
	let base = '/';
	return {
		name: 'rare-earths:csp',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages: string[] = [];
				for (const file of listFiles(out, (name) => name.endsWith('.html'))) {
					const html = withMetaPolicy(readFileSync(file, 'utf8'));
					writeFileSync(file, html);
					pages.push(html);
				}
				writeFileSync(join(out, '_headers'), headersFile(base, pages));
				logger.info(`Content-Security-Policy added to ${pages.length} pages and _headers.`);
			},
		},
	};
}
