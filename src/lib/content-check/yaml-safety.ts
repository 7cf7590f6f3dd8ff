/**
 * Rule `yaml`: page frontmatter and data files are plain YAML — maps, lists, text, numbers, dates and true/false.
 * Anchors (&a), aliases (*a), merge keys (<<) and tags (!!binary, !custom) are refused: they let one value stand
 * for another, grow a small file into a huge one, or turn text into other types. The values themselves are read
 * with js-yaml, the parser Astro uses for both (see loadYaml), so the checks judge what the build gets.
 */
import { load } from 'js-yaml';
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

/** Parses YAML as Astro does (js-yaml's load), for page frontmatter and data files alike. */
export function loadYaml(source: string): unknown {
	return load(source);
}
