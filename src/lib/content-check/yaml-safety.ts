/**
 * Rule `yaml`: page frontmatter and data files are plain YAML — maps, lists, text, numbers, dates and true/false —
 * and their text holds no HTML tags (a page title reaches Starlight's <title> unescaped).
 * Anchors (&a), aliases (*a), merge keys (<<) and tags (!!binary, !custom) are refused: they let one value stand
 * for another, grow a small file into a huge one, or turn text into other types. The values themselves are read
 * with js-yaml, the parser Astro uses for both (see loadYaml), so the checks judge what the build gets.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, visit, isAlias, isScalar, isPair, type Node } from 'yaml';

export interface YamlProblem {
	line: number;
	text: string;
}

/** The YAML features refused in `source` (empty when it is plain YAML). `firstLine` is the line `source` starts on. */
export function yamlFeatures(source: string, firstLine = 1): YamlProblem[] {
	const counter = new LineCounter();
	const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
	const lineAt = (node: { range?: [number, number, number] | null } | null | undefined) =>
		(node?.range ? counter.linePos(node.range[0]).line : 1) + firstLine - 1;
	const problems: YamlProblem[] = [];
	for (const error of doc.errors) {
		problems.push({ line: error.linePos?.[0]?.line !== undefined ? error.linePos[0].line + firstLine - 1 : firstLine, text: `is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Fix the YAML.` });
	}
	if (problems.length) return problems;
	visit(doc, (_key, node) => {
		// An unquoted date js-yaml would read as a timestamp: it must be a real day, or the build would shift it.
		if (isScalar(node) && node.type === 'PLAIN' && node.range) {
			const text = source.slice(node.range[0], node.range[1]).trim();
			const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[Tt ])/.exec(text);
			if (m && !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
				problems.push({ line: lineAt(node as Node), text: `has the date ${text.split(/[Tt ]/)[0]}, which does not exist (YAML would silently read it as another day). Fix the date.` });
			}
		}
		// Text reaches pages in places that are not escaped as HTML (Starlight's <title>, for one): tags are refused.
		if (isScalar(node) && typeof node.value === 'string' && /<[A-Za-z/!?]/.test(node.value)) {
			const shown = node.value.length > 40 ? `${node.value.slice(0, 37)}…` : node.value;
			problems.push({ line: lineAt(node as Node), text: `holds HTML ("${shown}"). Values are plain text: write the words without tags.` });
		}
		if (isAlias(node)) problems.push({ line: lineAt(node as Node), text: `uses a YAML alias (*${node.source}). Write the value out in full.` });
		else if (isPair(node)) {
			if (isScalar(node.key) && node.key.value === '<<') problems.push({ line: lineAt(node.key), text: 'uses a YAML merge key (<<). Write the fields out in full.' });
		} else if (node && typeof node === 'object' && 'anchor' in node && (node as { anchor?: string }).anchor) {
			problems.push({ line: lineAt(node as Node), text: `uses a YAML anchor (&${(node as { anchor: string }).anchor}). Remove it and write values out in full.` });
		}
		// The yaml package sets `tag` only for a tag written in the source.
		if (node && typeof node === 'object' && 'tag' in node && (node as { tag?: string }).tag) {
			problems.push({ line: lineAt(node as Node), text: `uses a YAML tag (${(node as { tag: string }).tag}). Remove it: values are plain text, numbers, dates, true/false, lists and maps.` });
		}
	});
	return problems;
}

/**
 * Parses YAML with js-yaml, the parser Astro uses, for page frontmatter and data files alike. One difference, on
 * purpose: unquoted dates stay text (CORE_SCHEMA) instead of becoming Date objects, which the schemas turn back
 * into text anyway (src/schemas/common.ts); an impossible date such as 2025-02-30, which Astro's parser would
 * silently move to 2 March, is refused by yamlFeatures in the check and in the build.
 */
export function loadYaml(source: string): unknown {
	return load(source, { schema: CORE_SCHEMA });
}

/** True when YYYY-MM-DD names a real day. */
function isRealDay(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
