/**
 * Validates every data file against its collection's schema outside Astro, with messages that name
 * the file, the field and the fix (the schema's own message). Astro runs the same schemas during the
 * build; this lets tests and the content check report every problem at once, before any build.
 */
import type { z } from 'astro/zod';
import { DATA_SCHEMAS } from '../../schemas/index';
import type { ContentTree } from './load';

export { DATA_SCHEMAS };

export interface SchemaProblem {
	file: string;
	field: string;
	message: string;
}

export function checkSchemas(tree: ContentTree): SchemaProblem[] {
	const problems: SchemaProblem[] = [];
	for (const entry of tree.data) {
		const schema: z.ZodType = DATA_SCHEMAS[entry.collection];
		const result = schema.safeParse(entry.data);
		if (result.success) continue;
		for (const issue of result.error.issues) {
			const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(the whole file)';
			problems.push({ file: entry.file, field, message: `${entry.file}: ${field}: ${issue.message}` });
		}
	}
	return problems;
}
