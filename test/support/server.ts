/** A tiny static file server for dist/ on 127.0.0.1, optionally under a base path, for browser tests. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

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

export function serve(dir: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
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
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
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
