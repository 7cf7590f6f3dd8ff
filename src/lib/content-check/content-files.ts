/**
 * Rule `file`: only content lives under content/. Pages are content/docs/**\/<name>.mdx, data are
 * content/<collection>/<name>.yaml, names are lower-case letters, digits and hyphens; anything else — a .md or
 * .js file, an image, a symbolic link, an odd name, a file too big, not UTF-8, with control characters or
 * unreadable — is refused with one line naming the file and the fix. Nothing here follows a link or trusts a
 * file before it has been read as plain UTF-8 text.
 *
 * The build runs the same rule (src/integrations/source-integrity.ts), so a pull request cannot skip it.
 */
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { DATA_COLLECTIONS } from '../collections';
import type { Finding } from './finding';

/** Largest page or data file accepted, in bytes (the longest page today is about 16 KB). */
export const MAX_BYTES = 200_000;
/** Longest line accepted, in characters (the longest today is about 1,400). */
export const MAX_LINE = 5_000;
/** Deepest folder nesting under content/docs/. */
export const MAX_FOLDER_DEPTH = 3;
/** Deepest nesting of brackets, tags, quotes and lists in a page (see nestingDepth). */
export const MAX_NESTING = 64;

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ContentFile {
	/** content/docs/rules/april-2025.mdx */
	file: string;
	kind: 'page' | 'data';
	text: string;
}

export interface ContentFiles {
	files: ContentFile[];
	/** Files refused by this rule: later rules skip them. */
	refused: Set<string>;
	findings: Finding[];
}

const finding = (file: string, text: string, line = 1): Finding => ({ file, line, rule: 'file', severity: 'error', text });

/** Characters a page or data file may not contain: controls other than tab and newline, bidi overrides, BOM, line separators. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff\ufff9-\ufffb]/;

function describeChar(ch: string): { what: string; fix: string } {
	const code = ch.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	if (ch === '\r') return { what: 'a carriage return (Windows line ending)', fix: 'Save the file with LF (Unix) line endings' };
	if (ch === '\ufeff') return { what: 'a byte-order mark', fix: 'Save the file as UTF-8 without a BOM' };
	if (code === 0) return { what: 'a NUL byte', fix: 'Remove it' };
	if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f)
		return { what: `an invisible text-direction control (${hex})`, fix: 'Remove it; it can make text display differently from what is checked' };
	return { what: `the invisible control character ${hex}`, fix: 'Remove it' };
}

/** Reads a file as strict UTF-8 text, or says why it cannot be accepted. */
export function readText(full: string, file: string, size: number): { text: string } | { problem: Finding } {
	if (size > MAX_BYTES) {
		return { problem: finding(file, `is ${Math.round(size / 1000)} KB, over the ${MAX_BYTES / 1000} KB limit for one file. Split it into smaller pages or entries.`) };
	}
	let bytes: Buffer;
	try {
		bytes = readFileSync(full);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		return { problem: finding(file, `cannot be read (${code}). Make it a readable ordinary file (for example chmod 644).`) };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const lossy = new TextDecoder('utf-8').decode(bytes);
		const line = lossy.slice(0, Math.max(0, lossy.indexOf('\ufffd'))).split('\n').length;
		return { problem: finding(file, `is not valid UTF-8 text (a byte sequence that is not UTF-8 on this line). Save the file as UTF-8.`, line) };
	}
	const bad = FORBIDDEN_CHAR.exec(text);
	if (bad) {
		const line = text.slice(0, bad.index).split('\n').length;
		const { what, fix } = describeChar(bad[0]);
		return { problem: finding(file, `contains ${what}. ${fix}.`, line) };
	}
	const lines = text.split('\n');
	const long = lines.findIndex((l) => l.length > MAX_LINE);
	if (long >= 0) {
		return { problem: finding(file, `has a line of ${lines[long]!.length} characters, over the ${MAX_LINE} limit. Break the line (a paragraph may span several lines).`, long + 1) };
	}
	return { text };
}

/**
 * How deeply a page nests brackets, JSX/HTML tags, block quotes and list items, counted on the raw text and
 * deliberately over-estimated. The MDX compiler recurses on nesting (and crashes the process past a few
 * thousand levels), so pages deeper than MAX_NESTING are refused before they reach it.
 */
export function nestingDepth(text: string): { depth: number; line: number } {
	let worst = { depth: 0, line: 1 };
	let brackets = 0;
	let tags = 0;
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') {
			line++;
			lineStart = i + 1;
			continue;
		}
		if (c === '{' || c === '(' || c === '[') brackets++;
		else if (c === '}' || c === ')' || c === ']') brackets = Math.max(0, brackets - 1);
		else if (c === '<') {
			if (text[i + 1] === '/') tags = Math.max(0, tags - 1);
			else if (/[A-Za-z]/.test(text[i + 1] ?? '')) tags++;
		} else if (c === '/' && text[i + 1] === '>') tags = Math.max(0, tags - 1);
		if (i === lineStart) {
			// Block quotes, list markers and indentation at the start of the line.
			const prefix = /^(?:[ \t]|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/.exec(text.slice(i, i + 4 * MAX_NESTING + 8))![0];
			const blocks = (prefix.match(/>|[-*+](?=[ \t])|\d{1,9}[.)]/g)?.length ?? 0) + Math.floor(prefix.replace(/[^ \t]/g, '').length / 4);
			if (blocks + brackets + tags > worst.depth) worst = { depth: blocks + brackets + tags, line };
		}
		if (brackets + tags > worst.depth) worst = { depth: brackets + tags, line };
	}
	return worst;
}

function entries(dir: string): Dirent[] | { error: string } {
	try {
		return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch (error) {
		return { error: (error as NodeJS.ErrnoException).code ?? 'error' };
	}
}

const kindOf = (d: Dirent) =>
	d.isSymbolicLink() ? 'symbolic link' : d.isDirectory() ? 'folder' : d.isFile() ? 'file' : 'special file (not an ordinary file)';

/** Walks content/ (never following links) and reads every page and data file it accepts. */
export function readContentFiles(root: string): ContentFiles {
	const out: ContentFiles = { files: [], refused: new Set(), findings: [] };
	const refuse = (file: string, text: string, line = 1) => {
		out.refused.add(file);
		out.findings.push(finding(file, text, line));
	};
	const accept = (full: string, file: string, kind: 'page' | 'data') => {
		let size: number;
		try {
			size = lstatSync(full).size;
		} catch (error) {
			refuse(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Make it a readable ordinary file.`);
			return;
		}
		const read = readText(full, file, size);
		if ('problem' in read) {
			out.refused.add(file);
			out.findings.push(read.problem);
			return;
		}
		{
			const { depth, line } = nestingDepth(read.text);
			if (depth > MAX_NESTING) {
				refuse(file, `nests brackets, tags, quotes or lists ${depth} levels deep, over the limit of ${MAX_NESTING}. Flatten the structure.`, line);
				return;
			}
		}
		out.files.push({ file, kind, text: read.text });
	};
	/** Anything that is not an ordinary file or folder with an accepted name. */
	const odd = (d: Dirent, file: string, expected: string): boolean => {
		if (d.isSymbolicLink()) {
			refuse(file, `is a symbolic link. Links are not allowed under content/: put the ${expected} itself here.`);
			return true;
		}
		if (!d.isFile() && !d.isDirectory()) {
			refuse(file, `is a ${kindOf(d)}. Only ${expected}s belong under content/.`);
			return true;
		}
		return false;
	};

	const contentDir = join(root, 'content');
	try {
		if (lstatSync(contentDir).isSymbolicLink()) {
			refuse('content', 'is a symbolic link. content/ must be a folder in the repository, not a link to one elsewhere.');
			return out;
		}
	} catch {
		return out;
	}
	const top = entries(contentDir);
	if ('error' in top) return out;
	const collections = new Set<string>(['docs', ...DATA_COLLECTIONS]);
	for (const d of top) {
		const file = `content/${d.name}`;
		if (odd(d, file, 'folder')) continue;
		if (!d.isDirectory() || !collections.has(d.name)) {
			refuse(file, `is not a content collection. content/ holds only the folders ${[...collections].join(', ')}; pages go in content/docs/ as .mdx files.`);
			continue;
		}
		if (d.name === 'docs') walkDocs(join(contentDir, 'docs'), 'content/docs', 1);
		else walkData(join(contentDir, d.name), file);
	}
	// Two files for one address (rules.mdx and rules/index.mdx): the build would keep only one, silently.
	const byRoute = new Map<string, string>();
	for (const f of out.files.filter((f) => f.kind === 'page')) {
		const route = f.file.replace(/^content\/docs\//, '').replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
		const other = byRoute.get(route);
		if (other) refuse(f.file, `would be served at the same address (/${route}${route ? '/' : ''}) as ${other}. Rename or move one of them.`);
		else byRoute.set(route, f.file);
	}
	out.files = out.files.filter((f) => !out.refused.has(f.file));
	return out;

	function walkDocs(dir: string, rel: string, depth: number): void {
		const list = entries(dir);
		if ('error' in list) {
			refuse(rel, `cannot be read (${list.error}). Make the folder readable.`);
			return;
		}
		for (const d of list) {
			const file = `${rel}/${d.name}`;
			if (odd(d, file, 'page')) continue;
			if (d.isDirectory()) {
				if (!NAME.test(d.name)) refuse(file, `has a folder name that is not lower-case letters, digits and single hyphens. Rename it, for example "supply-chain".`);
				else if (depth >= MAX_FOLDER_DEPTH) refuse(file, `is more than ${MAX_FOLDER_DEPTH} folders deep under content/docs/. Move its pages up.`);
				else walkDocs(join(dir, d.name), file, depth + 1);
				continue;
			}
			const m = /^(.*)\.mdx$/.exec(d.name);
			if (!m) {
				const why = d.name.endsWith('.md')
					? 'Pages must be .mdx: plain .md pages pass raw HTML through to readers. Rename it to .mdx'
					: 'Only pages (.mdx) belong in content/docs/; images and code files are not accepted. Remove it';
				refuse(file, `is not a page. ${why}.`);
				continue;
			}
			if (!NAME.test(m[1]!)) {
				refuse(file, `has a name that is not lower-case letters, digits and single hyphens. Rename it, for example "export-licences.mdx".`);
				continue;
			}
			accept(join(dir, d.name), file, 'page');
		}
	}

	function walkData(dir: string, rel: string): void {
		const list = entries(dir);
		if ('error' in list) {
			refuse(rel, `cannot be read (${list.error}). Make the folder readable.`);
			return;
		}
		for (const d of list) {
			const file = `${rel}/${d.name}`;
			if (odd(d, file, 'data file')) continue;
			const m = /^(.*)\.yaml$/.exec(d.name);
			if (d.isDirectory() || !m) {
				refuse(file, `is not a data file. ${rel}/ holds only .yaml files, one entry each. Remove it.`);
				continue;
			}
			if (!NAME.test(m[1]!)) {
				refuse(file, `has a name that is not lower-case letters, digits and single hyphens. Rename it, for example "usgs-mcs-2026.yaml".`);
				continue;
			}
			accept(join(dir, d.name), file, 'data');
		}
	}
}
