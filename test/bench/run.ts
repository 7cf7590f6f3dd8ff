/**
 * `npm run bench` — builds this site and a bare Starlight reference site (test/bench/reference/) in the same run and
 * prints a table with ratios to the reference. Not part of `npm test`. Everything is served from 127.0.0.1.
 *
 * - per page type (home, long article, element page, timeline; the first three again in Chinese, /zh-cn/): HTML gzip bytes; all bytes loaded on page load
 *   (until the browser is idle; gzip-compressed on the wire, as a static host serves them); JS bytes among them; Lighthouse performance / accessibility / best practices / SEO
 *   (the `lighthouse` package driving Debian's Chromium, default mobile emulation and simulated throttling);
 * - build time per page, site against reference;
 * - search: median and 90th-percentile time from query to listed results in the site's search dialog over the 20
 *   queries below plus the reader-query set (test/bench/search-latency.ts), next to the same numbers measured before
 *   issue 15 (test/bench/search-before.json); the reference's Pagefind UI over the 20 queries, and bytes per query;
 * - scale: a build of a temporary copy with 2,000 generated pages: build time per page and search-index size.
 * Options: BENCH_SKIP_SCALE=1 skips the 2,000-page build; BENCH_SKIP_LIGHTHOUSE=1 skips Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { root } from '../support/dist';
import { CHROMIUM, launch } from '../support/browser';
import { serve } from '../support/server';
import { BENCH_QUERIES, CHINESE_LATENCY_QUERIES, measureSearchLatency } from './search-latency';

const work = mkdtempSync(join(tmpdir(), 'bench-'));
/** Folders to remove when the run ends. */
const scratch: string[] = [work];
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Build {
	name: string;
	out: string;
	seconds: number;
	pages: number;
}

function countPages(dir: string): number {
	let n = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) n += name === 'pagefind' || name === '_astro' ? 0 : countPages(full);
		else if (name.endsWith('.html')) n++;
	}
	return n;
}

function dirBytes(dir: string): number {
	let n = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		n += statSync(full).isDirectory() ? dirBytes(full) : statSync(full).size;
	}
	return n;
}

function build(name: string, projectRoot: string): Build {
	const out = join(work, `${name}-dist`);
	log(`build ${name}…`);
	const start = performance.now();
	const result = spawnSync(process.execPath, [astro, 'build', '--root', projectRoot, '--outDir', out], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', BASE_PATH: '/' },
		maxBuffer: 256 * 1024 * 1024,
	});
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) throw new Error(`${name} build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
	return { name, out, seconds, pages: countPages(out) };
}

/**
 * A copy of the repository (without node_modules, dist, .git, caches, tests) plus `count` generated pages, in
 * node_modules/.cache/ so that it resolves the project's packages as the real site does (Vite mis-resolves
 * Starlight's components through a symlinked node_modules). Removed at the end of the run.
 */
function scaledCopy(count: number): string {
	// node_modules/.cache/ does not exist after a fresh `npm ci`; create it before the copy.
	mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
	const copy = mkdtempSync(join(root, 'node_modules/.cache/bench-scaled-'));
	scratch.push(copy);
	for (const name of readdirSync(root)) {
		if (['node_modules', 'dist', '.git', '.astro', 'test'].includes(name)) continue;
		cpSync(join(root, name), join(copy, name), { recursive: true });
	}
	const dir = join(copy, 'content/docs/generated');
	mkdirSync(dir, { recursive: true });
	const words = 'rare earth element magnet export control licence supply chain refining mining separation oxide metal alloy measure'.split(' ');
	for (let i = 0; i < count; i++) {
		// Starts with "The" so no paragraph begins with "export"/"import", which MDX would read as JavaScript.
		const text = `The ${Array.from({ length: 400 }, (_, j) => words[(i * 7 + j * 13) % words.length]).join(' ')}`;
		writeFileSync(
			join(dir, `page-${i}.mdx`),
			`---\ntitle: Generated page ${i}\ndescription: A generated page for the build-scale bench.\n---\n\n## Part one\n\n${text}.\n\n## Part two\n\n${text}.\n`,
		);
	}
	return copy;
}

interface Load {
	bytes: number;
	js: number;
}

async function pageLoad(page: Page, url: string): Promise<Load> {
	let bytes = 0;
	let js = 0;
	const pending: Promise<void>[] = [];
	// Bytes on the wire (gzip-compressed bodies, as a static host sends them), not counting headers.
	const onResponse = (response: import('playwright-core').Response) => {
		pending.push(
			response
				.request()
				.sizes()
				.then(({ responseBodySize }) => {
					bytes += responseBodySize;
					if (response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url())) js += responseBodySize;
				})
				.catch(() => undefined),
		);
	};
	page.on('response', onResponse);
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
				idle(() => idle(() => resolve()), { timeout: 3000 });
			}),
	);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	page.off('response', onResponse);
	return { bytes, js };
}

/** The bench's 20 everyday queries (shared with search-latency.ts). */
const QUERIES = BENCH_QUERIES;

/** Starlight's default Pagefind UI (the reference site): median and p90 over QUERIES, and bytes fetched per query. */
async function referenceSearchBench(page: Page, url: string): Promise<{ medianMs: number; p90Ms: number; bytesPerQuery: number }> {
	await page.goto(url, { waitUntil: 'load' });
	const open = page.locator('button[data-open-modal]');
	await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled);
	await open.click();
	const input = page.locator('#starlight__search input.pagefind-ui__search-input');
	await input.waitFor({ state: 'visible' });
	// Warm-up query: loads the Pagefind engine and WebAssembly once, as a reader's first keystroke does.
	await input.fill('rare');
	await page.waitForFunction(() => (document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '').includes('rare'));
	const times: number[] = [];
	let bytes = 0;
	const pending: Promise<unknown>[] = [];
	const onResponse = (r: import('playwright-core').Response) =>
		void pending.push(r.request().sizes().then((s) => (bytes += s.responseBodySize)).catch(() => undefined));
	page.on('response', onResponse);
	for (const q of QUERIES) {
		const start = performance.now();
		await input.fill(q);
		await page.waitForFunction(
			(query) => {
				const m = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
				return m.includes(query) && !m.startsWith('Searching');
			},
			q,
			{ polling: 'raf' },
		);
		times.push(performance.now() - start);
	}
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	page.off('response', onResponse);
	times.sort((a, b) => a - b);
	return { medianMs: (times[9]! + times[10]!) / 2, p90Ms: times[17]!, bytesPerQuery: bytes / QUERIES.length };
}

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

async function lighthouseScores(urls: string[]): Promise<Scores[]> {
	process.env['CHROME_PATH'] = CHROMIUM;
	const { launch: launchChrome } = await import('chrome-launcher');
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launchChrome({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
	try {
		const out: Scores[] = [];
		for (const url of urls) {
			log(`lighthouse ${url}`);
			const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
			const c = result!.lhr.categories;
			const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			out.push({ performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
		}
		return out;
	} finally {
		chrome.kill();
	}
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00×' : '∞') : `${(a / b).toFixed(2)}×`);

async function main() {
	const site = build('site', root);
	const reference = build('reference', join(root, 'test/bench/reference'));

	const types = [
		{ type: 'home', site: '/', ref: '/' },
		{ type: 'long article', site: '/rules/october-2025/', ref: '/long-article/' },
		{ type: 'element page', site: '/basics/elements/neodymium/', ref: '/element/' },
		{ type: 'timeline', site: '/reference/timeline/', ref: '/timeline/' },
		// The Chinese edition, held to the same (English) reference pages.
		{ type: 'home, Chinese', site: '/zh-cn/', ref: '/' },
		{ type: 'long article, Chinese', site: '/zh-cn/rules/october-2025/', ref: '/long-article/' },
		{ type: 'element page, Chinese', site: '/zh-cn/basics/elements/neodymium/', ref: '/element/' },
	];
	const siteServer = await serve(site.out, '/', { gzip: true });
	const refServer = await serve(reference.out, '/', { gzip: true });
	const browser = await launch();
	const rows: string[][] = [];
	const targets: string[] = [];
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const loads: Array<{ site: Load; ref: Load; siteGz: number; refGz: number }> = [];
		for (const t of types) {
			const fileOf = (p: string) => join(p === '/' ? '' : p.slice(1), 'index.html');
			const siteGz = gzipSync(readFileSync(join(site.out, fileOf(t.site)))).length;
			const refGz = gzipSync(readFileSync(join(reference.out, fileOf(t.ref)))).length;
			// A fresh context per load: nothing cached from the previous page.
			const fresh = async (url: string) => {
				const c = await browser.newContext({ viewport: { width: 1280, height: 800 } });
				const p = await c.newPage();
				const r = await pageLoad(p, url);
				await c.close();
				return r;
			};
			loads.push({ site: await fresh(new URL(t.site, siteServer.url).href), ref: await fresh(new URL(t.ref, refServer.url).href), siteGz, refGz });
		}
		const skipLh = process.env['BENCH_SKIP_LIGHTHOUSE'] === '1';
		const lh = skipLh ? [] : await lighthouseScores([...types.map((t) => new URL(t.site, siteServer.url).href), ...types.map((t) => new URL(t.ref, refServer.url).href)]);

		rows.push(['page type', 'HTML gzip (site / ref / ratio)', 'bytes on load (site / ref / ratio)', 'JS on load (site / ref / ratio)', 'Lighthouse perf/a11y/bp/seo site', 'ref']);
		types.forEach((t, i) => {
			const l = loads[i]!;
			const s = lh[i];
			const r = lh[i + types.length];
			const fmt = (x?: Scores) => (x ? `${x.performance}/${x.accessibility}/${x['best-practices']}/${x.seo}` : 'skipped');
			rows.push([
				`${t.type} (${t.site})`,
				`${kb(l.siteGz)} / ${kb(l.refGz)} / ${ratio(l.siteGz, l.refGz)}`,
				`${kb(l.site.bytes)} / ${kb(l.ref.bytes)} / ${ratio(l.site.bytes, l.ref.bytes)}`,
				`${kb(l.site.js)} / ${kb(l.ref.js)} / ${ratio(l.site.js, l.ref.js)}`,
				fmt(s),
				fmt(r),
			]);
		});
		const all100 = lh.length > 0 && lh.slice(0, types.length).every((s) => Object.values(s).every((v) => v === 100));
		targets.push(`Lighthouse 100 in all four categories on every page type: ${skipLh ? 'not measured' : all100 ? 'MET' : 'NOT met'}`);
		targets.push(`bytes on page load <= reference: ${loads.every((l) => l.site.bytes <= l.ref.bytes) ? 'MET' : 'NOT met'} (${loads.map((l) => ratio(l.site.bytes, l.ref.bytes)).join(', ')})`);
		targets.push(`less JS on page load than the reference: ${loads.every((l) => l.site.js < l.ref.js) ? 'MET' : 'NOT met'} (${loads.map((l) => ratio(l.site.js, l.ref.js)).join(', ')})`);

		const siteSearch = await measureSearchLatency(page, siteServer.url, 'site');
		const zhSearch = await measureSearchLatency(page, new URL('/zh-cn/', siteServer.url).href, 'site', CHINESE_LATENCY_QUERIES);
		const refSearch = await referenceSearchBench(page, refServer.url);
		const before = JSON.parse(readFileSync(join(root, 'test/bench/search-before.json'), 'utf8')) as { medianMs: number; p90Ms: number; queries: number };
		rows.push([]);
		rows.push(['search: query→results', 'median', 'p90', 'queries', '', '']);
		rows.push(['site before (recorded)', `${before.medianMs.toFixed(0)} ms`, `${before.p90Ms.toFixed(0)} ms`, String(before.queries), '', '']);
		rows.push(['site after', `${siteSearch.medianMs.toFixed(0)} ms`, `${siteSearch.p90Ms.toFixed(0)} ms`, String(siteSearch.queries), '', '']);
		rows.push(['site after, Chinese (/zh-cn/)', `${zhSearch.medianMs.toFixed(0)} ms`, `${zhSearch.p90Ms.toFixed(0)} ms`, String(zhSearch.queries), '', '']);
		rows.push(['reference (Pagefind UI)', `${refSearch.medianMs.toFixed(0)} ms`, `${refSearch.p90Ms.toFixed(0)} ms`, String(QUERIES.length), `${kb(refSearch.bytesPerQuery)} per query`, '']);
		targets.push(`search median under 50 ms after the first query, English and Chinese: ${siteSearch.medianMs < 50 && zhSearch.medianMs < 50 ? 'MET' : 'NOT met'} (${siteSearch.medianMs.toFixed(0)} ms, ${zhSearch.medianMs.toFixed(0)} ms)`);
	} finally {
		await browser.close();
		await siteServer.close();
		await refServer.close();
	}

	const perPage = (b: Build) => (b.seconds * 1000) / b.pages;
	rows.push([]);
	rows.push(['build', 'pages', 'wall time', 'ms per page', 'ratio to reference', '']);
	rows.push(['site', String(site.pages), `${site.seconds.toFixed(1)} s`, perPage(site).toFixed(0), ratio(perPage(site), perPage(reference)), '']);
	rows.push(['reference', String(reference.pages), `${reference.seconds.toFixed(1)} s`, perPage(reference).toFixed(0), '1.00×', '']);
	targets.push(`build time per page within 1.2× the reference: ${perPage(site) <= 1.2 * perPage(reference) ? 'MET' : 'NOT met'} (${ratio(perPage(site), perPage(reference))})`);

	if (process.env['BENCH_SKIP_SCALE'] !== '1') {
		const scaled = build('site + 2,000 generated pages', scaledCopy(2000));
		const index = (b: Build) => dirBytes(join(b.out, 'pagefind'));
		rows.push(['site + 2,000 pages', String(scaled.pages), `${scaled.seconds.toFixed(1)} s`, perPage(scaled).toFixed(0), `${ratio(perPage(scaled), perPage(site))} of the normal build`, '']);
		rows.push(['search index', `normal ${kb(index(site))}`, `2,000 pages ${kb(index(scaled))}`, ratio(index(scaled), index(site)), '', '']);
		targets.push(`build time per page flat to 2,000 pages (within 1.2× of the normal build): ${perPage(scaled) <= 1.2 * perPage(site) ? 'MET' : 'NOT met'} (${ratio(perPage(scaled), perPage(site))})`);
	}

	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => (r.length ? `| ${widths.map((w, i) => (r[i] ?? '').padEnd(w)).join(' | ')} |` : '');
	console.log(rows.map(line).join('\n'));
	console.log(`\nTargets:\n${targets.map((t) => `- ${t}`).join('\n')}`);
	console.log(`\n(Bytes are response bodies on the wire from a local static server that gzips text as hosts do; HTML gzip is gzip -6 of the file.)`);
}

main()
	.catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	})
	.finally(() => {
		if (process.env['BENCH_KEEP']) log(`kept ${scratch.map((d) => relative(process.cwd(), d)).join(', ')}`);
		else for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
	});
