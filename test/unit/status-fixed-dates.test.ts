/** The statuses readers see on the fixed dates the tracker is checked against, from the real measures data. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { loadContent } from '../../src/lib/integrity/load';
import { measureSchema, type Measure } from '../../src/schemas/measures';
import { statusOn } from '../../src/lib/status';
import { root } from '../support/dist';

const schema: z.ZodType<Measure> = measureSchema;
const measures = new Map(
	loadContent(root)
		.data.filter((d) => d.collection === 'measures')
		.map((d) => [d.id, schema.parse(d.data)]),
);
const kind = (id: string, date: string) => {
	const m = measures.get(id);
	if (!m) throw new Error(`no measure ${id} in content/measures/`);
	const s = statusOn(m, date);
	return s.kind === 'recorded' ? s.status : s.kind;
};

describe.each([
	// id, 20 October 2025, 1 January 2026, 22 November 2026
	['cn-2025-18', 'in-force', 'in-force', 'in-force'],
	['cn-2025-57', 'announced', 'suspended', 'unverified'],
	['cn-2025-61', 'partly-in-force', 'suspended', 'unverified'],
	['cn-2025-62', 'in-force', 'suspended', 'unverified'],
	['cn-2025-70', 'not-yet-issued', 'in-force', 'unverified'],
	['cn-2025-72', 'not-yet-issued', 'in-force', 'in-force'],
	['cn-2024-46', 'in-force', 'partly-suspended', 'partly-suspended'],
	['us-2025-09-29-affiliates-rule', 'in-force', 'suspended', 'unverified'],
])('%s', (id, oct2025, jan2026, nov2026) => {
	it(`is ${oct2025} on 20 October 2025`, () => expect(kind(id, '2025-10-20')).toBe(oct2025));
	it(`is ${jan2026} on 1 January 2026`, () => expect(kind(id, '2026-01-01')).toBe(jan2026));
	it(`is ${nov2026} on 22 November 2026`, () => expect(kind(id, '2026-11-22')).toBe(nov2026));
});
