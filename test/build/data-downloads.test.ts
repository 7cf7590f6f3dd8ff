/** The data a reader downloads from dist/data/ is exactly the site's content, in JSON and in CSV. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { readDist, requireDist, root } from '../support/dist';
import { loadContent } from '../../src/lib/integrity/load';
import { DATA_COLLECTIONS, DATA_SCHEMAS } from '../../src/schemas/index';
import { cellText } from '../../src/lib/csv';
import { parseCsvRecords } from '../support/csv';
import { expandRowPeriods } from '../../src/lib/data-downloads';
import type { Measure } from '../../src/schemas/measures';

beforeAll(requireDist);

const content = loadContent(root);

/** The date the site was built for, as its status tracker records it. */
const buildDate = () => /data-status-date="([^"]+)"/.exec(readDist('rules/status-tracker/index.html'))![1]!;
const measures = new Map(content.data.filter((d) => d.collection === 'measures').map((d) => [d.id, d.data as Measure]));

/**
 * Each collection's entries as Astro stores them: the file's id plus the data after schema defaults, with
 * `{{period:…}}` templates in text worded for the build date, as the pages word them.
 */
function expected(collection: (typeof DATA_COLLECTIONS)[number]) {
	const schema: z.ZodType = DATA_SCHEMAS[collection];
	const rows = content.data
		.filter((d) => d.collection === collection)
		.map((d) => ({ id: d.id, ...(schema.parse(d.data) as object) }))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	return expandRowPeriods(rows, (id) => measures.get(id), buildDate()) as typeof rows;
}

it('words dated periods as the pages do, never as {{period:…}} templates', () => {
	for (const collection of ['events', 'comparisons', 'claims']) {
		const text = readDist(`data/${collection}.json`) + readDist(`data/${collection}.csv`);
		expect(text, collection).not.toContain('{{period:');
	}
	expect(readDist('data/events.json')).toMatch(/Article 2 (is|was) suspended until 27 November 2026/);
});

describe.each(DATA_COLLECTIONS.map((c) => [c]))('data download: %s', (collection) => {
	it('JSON equals the collection', () => {
		expect(JSON.parse(readDist(`data/${collection}.json`))).toEqual(expected(collection));
	});

	it('CSV has one row per entry, with the same id and scalar fields', () => {
		const rows = parseCsvRecords(readDist(`data/${collection}.csv`));
		const entries = expected(collection);
		expect(rows.map((r) => r['id'])).toEqual(entries.map((e) => e.id));
		for (const [i, entry] of entries.entries()) {
			for (const [field, value] of Object.entries(entry)) {
				if (value === null || typeof value !== 'object') expect(rows[i]![field], `${collection}/${entry.id}.${field}`).toBe(cellText(value));
			}
		}
	});
});

describe('data download: production', () => {
	it('JSON equals the USGS production data the charts use', () => {
		const source = JSON.parse(readFileSync(join(root, 'src/data/production.json'), 'utf8'));
		expect(JSON.parse(readDist('data/production.json'))).toEqual(source);
	});
});
