/** Reading the project's files from disk: one directory walker and one frontmatter reader for every node-side tool. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every file below `dir` (recursively, sorted) whose name passes `keep`; [] when `dir` does not exist. */
export function listFiles(dir: string, keep: (name: string) => boolean = () => true): string[] {
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return listFiles(full, keep);
		return keep(name) ? [full] : [];
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

/** Page files as the docs collection loads them: .md/.mdx, skipping names that start with "_". */
export const isPageFile = (name: string) => /\.mdx?$/.test(name) && !name.startsWith('_');
