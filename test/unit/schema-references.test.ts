import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ref, sourceIds } from '../../src/schemas/common';
import { findReferences } from '../../src/lib/integrity/references';
import { DATA_SCHEMAS } from '../../src/schemas/index';

describe('references declared by the schema', () => {
	it('finds a new field made with ref(), at any depth, whatever it is called', () => {
		const schema = z.object({
			basedOn: ref('figures').optional(),
			parts: z.array(z.object({ authority: ref('measures', 'The act that lists this part.'), sources: sourceIds })),
		});
		const found = findReferences(schema, { basedOn: 'china-share', parts: [{ authority: 'cn-2025-61', sources: ['usgs-mcs-2026'] }] });
		expect(found).toEqual([
			{ path: 'basedOn', id: 'china-share', collection: 'figures' },
			{ path: 'parts[0].authority', id: 'cn-2025-61', collection: 'measures' },
			{ path: 'parts[0].sources[0]', id: 'usgs-mcs-2026', collection: 'sources' },
		]);
	});

	it('ignores a field that merely shares a name with a reference field', () => {
		const schema = z.object({
			source: z.string().describe('Where the idea came from, in words.'),
			sources: z.array(z.string()),
			by: z.string(),
			related: z.array(z.string()),
		});
		expect(findReferences(schema, { source: 'A conversation', sources: ['notes'], by: 'someone', related: ['x'] })).toEqual([]);
	});

	it('keeps the mark through describe(), optional(), default() and min()', () => {
		const schema = z.object({ a: ref('terms').describe('A term.').optional(), b: z.array(ref('events')).min(1).default([]) });
		expect(findReferences(schema, { a: 'de-minimis', b: ['e1'] }).map((r) => `${r.path}→${r.collection}`)).toEqual(['a→terms', 'b[0]→events']);
	});

	it('knows every reference field of the real collections', () => {
		const measure = findReferences(DATA_SCHEMAS.measures, {
			statusHistory: [{ status: 'suspended', from: '2025-11-10', by: 'cn-2025-70', sources: ['s1'] }],
			sources: ['s2'],
		});
		expect(measure.map((r) => `${r.path}→${r.collection}`)).toEqual(['statusHistory[0].by→measures', 'statusHistory[0].sources[0]→sources', 'sources[0]→sources']);
	});
});
