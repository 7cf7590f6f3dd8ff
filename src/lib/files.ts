/** Reading the project's files from disk: one directory walker and one frontmatter reader for every node-side tool. */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Every ordinary file below `dir` (recursively, sorted) whose name passes `keep`; [] when `dir` does not exist.
 * Symbolic links and special files are skipped, never followed (the content check reports them under content/).
 */
export function listFiles(dir: string, keep: (name: string) => boolean = () => true): string[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch {
		return [];
	}
	return entries.flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return listFiles(full, keep);
		return entry.isFile() && keep(entry.name) ? [full] : [];
	});
}

/** The frontmatter block of a Markdown/MDX text as YAML source, or undefined when it has none. */
export function frontmatterSource(text: string): string | undefined {
	return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
}

/** The frontmatter of a Markdown/MDX text as data ({} when it has none). Throws when it is not valid YAML. */
export function readFrontmatter(text: string): Record<string, unknown> {
	const yaml = frontmatterSource(text);
	return yaml === undefined ? {} : ((parse(yaml) as Record<string, unknown> | null) ?? {});
}

/** Page files as the docs collection loads them: .mdx, skipping names that start with "_" (any other file under content/docs/ fails the content check and the build). */
export const isPageFile = (name: string) => name.endsWith('.mdx') && !name.startsWith('_');
