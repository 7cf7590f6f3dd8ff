/**
 * Shapes the site's data for the downloads at /data/<name>.json, .csv and .schema.json, and describes
 * each field from the schemas' own `.describe()` texts. Pure code (no astro:content), so it can be
 * unit-tested; src/data/downloads.ts feeds it the collections at build time.
 */
import { z } from 'astro/zod';
import { toCsv, type CsvRecord } from './csv';
import { DATA_COLLECTIONS, type DataCollectionName } from './collections';
import { DATA_SCHEMAS } from './integrity/schemas';
import { expandPeriods } from './periods';
import type { Measure } from '../schemas/measures';

/** The production table (src/data/production.json) flattened to one row per edition, table and country. */
export const productionRowSchema = z
	.object({
		edition: z.string().describe('The USGS Mineral Commodity Summaries edition the value comes from, e.g. "MCS 2026".'),
		table: z
			.enum(['mineProduction', 'reserves', 'mineProductionPreviousYear', 'mineProductionPreviousYearRevised'])
			.describe('Which table of the edition: mineProduction (mine production in the data year), reserves, or the previous year\'s mine production as that edition printed it (mineProductionPreviousYearRevised when USGS revised it).'),
		year: z.number().int().describe('The year the value describes (the data year, not the year of publication).'),
		country: z.string().describe('Country as USGS names it, or a total row such as "World total (rounded)" or "Other countries".'),
		value: z.number().describe('The value in `unit`. USGS prints a dash for zero; those are 0 here. Countries USGS gives as "NA" are left out.'),
		unit: z.string().describe('Unit of `value`; "tonnes REO" means tonnes of rare-earth oxide equivalent.'),
		source: z.string().describe('The publication the edition comes from, with its address and how it was read.'),
	})
	.strict();

/** Field descriptions shared by every collection download: the id column. */
const ID_DESCRIPTION = "The entry's id: its file name without .yaml. Other entries and the site's pages refer to it by this id.";

export interface Download {
	/** The slug in the file names: /data/<name>.json, .csv, .schema.json. */
	name: string;
	/** Heading on the Data downloads page. */
	title: string;
	/** What one row is. */
	rowIs: string;
	schema: z.ZodObject;
	/** Whether rows carry an `id` column (the collections do; the production table does not). */
	hasId: boolean;
	/** Set when the JSON file is not simply the CSV's rows: what it holds instead. */
	jsonShape?: string;
}

/** Headings and row descriptions for the page; a collection added later gets a plain default until it is listed here. */
const META: Record<string, { title: string; rowIs: string }> = {
	elements: { title: 'Elements', rowIs: 'one of the 17 rare-earth elements' },
	measures: { title: 'Measures', rowIs: 'one legal act (a Chinese announcement, a US rule, an allied regulation) with its status history' },
	events: { title: 'Timeline events', rowIs: 'one dated event on the timeline' },
	figures: { title: 'Figures', rowIs: 'one headline number with its year and source' },
	sources: { title: 'Sources', rowIs: 'one cited work' },
	terms: { title: 'Glossary terms', rowIs: 'one glossary term' },
	changes: { title: 'What changed', rowIs: 'one dated change to the site: what changed, on which pages, why, with sources for changes of fact' },
	'control-items': { title: 'Control lists', rowIs: 'one item a Chinese export-control announcement lists (annex line, control code or article), with its Chinese wording and reference HS codes where seen' },
	claims: { title: 'Claims checked', rowIs: 'one often-repeated claim about the rules, with a verdict, an explanation and the sources that settle it' },
	comparisons: { title: 'Side-by-side comparisons', rowIs: 'one mechanism compared across the US chip controls and China\'s rare-earth rules, with each side\'s text, acts and sources' },
};

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const schemaOf = (name: string) => (DATA_SCHEMAS as Partial<Record<string, z.ZodType>>)[name];

/**
 * Collections registered in src/lib/collections.ts whose schema is missing from DATA_SCHEMAS
 * (src/lib/integrity/schemas.ts), so they cannot be published yet. A unit test keeps this empty.
 */
export const UNPUBLISHED_COLLECTIONS: readonly string[] = DATA_COLLECTIONS.filter((name) => !(schemaOf(name) instanceof z.ZodObject));

/** Every data collection registered in src/lib/collections.ts (with its schema from the integrity registry), then the production table. */
export const DOWNLOADS: readonly Download[] = [
	...DATA_COLLECTIONS.filter((name) => !UNPUBLISHED_COLLECTIONS.includes(name)).map((name): Download => {
		const meta = META[name] ?? { title: titleCase(name), rowIs: `one entry of the ${name} collection` };
		return { name, ...meta, schema: schemaOf(name) as z.ZodObject, hasId: true };
	}),
	{
		name: 'production',
		title: 'Mine production and reserves (USGS)',
		rowIs: 'one value from a USGS table: an edition, a table, a year and a country',
		schema: productionRowSchema,
		hasId: false,
		jsonShape:
			"The JSON file is src/data/production.json as it stands: one object per USGS edition, with the tables keyed by country and USGS's notes. The CSV flattens it to one row per value, with the fields below.",
	},
];

export type DownloadName = DataCollectionName | 'production';
export const DOWNLOAD_NAMES = DOWNLOADS.map((d) => d.name) as DownloadName[];

export function downloadFor(name: string): Download {
	const d = DOWNLOADS.find((x) => x.name === name);
	if (!d) throw new Error(`No data download "${name}"; known: ${DOWNLOAD_NAMES.join(', ')}.`);
	return d;
}

/** JSON Schema of a download's rows (zod 4's converter, input side: defaults are shown, optional fields are optional). */
export function jsonSchemaFor(download: Download, siteUrl?: string): Record<string, unknown> {
	const schema = z.toJSONSchema(download.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
	const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
	const required = (schema['required'] ?? []) as string[];
	const out: Record<string, unknown> = {
		$schema: schema['$schema'],
		...(siteUrl ? { $id: new URL(`data/${download.name}.schema.json`, siteUrl).href } : {}),
		title: download.title,
		description: download.jsonShape
			? `One row of /data/${download.name}.csv: ${download.rowIs}. ${download.jsonShape}`
			: `One row of /data/${download.name}.json and of /data/${download.name}.csv: ${download.rowIs}.`,
		type: 'object',
		properties: download.hasId ? { id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: ID_DESCRIPTION }, ...properties } : properties,
		required: download.hasId ? ['id', ...required] : required,
		additionalProperties: false,
	};
	return out;
}

export interface FieldRow {
	/** Field name; nested fields as `statusHistory[].status`. */
	field: string;
	/** Readable type, e.g. "text", "list of text", "date (YYYY-MM-DD)", "one of: official, data". */
	type: string;
	required: boolean;
	description: string;
}

type JsonSchema = {
	type?: string | string[];
	enum?: unknown[];
	const?: unknown;
	pattern?: string;
	format?: string;
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	description?: string;
	default?: unknown;
	minimum?: number;
	maximum?: number;
};

const DATE_PATTERNS: Record<string, string> = {
	'^\\d{4}-\\d{2}-\\d{2}$': 'date (YYYY-MM-DD)',
	'^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$': 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
};

/** A readable name for a JSON Schema type. */
export function typeLabel(s: JsonSchema): string {
	const alternatives = s.anyOf ?? s.oneOf;
	if (alternatives) {
		const parts = alternatives.filter((a) => a.type !== 'null').map(typeLabel);
		const nullable = alternatives.some((a) => a.type === 'null');
		return `${parts.join(' or ')}${nullable ? ' (or empty)' : ''}`;
	}
	if (s.allOf?.length === 1) return typeLabel(s.allOf[0]!);
	if (s.enum) return `one of: ${s.enum.map(String).join(', ')}`;
	if (s.const !== undefined) return `always ${String(s.const)}`;
	const type = Array.isArray(s.type) ? s.type.filter((t) => t !== 'null') : s.type;
	const t = Array.isArray(type) ? type.join(' or ') : type;
	switch (t) {
		case 'string':
			if (s.pattern && DATE_PATTERNS[s.pattern]) return DATE_PATTERNS[s.pattern]!;
			if (s.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') return 'id';
			if (s.format === 'uri') return 'web address';
			return 'text';
		case 'integer':
			return 'whole number';
		case 'number':
			return 'number';
		case 'boolean':
			return 'true or false';
		case 'array':
			return `list of ${s.items ? plural(typeLabel(s.items)) : 'values'}`;
		case 'object':
			return 'object';
		default:
			return t ?? 'any';
	}
}

function plural(label: string): string {
	if (label === 'text' || label.startsWith('one of') || label.startsWith('date')) return label;
	if (label === 'id') return 'ids';
	if (label === 'object') return 'objects';
	if (label === 'web address') return 'web addresses';
	return label;
}

/** Every field of a download with its type and the schema's description, nested list items included. */
export function fieldRows(download: Download): FieldRow[] {
	const schema = jsonSchemaFor(download) as JsonSchema;
	const rows: FieldRow[] = [];
	const walk = (s: JsonSchema, prefix: string) => {
		const required = new Set(s.required ?? []);
		for (const [name, prop] of Object.entries(s.properties ?? {})) {
			const field = `${prefix}${name}`;
			const inner = prop.items?.properties ? prop.items : undefined;
			rows.push({
				field,
				type: inner ? 'list of objects' : typeLabel(prop),
				required: required.has(name) && prop.default === undefined,
				description: prop.description ?? inner?.description ?? '',
			});
			if (inner) walk(inner, `${field}[].`);
			else if (prop.properties) walk(prop, `${field}.`);
		}
	};
	walk(schema, '');
	return rows;
}

/** Top-level column names of a download, in schema order (id first where there is one). */
export function columnsFor(download: Download): string[] {
	return Object.keys((jsonSchemaFor(download)['properties'] ?? {}) as object);
}

/** Collection entries as download rows: `{ id, ...data }`, sorted by id so the files are stable. */
export function entryRows(entries: readonly { id: string; data: object }[]): CsvRecord[] {
	return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => ({ id: e.id, ...e.data }));
}

/**
 * Rows with every `{{period:<measure-id>|present|past}}` template (src/lib/periods.ts) expanded for `today`, with
 * the same wording the pages use: English text in English, text inside a `zh` object in Chinese. A download then
 * says what a reader of the page sees (past tense and "not yet confirmed" after an end date), not template syntax.
 */
export function expandRowPeriods(rows: readonly CsvRecord[], measures: (id: string) => Pick<Measure, 'statusHistory'> | undefined, today: string): CsvRecord[] {
	const walk = (value: unknown, locale: 'en' | 'zh-cn'): unknown => {
		if (typeof value === 'string') return value.includes('{{period:') ? expandPeriods(value, measures, today, locale) : value;
		if (Array.isArray(value)) return value.map((v) => walk(v, locale));
		if (value && typeof value === 'object' && !(value instanceof Date)) {
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k === 'zh' ? 'zh-cn' : locale)]));
		}
		return value;
	};
	return rows.map((row) => walk(row, 'en') as CsvRecord);
}

/** One edition of src/data/production.json (the shape the charts use). */
export interface ProductionEditionLike {
	source: string;
	edition: string;
	year: number;
	unit: string;
	previousYear?: number;
	[table: string]: unknown;
}

const PRODUCTION_TABLES = ['mineProduction', 'reserves', 'mineProductionPreviousYear', 'mineProductionPreviousYearRevised'] as const;

/** production.json flattened: one row per edition, table and country, in file order. */
export function productionRows(editions: readonly ProductionEditionLike[]): CsvRecord[] {
	const rows: CsvRecord[] = [];
	for (const e of editions) {
		for (const table of PRODUCTION_TABLES) {
			const values = e[table];
			if (!values || typeof values !== 'object') continue;
			const year = table.startsWith('mineProductionPreviousYear') ? (e.previousYear ?? e.year - 1) : e.year;
			for (const [country, value] of Object.entries(values as Record<string, unknown>)) {
				if (typeof value !== 'number') continue;
				rows.push({ edition: e.edition, table, year, country, value, unit: e.unit, source: e.source });
			}
		}
	}
	return rows;
}

/** The JSON download: the rows (or, for production, the file's own editions), pretty-printed, ending in a newline. */
export function toJsonText(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** The CSV download, columns in schema order. */
export function toCsvText(download: Download, rows: readonly CsvRecord[]): string {
	return toCsv(rows, columnsFor(download));
}
