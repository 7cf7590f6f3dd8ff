/**
 * Reads the content tree from disk as plain data, without Astro and without executing any MDX,
 * so the integrity check can run before the build, in tests and in the content check.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { frontmatterSource, isPageFile, listFiles } from '../files';
import { COLLECTION_DIRS, DATA_COLLECTIONS, type DataCollectionName } from '../collections';
import { componentUses, type ComponentUse } from '../mdx-components';
import { loadYaml } from '../content-check/yaml-safety';

export interface DataFile {
	collection: DataCollectionName;
	id: string;
	/** Path relative to the project root, e.g. content/sources/usgs-mcs-2026.yaml. */
	file: string;
	data: unknown;
}

export interface PageFile {
	file: string;
	frontmatter: Record<string, unknown>;
	/** The components the page uses, with their literal props (what they refer to: src/lib/component-refs.ts). */
	refs: ComponentUse[];
	/** Line of each frontmatter key, for error messages. */
	keyLines: Record<string, number>;
}

export interface ContentTree {
	root: string;
	data: DataFile[];
	pages: PageFile[];
	/** Files that could not be parsed at all. */
	parseErrors: { file: string; message: string }[];
}

/**
 * `skip`: files (paths relative to the root) the content check has already refused; they are left out.
 * Values are read with js-yaml, as Astro reads them.
 */
export function loadContent(root: string, skip: Set<string> = new Set()): ContentTree {
	const tree: ContentTree = { root, data: [], pages: [], parseErrors: [] };
	for (const collection of DATA_COLLECTIONS) {
		const dir = join(root, COLLECTION_DIRS[collection]);
		for (const full of listFiles(dir, (n) => n.endsWith('.yaml') && !n.startsWith('_'))) {
			const file = relative(root, full);
			const id = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
			if (skip.has(file)) continue;
			try {
				tree.data.push({ collection, id, file, data: loadYaml(readFileSync(full, 'utf8')) });
			} catch (error) {
				tree.parseErrors.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			}
		}
	}
	for (const full of listFiles(join(root, COLLECTION_DIRS.docs), isPageFile)) {
		const file = relative(root, full);
		if (skip.has(file)) continue;
		let text: string;
		try {
			text = readFileSync(full, 'utf8');
		} catch (error) {
			tree.parseErrors.push({ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
			continue;
		}
		const fm = frontmatterSource(text);
		let frontmatter: Record<string, unknown> = {};
		const keyLines: Record<string, number> = {};
		if (fm !== undefined) {
			try {
				frontmatter = (loadYaml(fm) as Record<string, unknown>) ?? {};
			} catch (error) {
				tree.parseErrors.push({ file, message: `has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			}
			fm.split('\n').forEach((line, i) => {
				const key = /^([A-Za-z_][\w-]*):/.exec(line);
				if (key) keyLines[key[1]!] = i + 2;
			});
		}
		tree.pages.push({ file, frontmatter, refs: componentUses(text), keyLines });
	}
	return tree;
}
