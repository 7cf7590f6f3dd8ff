import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkSchemas } from '../../src/lib/integrity/schemas';
import { loadContent } from '../../src/lib/integrity/load';
import { DATA_SCHEMAS } from '../../src/lib/integrity/schemas';
import { z } from 'astro/zod';

const fixture = fileURLToPath(new URL('../fixtures/bad-schema/', import.meta.url));
const project = fileURLToPath(new URL('../../', import.meta.url));

describe('collection schemas', () => {
	it('accept every data file in the site', () => {
		expect(checkSchemas(loadContent(project)).map((p) => p.message)).toEqual([]);
	});

	it('name the file, the field and the fix for a bad entry', () => {
		const messages = checkSchemas(loadContent(fixture)).map((p) => p.message);
		expect(messages).toContain('content/sources/missing-kind.yaml: published: This is not a real calendar date; check the month and day.');
		expect(messages.some((m) => m.startsWith('content/sources/missing-kind.yaml: kind: '))).toBe(true);
		expect(messages).toContain(
			'content/measures/out-of-order.yaml: statusHistory[1].from: Status periods must be in date order: move this period after the one that starts later.',
		);
	});

	it('describe every field, so the data downloads and guides can explain them', () => {
		const undescribed: string[] = [];
		for (const [name, schema] of Object.entries(DATA_SCHEMAS)) {
			const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }> };
			for (const [field, def] of Object.entries(json.properties ?? {})) if (!def.description) undescribed.push(`${name}.${field}`);
		}
		expect(undescribed).toEqual([]);
	});
});
