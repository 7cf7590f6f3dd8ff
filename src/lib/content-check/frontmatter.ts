/**
 * Rule `frontmatter`: a page's frontmatter holds only the fields this site uses (pageFrontmatter in
 * src/schemas/docs.ts), as plain YAML. The frontmatter is found and read exactly as Astro's MDX integration does
 * (parseFrontmatter from @astrojs/internal-helpers, js-yaml), and the body that follows is what the MDX compiler
 * sees — with the frontmatter replaced by spaces, so lines and columns stay those of the file.
 */
// Astro's own frontmatter reader (a dependency of astro and @astrojs/mdx), so the check sees the same block.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { FRONTMATTER_EXCEPTIONS, pageFrontmatter, pageSidebar, REFUSED_FIELDS } from '../../schemas/docs';
import type { Finding } from './finding';
import { yamlFeatures } from './yaml-safety';

export interface PageParts {
	frontmatter: Record<string, unknown>;
	/** The MDX body as the compiler receives it (frontmatter blanked out with spaces). */
	body: string;
}

const ALLOWED = Object.keys(pageFrontmatter.shape);
const SIDEBAR_ALLOWED = Object.keys(pageSidebar.shape);

/** Splits a page as the build does and judges its frontmatter. `parts` is undefined when the page cannot be read. */
export function checkFrontmatter(file: string, text: string): { parts?: PageParts; findings: Finding[] } {
	const findings: Finding[] = [];
	const add = (line: number, message: string) => findings.push({ file, line, rule: 'frontmatter', severity: 'error', text: message });
	if (!text.startsWith('---\n')) {
		add(1, 'does not start with a frontmatter block. Put --- on the very first line, then title: …, then --- (YAML only; no blank lines or +++ before it).');
		return { findings };
	}
	let parsed: { frontmatter: Record<string, unknown>; rawFrontmatter: string; content: string };
	try {
		parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }) as typeof parsed;
	} catch (error) {
		const e = error as { mark?: { line?: number }; reason?: string; message: string };
		add((e.mark?.line ?? 0) + 1, `has frontmatter that is not valid YAML: ${(e.reason ?? e.message).split('\n')[0]}. Fix the YAML between the --- lines.`);
		return { findings };
	}
	const raw = parsed.rawFrontmatter;
	for (const p of yamlFeatures(raw, 1)) add(p.line, `frontmatter ${p.text}`);
	if (findings.length) return { findings };
	const data = parsed.frontmatter;
	const keyLine = (key: string, nested?: string) => {
		const lines = raw.split('\n');
		let i = lines.findIndex((l) => new RegExp(`^${escapeRe(key)}\\s*:`).test(l));
		if (nested && i >= 0) {
			const j = lines.slice(i + 1).findIndex((l) => new RegExp(`^\\s+${escapeRe(nested)}\\s*:`).test(l));
			if (j >= 0) i += j + 1;
		}
		return i >= 0 ? i + 1 : 1;
	};
	const excepted = new Set(FRONTMATTER_EXCEPTIONS[file] ?? []);
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		if (key in REFUSED_FIELDS && !excepted.has(key)) {
			add(keyLine(key), `the frontmatter field "${key}" is not allowed in pages: ${REFUSED_FIELDS[key]}. Remove it.`);
		} else if (!ALLOWED.includes(key) && !excepted.has(key)) {
			add(keyLine(key), `the frontmatter field "${key}" is not one this site uses. Pages may set only: ${ALLOWED.join(', ')}. Remove it (or fix its spelling).`);
		} else if (key === 'sidebar' && value && typeof value === 'object' && !Array.isArray(value)) {
			const sidebar: Record<string, unknown> = {};
			for (const [sub, subValue] of Object.entries(value)) {
				const field = `sidebar.${sub}`;
				if (field in REFUSED_FIELDS && !excepted.has(field)) add(keyLine(key, sub), `the frontmatter field "${field}" is not allowed in pages: ${REFUSED_FIELDS[field]}. Remove it.`);
				else if (!SIDEBAR_ALLOWED.includes(sub)) add(keyLine(key, sub), `the frontmatter field "${field}" is not one this site uses. The sidebar may set only: ${SIDEBAR_ALLOWED.join(', ')}. Remove it.`);
				else sidebar[sub] = subValue;
			}
			rest[key] = sidebar;
		} else if (ALLOWED.includes(key)) {
			rest[key] = value;
		}
	}
	const result = pageFrontmatter.safeParse(rest);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path.map(String);
			const field = path.join('.') || '(the frontmatter)';
			const description = describe(path);
			add(keyLine(path[0] ?? '', path[1]), `the frontmatter field "${field}" ${issue.message.replace(/^Invalid input: /, 'is invalid: ')}${description ? ` (${description})` : ''}. Fix it.`);
		}
	}
	return { parts: { frontmatter: data, body: parsed.content }, findings };
}

function describe(path: string[]): string | undefined {
	const shape = pageFrontmatter.shape as Record<string, { description?: string }>;
	if (path[0] === 'sidebar' && path[1]) return (pageSidebar.shape as Record<string, { description?: string }>)[path[1]]?.description;
	return path[0] ? shape[path[0]]?.description : undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
