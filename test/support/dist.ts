/** Helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { listFiles } from '../../src/lib/files';
import { builtFileOfPath } from '../../src/lib/pages';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The build under test: dist/, or TEST_DIST (an absolute path) when testing a build made elsewhere. */
export const dist = process.env['TEST_DIST'] ?? join(root, 'dist');

export function requireDist(): void {
	if (!existsSync(join(dist, 'index.html'))) {
		throw new Error(`${dist} has no build. Run \`npm run build\` first (\`npm test\` does it for you).`);
	}
}

/** Every HTML file in dist/, as paths relative to dist/. */
export function htmlFiles(): string[] {
	return listFiles(dist, (name) => name.endsWith('.html')).map((full) => relative(dist, full));
}

export const readDist = (path: string) => readFileSync(join(dist, path), 'utf8');

/** The URL paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
	const index = readDist('sitemap-index.xml');
	const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
	return maps.flatMap((file) => [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

/** dist/ file for a URL path under the site's base. */
export function fileForPath(path: string, base = '/'): string {
	return builtFileOfPath(path.slice(base.length - 1));
}

/** Visible text of an HTML string (tags removed, entities for quotes and ampersands decoded), collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}
