import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/integrity/load';
import { HOME_GROUPS, MEASURE_GROUPS } from '../../src/data/measure-groups';
import { groupParts, listNames } from '../../src/lib/status-groups';
import { measureSchema, type Measure } from '../../src/schemas/measures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const measures = new Map(
	loadContent(root)
		.data.filter((d) => d.collection === 'measures')
		.map((d) => [d.id, measureSchema.parse(d.data) as Measure]),
);

describe('measure groups (src/data/measure-groups.ts)', () => {
	it('put every measure in exactly one group, and name only measures that exist', () => {
		const listed = MEASURE_GROUPS.flatMap((g) => g.measures);
		expect([...listed].sort()).toEqual([...measures.keys()].sort());
		for (const g of MEASURE_GROUPS) for (const id of g.headline ?? []) expect(g.measures, `${g.id} headline ${id}`).toContain(id);
	});

	it('give the home page the four groups readers ask about, in order', () => {
		expect(HOME_GROUPS.map((g) => g.id)).toEqual(['cn-april-2025', 'cn-october-2025', 'cn-us-bans', 'us-rules']);
	});

	it('show a group whose members agree as one status, and a mixed group as one part per status', () => {
		const october = MEASURE_GROUPS.find((g) => g.id === 'cn-october-2025')!;
		const during = groupParts(october, measures, '2026-01-01');
		expect(during.map((p) => p.badge.text)).toEqual(['Suspended']);
		expect(during[0]!.period).toBe('7 November 2025 to 10 November 2026');
		const after = groupParts(october, measures, '2026-11-29');
		expect(after.map((p) => p.badge.text)).toEqual(['Not yet confirmed']);
		expect(after[0]!.period).toBe('Suspended from 7 November 2025 to 10 November 2026; what followed is not yet confirmed');
		const april = groupParts(MEASURE_GROUPS.find((g) => g.id === 'cn-april-2025')!, measures, '2026-11-29');
		expect(april[0]!.period).toBe('Since 4 April 2025');
		expect(april[0]!.lastConfirmed).toBe(measures.get('cn-2025-18')!.lastVerified);
	});

	it('write a run of announcements as "Nos. …"', () => {
		expect(listNames(['No. 55 (2025)', 'No. 56 (2025)', 'No. 61 (2025)'])).toBe('Nos. 55, 56 and 61 (2025)');
		expect(listNames(['No. 18 (2025)'])).toBe('No. 18 (2025)');
		expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
