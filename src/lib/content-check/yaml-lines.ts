/** Finds the line of a field in a YAML file, so data-entry messages can say `file:line`. */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** `statusHistory[1].by` → ['statusHistory', 1, 'by']. */
export function parseFieldPath(field: string): (string | number)[] {
	const path: (string | number)[] = [];
	for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
	return path;
}

/**
 * The 1-based line of the value at `path` (or of its key). When the field is missing, the line of the
 * nearest parent that exists (the first line for a top-level field).
 */
export function lineOfField(text: string, path: (string | number)[]): number {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
	let node: unknown = doc.contents;
	let line = 1;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
			if (!pair) break;
			const keyNode = pair.key as Node;
			if (keyNode.range) line = counter.linePos(keyNode.range[0]).line;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			if (item.range) line = counter.linePos(item.range[0]).line;
			node = item;
		} else break;
	}
	return line;
}
