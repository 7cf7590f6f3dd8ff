/** A tiny static file server for dist/ on 127.0.0.1, optionally under a base path, for browser tests. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Headers from dist/_headers (the Netlify / Cloudflare Pages format: a path pattern, then indented "Name: value"
 * lines), as a static host would send them. Patterns are matched literally, with a trailing * matching any rest.
 */
function headerRules(dir: string): Array<{ pattern: string; headers: Record<string, string> }> {
	const file = join(dir, '_headers');
	if (!existsSync(file)) return [];
	const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else if (rules.length > 0) {
			const at = line.indexOf(':');
			rules[rules.length - 1]!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

function headersFor(rules: ReturnType<typeof headerRules>, path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const { pattern, headers } of rules) {
		if (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern) Object.assign(out, headers);
	}
	return out;
}

export interface ServeOptions {
	/** Gzip text responses when the browser accepts it, as static hosts do (the bench uses this). */
	gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg)/;

export function serve(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
	const rules = headerRules(dir);
	const server: Server = createServer((req, res) => {
		for (const [name, value] of Object.entries(headersFor(rules, new URL(req.url ?? '/', 'http://x').pathname))) {
			res.setHeader(name, value);
		}
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end('not under base');
			return;
		}
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(dir, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html']! }).end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(readFileSync(file)));
			return;
		}
		res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				url: `http://127.0.0.1:${port}${base}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
