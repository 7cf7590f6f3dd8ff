/**
 * Which pages cite each source, for the bibliography (<SourceList>).
 *
 * Found by reading the MDX files in content/docs/ as text at build time (never executing them):
 * a page cites a source when it has `<Cite id="…">` for it, shows a `<Figure id="…">` whose figure
 * comes from it, lists it in its frontmatter `sources`, or uses a component that cites it on the
 * page's behalf (for example <Glossary/>, which cites every term's sources; see `componentSources`).
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isPageFile, listFiles, readFrontmatter } from './files';
import { blankOutCode, findRefs } from './mdx-refs';
import { keyOfFile, pathOfKey } from './pages';

export interface DocPage {
	/** Path of the file relative to content/docs/, with forward slashes, e.g. "reference/faq.mdx". */
	file: string;
	/** The page title from its frontmatter (the file path if it has none). */
	title: string;
	/** The MDX text, frontmatter included. */
	text: string;
	/** Frontmatter `sources` (consulted, not cited inline). */
	sources: string[];
}

export interface CitingPage {
	/** Site path of the page, without the base: "/reference/faq/". */
	path: string;
	title: string;
}

/** A content file's root-relative path: "reference/faq.mdx" → "/reference/faq/" (src/lib/pages.ts). */
export const pagePath = (file: string): string => pathOfKey(keyOfFile(file));

/** Components that use a self-closing or opening tag anywhere outside code, e.g. "Glossary" for <Glossary />. */
export function componentsUsed(text: string): Set<string> {
	const used = new Set<string>();
	for (const m of blankOutCode(text).matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) used.add(m[1]!);
	return used;
}

export interface CitationLookups {
	/** A figure id → the id of the source its number comes from. */
	figureSource?: (figureId: string) => string | undefined;
	/** Component name → the source ids it cites on a page that uses it (e.g. { Glossary: all terms' sources }). */
	componentSources?: Record<string, readonly string[]>;
}

/** Source ids one page cites, in first-use order: inline citations and figures, then components, then frontmatter. */
export function sourcesOfPage(page: Pick<DocPage, 'text' | 'sources'>, lookups: CitationLookups = {}): string[] {
	const out: string[] = [];
	const add = (id: string | undefined) => {
		if (id && !out.includes(id)) out.push(id);
	};
	for (const ref of findRefs(page.text)) {
		if (ref.component === 'Cite') add(ref.id);
		else if (ref.component === 'Figure') add(lookups.figureSource?.(ref.id));
	}
	const used = componentsUsed(page.text);
	for (const [component, ids] of Object.entries(lookups.componentSources ?? {})) if (used.has(component)) ids.forEach(add);
	page.sources.forEach(add);
	return out;
}

/** Source id → the pages that cite it, each list sorted by title (then path). */
export function citingPages(pages: readonly DocPage[], lookups: CitationLookups = {}): Map<string, CitingPage[]> {
	const bySource = new Map<string, CitingPage[]>();
	for (const page of pages) {
		const entry = { path: pagePath(page.file), title: page.title };
		for (const id of sourcesOfPage(page, lookups)) {
			const list = bySource.get(id) ?? [];
			list.push(entry);
			bySource.set(id, list);
		}
	}
	for (const list of bySource.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'en') || a.path.localeCompare(b.path));
	return bySource;
}

/** Reads one MDX/MD file's title and frontmatter sources (the frontmatter is parsed as YAML, the rest is kept as text). */
export function readDocPage(file: string, text: string): DocPage {
	let data: Record<string, unknown> = {};
	try {
		data = readFrontmatter(text);
	} catch {
		// Invalid frontmatter is reported by the content check and the build; here the page just has no title or sources.
	}
	const title = typeof data['title'] === 'string' ? data['title'] : file;
	const sources = Array.isArray(data['sources']) ? data['sources'].filter((s): s is string => typeof s === 'string') : [];
	return { file, title, text, sources };
}

/** Every .md/.mdx page under `docsDir` (files starting with "_" are skipped, as the docs collection does). */
export function scanDocs(docsDir: string): DocPage[] {
	return listFiles(docsDir, isPageFile).map((full) => readDocPage(relative(docsDir, full).split(sep).join('/'), readFileSync(full, 'utf8')));
}
