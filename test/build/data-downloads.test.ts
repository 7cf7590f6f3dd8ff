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

beforeAll(requireDist);

const content = loadContent(root);

/** Each collection's entries as Astro stores them: the file's id plus the data after schema defaults. */
function expected(collection: (typeof DATA_COLLECTIONS)[number]) {
	const schema: z.ZodType = DATA_SCHEMAS[collection];
	return content.data
		.filter((d) => d.collection === collection)
		.map((d) => ({ id: d.id, ...(schema.parse(d.data) as object) }))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
}

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
