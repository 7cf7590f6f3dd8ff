/**
 * Finds the ids an entry refers to by walking the entry's data along its schema: a value counts as a
 * reference exactly when the schema made it with `ref(collection)` (src/schemas/common.ts). Field names
 * mean nothing here, so a field called `source` that holds prose is not an id, and a new field made with
 * `ref()` is checked without touching this file.
 */
import type { z } from 'astro/zod';
import { referenceOf, type RefTarget } from '../../schemas/common';

export interface FoundReference {
	/** Field path in the entry, e.g. `statusHistory[1].by` or `sources[0]`. */
	path: string;
	id: string;
	collection: RefTarget;
}

/** The parts of a Zod 4 schema definition this walk reads. */
interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	catchall?: z.ZodType;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	options?: z.ZodType[];
	left?: z.ZodType;
	right?: z.ZodType;
	items?: z.ZodType[];
	rest?: z.ZodType | null;
	valueType?: z.ZodType;
	getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export function findReferences(schema: z.ZodType, data: unknown, path = ''): FoundReference[] {
	const found: FoundReference[] = [];
	walk(schema, data, path, found);
	return found;
}

function walk(schema: z.ZodType, data: unknown, path: string, found: FoundReference[]): void {
	const collection = referenceOf(schema);
	if (collection) {
		if (typeof data === 'string') found.push({ path, id: data, collection });
		return;
	}
	const def = defOf(schema);
	switch (def.type) {
		case 'object': {
			if (!data || typeof data !== 'object' || Array.isArray(data)) return;
			const record = data as Record<string, unknown>;
			for (const [key, value] of Object.entries(record)) {
				const field = def.shape?.[key] ?? def.catchall;
				if (field) walk(field, value, join(path, key), found);
			}
			return;
		}
		case 'array':
			if (Array.isArray(data)) data.forEach((item, i) => walk(def.element!, item, join(path, i), found));
			return;
		case 'tuple':
			if (Array.isArray(data)) data.forEach((item, i) => {
				const item_ = def.items?.[i] ?? def.rest;
				if (item_) walk(item_, item, join(path, i), found);
			});
			return;
		case 'record':
			if (data && typeof data === 'object') for (const [key, value] of Object.entries(data)) walk(def.valueType!, value, join(path, key), found);
			return;
		case 'union':
			// Only the options the value actually fits can say what it refers to.
			for (const option of def.options ?? []) if (option.safeParse(data).success) walk(option, data, path, found);
			return;
		case 'intersection':
			walk(def.left!, data, path, found);
			walk(def.right!, data, path, found);
			return;
		case 'pipe':
			walk(def.in!, data, path, found);
			walk(def.out!, data, path, found);
			return;
		case 'lazy':
			walk(def.getter!(), data, path, found);
			return;
		default:
			if (def.innerType) walk(def.innerType, data, path, found);
	}
}
