import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import {
	DOWNLOADS,
	DOWNLOAD_NAMES,
	columnsFor,
	downloadFor,
	entryRows,
	expandRowPeriods,
	fieldRows,
	jsonSchemaFor,
	productionRows,
	toCsvText,
	toJsonText,
	typeLabel,
	UNPUBLISHED_COLLECTIONS,
	type ProductionEditionLike,
} from '../../src/lib/data-downloads';
import { cellText } from '../../src/lib/csv';
import { parseCsvRecords } from '../support/csv';
import { loadContent } from '../../src/lib/integrity/load';
import { DATA_SCHEMAS } from '../../src/lib/integrity/schemas';
import { DATA_COLLECTIONS } from '../../src/lib/collections';

const project = fileURLToPath(new URL('../../', import.meta.url));
const production = JSON.parse(readFileSync(new URL('../../src/data/production.json', import.meta.url), 'utf8')) as ProductionEditionLike[];

/** Entries of one collection as getCollection would give them: the id and the schema's parsed data. */
function entries(collection: (typeof DATA_COLLECTIONS)[number]) {
	return loadContent(project)
		.data.filter((d) => d.collection === collection)
		.map((d) => ({ id: d.id, data: (DATA_SCHEMAS as Record<string, { parse(v: unknown): unknown }>)[collection]!.parse(d.data) as object }));
}

describe('the list of downloads', () => {
	it('covers every data collection plus the production table', () => {
		expect(UNPUBLISHED_COLLECTIONS, 'register these collections\' schemas in DATA_SCHEMAS (src/lib/integrity/schemas.ts)').toEqual([]);
		expect([...DOWNLOAD_NAMES].sort()).toEqual([...DATA_COLLECTIONS, 'production'].sort());
	});

	it('fails clearly for an unknown download', () => {
		expect(() => downloadFor('nope')).toThrow(/No data download "nope"/);
	});
});

describe('field descriptions', () => {
	for (const download of DOWNLOADS) {
		it(`${download.name}: every top-level field has a type and the schema's own description`, () => {
			const rows = fieldRows(download);
			const schemaFields = Object.keys(download.schema.shape);
			const top = rows.filter((r) => !r.field.includes('.') && !r.field.includes('['));
			expect(top.map((r) => r.field)).toEqual(download.hasId ? ['id', ...schemaFields] : schemaFields);
			for (const row of rows) {
				expect(row.description, `${download.name}.${row.field} has no description`).not.toBe('');
				expect(row.type).not.toBe('any');
			}
			for (const field of schemaFields) {
				// zod keeps a description on the wrapper (.default/.optional) or on the inner schema; either is the schema's text.
				const shape = download.schema.shape as Record<string, { description?: string; unwrap?: () => { description?: string } }>;
				const own = shape[field]!.description ?? shape[field]!.unwrap?.().description;
				if (own) expect(top.find((r) => r.field === field)!.description).toBe(own);
			}
		});
	}

	it('lists the fields of nested lists of objects', () => {
		const fields = fieldRows(downloadFor('measures')).map((r) => r.field);
		expect(fields).toContain('statusHistory[].status');
		expect(fields).toContain('statusHistory[].until');
	});

	it('marks fields with defaults and optional fields as not required', () => {
		const terms = Object.fromEntries(fieldRows(downloadFor('terms')).map((r) => [r.field, r.required]));
		expect(terms).toMatchObject({ id: true, term: true, short: true, aliases: false, note: false, sources: false });
	});

	it('names types in plain words', () => {
		expect(typeLabel({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })).toBe('date (YYYY-MM-DD)');
		expect(typeLabel({ type: 'array', items: { type: 'string' } })).toBe('list of text');
		expect(typeLabel({ anyOf: [{ type: 'number' }, { type: 'null' }] })).toBe('number (or empty)');
		expect(typeLabel({ type: 'string', enum: ['light', 'heavy'] })).toBe('one of: light, heavy');
	});
});

describe('JSON Schema files', () => {
	it('describe rows with the id column first and required', () => {
		const schema = jsonSchemaFor(downloadFor('sources'), 'https://example.org/base/');
		expect(schema['$id']).toBe('https://example.org/base/data/sources.schema.json');
		expect(Object.keys(schema['properties'] as object)[0]).toBe('id');
		expect(schema['required']).toContain('id');
		expect(schema['additionalProperties']).toBe(false);
	});

	it('say what the production JSON holds, since it is not the CSV rows', () => {
		expect(String(jsonSchemaFor(downloadFor('production'))['description'])).toMatch(/one object per USGS edition/);
	});
});

describe('rows', () => {
	it('put the id first and sort entries by id', () => {
		const rows = entryRows([
			{ id: 'b', data: { term: 'B' } },
			{ id: 'a', data: { term: 'A' } },
		]);
		expect(rows).toEqual([
			{ id: 'a', term: 'A' },
			{ id: 'b', term: 'B' },
		]);
	});

	it('flatten production.json to one row per edition, table and country', () => {
		const rows = productionRows(production);
		const expected = production.reduce((n, e) => {
			for (const t of ['mineProduction', 'reserves', 'mineProductionPreviousYear', 'mineProductionPreviousYearRevised'])
				n += Object.keys((e[t] as object | undefined) ?? {}).length;
			return n;
		}, 0);
		expect(rows).toHaveLength(expected);
		const china2025 = rows.find((r) => r['edition'] === production[0]!.edition && r['table'] === 'mineProduction' && r['country'] === 'China');
		expect(china2025).toMatchObject({ year: production[0]!.year, value: (production[0]!['mineProduction'] as Record<string, number>)['China'] });
		const previous = rows.find((r) => String(r['table']).startsWith('mineProductionPreviousYear'));
		expect(previous?.['year']).toBe(production.find((e) => e.edition === previous?.['edition'])!.previousYear);
	});
});

describe('downloads of the real content', () => {
	for (const collection of DATA_COLLECTIONS.filter((c) => !UNPUBLISHED_COLLECTIONS.includes(c))) {
		it(`${collection}: JSON parses back to the entries and the CSV has one matching line per entry`, () => {
			const download = downloadFor(collection);
			const source = entries(collection);
			const rows = entryRows(source);
			expect(JSON.parse(toJsonText(rows))).toEqual(JSON.parse(JSON.stringify(rows)));
			const csv = parseCsvRecords(toCsvText(download, rows));
			expect(csv).toHaveLength(source.length);
			const columns = columnsFor(download);
			csv.forEach((line, i) => {
				for (const column of columns) expect(line[column], `${collection} ${rows[i]!['id']} ${column}`).toBe(cellText(rows[i]![column]));
			});
		});
	}

	it('production: the CSV round-trips every value', () => {
		const rows = productionRows(production);
		const csv = parseCsvRecords(toCsvText(downloadFor('production'), rows));
		expect(csv.map((r) => Number(r['value']))).toEqual(rows.map((r) => r['value']));
	});
});

describe('period templates in the downloads', () => {
	const no70 = { statusHistory: [{ status: 'in-force' as const, from: '2025-11-07', until: '2026-11-10', sources: ['s'] }] };
	const rows = [
		{
			id: 'content-threshold',
			china: { text: 'It was suspended: the suspension {{period:cn-2025-70|runs|ran}}.' },
			zh: { china: '但在2025年11月7日被{{period:cn-2025-70|暂停实施|暂停实施}}。' },
		},
	];
	it('are expanded with the words a page shows on the build date, English in English and `zh` text in Chinese', () => {
		const [after] = expandRowPeriods(rows, () => no70, '2026-11-29');
		expect(after).toEqual({
			id: 'content-threshold',
			china: { text: 'It was suspended: the suspension ran until 10 November 2026; what followed is not yet confirmed.' },
			zh: { china: '但在2025年11月7日被暂停实施，期限至2026年11月10日；该期限已过，此后的情况尚未确认。' },
		});
		expect(JSON.stringify(after)).not.toContain('{{period:');
		const [before] = expandRowPeriods(rows, () => no70, '2026-01-01');
		expect((before!['china'] as { text: string }).text).toBe('It was suspended: the suspension runs until 10 November 2026.');
	});
	it('leave no template in any collection as built from the content', () => {
		const tree = loadContent(project);
		const measures = new Map(tree.data.filter((d) => d.collection === 'measures').map((d) => [d.id, d.data as { statusHistory: [] }]));
		for (const name of ['comparisons', 'claims', 'events']) {
			const entries = tree.data.filter((d) => d.collection === name).map((d) => ({ id: d.id, data: d.data as object }));
			expect(JSON.stringify(expandRowPeriods(entryRows(entries), (id) => measures.get(id), '2026-11-29')), name).not.toContain('{{period:');
		}
	});
});
