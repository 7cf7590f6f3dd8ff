/**
 * Rules `unknown-id` and `schema`: every citation, figure, term and measure id must exist
 * (src/lib/integrity/check.ts, which the build also runs) and every data entry must have the fields its
 * schema requires, with valid values (src/lib/integrity/schemas.ts, the same schemas Astro uses).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkIntegrity } from '../integrity/check';
import type { ContentTree } from '../integrity/load';
import { checkSchemas, DATA_SCHEMAS } from '../integrity/schemas';
import type { Finding } from './finding';
import { lineOfField, parseFieldPath } from './yaml-lines';

/** The schema's own description of a top-level field, to say what a missing field holds. */
export function describeField(collection: keyof typeof DATA_SCHEMAS, key: string | number | undefined): string | undefined {
	const shape = (DATA_SCHEMAS[collection] as unknown as { shape?: Record<string, { description?: string }> }).shape;
	return typeof key === 'string' ? shape?.[key]?.description : undefined;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
	let value: unknown = data;
	for (const key of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
	return value;
}

export function checkReferences(tree: ContentTree): Finding[] {
	const findings: Finding[] = [];
	const texts = new Map<string, string>();
	const textOf = (file: string) => {
		if (!texts.has(file)) texts.set(file, readFileSync(join(tree.root, file), 'utf8'));
		return texts.get(file)!;
	};
	for (const e of tree.parseErrors) {
		findings.push({ file: e.file, line: 1, rule: 'schema', severity: 'error', text: `${e.message}. Fix the YAML syntax (indentation, a missing colon, or quotes around text that contains ": ").` });
	}
	for (const p of checkIntegrity(tree)) {
		const line = p.line ?? lineOfField(textOf(p.file), parseFieldPath(p.field));
		const text = p.message.slice(p.message.indexOf(': ') + 2);
		findings.push({ file: p.file, line, rule: 'unknown-id', severity: 'error', text });
	}
	const entries = new Map(tree.data.map((d) => [d.file, d]));
	for (const p of checkSchemas(tree)) {
		const path = parseFieldPath(p.field === '(the whole file)' ? '' : p.field);
		const line = lineOfField(textOf(p.file), path);
		const reason = p.message.slice(`${p.file}: ${p.field}: `.length);
		const { collection, data } = entries.get(p.file)!;
		let text: string;
		if (path.length > 0 && valueAt(data, path) === undefined) {
			const key = path[path.length - 1];
			const described = path.length === 1 ? describeField(collection, key) : undefined;
			text = `the required field "${p.field}" is missing. Add a line "${String(key)}: …"${described ? ` — ${described}` : ` (see its description in src/schemas/${collection}.ts)`}`;
		} else {
			text = `${p.field}: ${reason.replace(/\.?$/, '.')} See the field's description in src/schemas/${collection}.ts.`;
		}
		findings.push({ file: p.file, line, rule: 'schema', severity: 'error', text: text.replace(/\.?$/, '.') });
	}
	return findings;
}
