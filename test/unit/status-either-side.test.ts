/**
 * Statuses read for two build dates either side of 10 November 2026, the end of the suspension under
 * Announcement No. 70: on 1 November 2026 the October 2025 package (No. 57) is suspended until that date, in
 * the present tense; on 29 November 2026 the sentence says the suspension ran until that date and that what
 * followed is not confirmed. SITE_DATE sets the build date (today() in src/lib/dates.ts) the pages read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { loadContent } from '../../src/lib/integrity/load';
import { measureSchema, type Measure } from '../../src/schemas/measures';
import { statusOn } from '../../src/lib/status';
import { statusSentence } from '../../src/lib/status-table';
import { today } from '../../src/lib/dates';
import { root } from '../support/dist';

const schema: z.ZodType<Measure> = measureSchema;
const measures = new Map(
	loadContent(root)
		.data.filter((d) => d.collection === 'measures')
		.map((d) => [d.id, schema.parse(d.data)]),
);
const saved = process.env['SITE_DATE'];
afterEach(() => {
	if (saved === undefined) delete process.env['SITE_DATE'];
	else process.env['SITE_DATE'] = saved;
});

/** What a page built with SITE_DATE=`date` says about measure `id`. */
function builtFor(date: string, id: string) {
	process.env['SITE_DATE'] = date;
	const m = measures.get(id)!;
	const status = statusOn(m, today());
	return { status, sentence: statusSentence(m, status) };
}

describe.each([
	['cn-2025-57', 'suspended', /^Suspended until 10 November 2026 \(as of 8 November 2025\)\.$/],
	['cn-2025-70', 'in-force', /^In force until 10 November 2026 \(as of 8 November 2025\)\.$/],
])('%s either side of 10 November 2026', (id, before, beforeWords) => {
	it(`is ${before} until 10 November 2026, in the present tense, when built for 1 November 2026`, () => {
		const { status, sentence } = builtFor('2026-11-01', id);
		expect(status.kind).toBe('recorded');
		if (status.kind === 'recorded') expect(status.status).toBe(before);
		expect(sentence).toMatch(beforeWords);
	});

	it('is still so on the end date itself, 10 November 2026 (periods include their last day)', () => {
		expect(builtFor('2026-11-10', id).status.kind).toBe('recorded');
	});

	it('says, when built for 29 November 2026, what was confirmed and when, and never the old status in the present tense', () => {
		const { status, sentence } = builtFor('2026-11-29', id);
		expect(status.kind).toBe('unverified');
		if (status.kind === 'unverified') expect(status.endedOn).toBe('2026-11-10');
		expect(sentence).toContain('10 November 2026');
		expect(sentence).toContain('8 November 2025');
		expect(sentence).not.toContain('(as of');
		expect(sentence).toContain('confirmed on 8 November 2025');
		expect(sentence).toContain('what followed is not yet confirmed');
	});
});
