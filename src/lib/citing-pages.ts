/**
 * Which pages cite each source, for the bibliography (<SourceList>).
 *
 * A page cites what its components cite (src/lib/component-refs.ts: a <Cite>, a <Figure>'s source, a chart's
 * sources, the glossary's terms' sources …), found by reading each MDX page's syntax tree at build time (never
 * executing it), plus the works its frontmatter lists under `sources`. The generated element pages cite their
 * element's sources.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isPageFile, listFiles, readFrontmatter } from './files';
import { citesOf, elementPageSources, type SiteData } from './component-refs';
import { componentUses } from './mdx-components';
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

/** Source ids one page cites, in first-use order: what its components cite, then its frontmatter `sources`. */
export function sourcesOfPage(page: Pick<DocPage, 'text' | 'sources'>, data: SiteData): string[] {
	const out = new Set<string>();
	for (const use of componentUses(page.text)) for (const id of citesOf(use.name, use.props, data)) out.add(id);
	page.sources.forEach((id) => out.add(id));
	return [...out];
}

/** Source id → the pages that cite it (MDX pages and the generated element pages), each list sorted by title (then path). */
export function citingPages(pages: readonly DocPage[], data: SiteData): Map<string, CitingPage[]> {
	const bySource = new Map<string, CitingPage[]>();
	const add = (id: string, entry: CitingPage) => bySource.set(id, [...(bySource.get(id) ?? []), entry]);
	for (const page of pages) {
		const entry = { path: pagePath(page.file), title: page.title };
		for (const id of sourcesOfPage(page, data)) add(id, entry);
	}
	for (const [slug, element] of data.elements) {
		const entry = { path: pathOfKey(`basics/elements/${slug}`), title: `${element.name} (${element.symbol})` };
		for (const id of elementPageSources(element, data)) add(id, entry);
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
