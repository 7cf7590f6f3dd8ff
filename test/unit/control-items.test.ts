/** The control lists in content/control-items/: counts drawn from data, and what counts toward 0.1%. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { loadContent } from '../../src/lib/integrity/load';
import { controlItemSchema, type ControlItem } from '../../src/schemas/control-items';
import { elementsOf, itemsOf, thresholdItems } from '../../src/lib/control-items';
import { root } from '../support/dist';

const schema: z.ZodType<ControlItem> = controlItemSchema;
const items = loadContent(root)
	.data.filter((d) => d.collection === 'control-items')
	.map((d) => ({ id: d.id, data: schema.parse(d.data) }));

describe('control items', () => {
	it('count toward 0.1% only in No. 61, Annex 1, Part I, and all of Part I does', () => {
		const partI = itemsOf(items, 'cn-2025-61', 'Annex 1, Part I');
		expect(thresholdItems(items).map((i) => i.id)).toEqual(partI.map((i) => i.id));
		expect(items.filter((i) => i.data.countsTowardThreshold && i.data.part !== 'Annex 1, Part I')).toEqual([]);
	});

	it('list thirteen Part I items, as the reports of the annex do', () => {
		expect(thresholdItems(items)).toHaveLength(13);
	});

	it('leave neodymium and praseodymium out of what counts toward 0.1%, and involve only No. 18 elements there', () => {
		const counted = elementsOf(thresholdItems(items));
		expect(counted).not.toContain('neodymium');
		expect(counted).not.toContain('praseodymium');
		const april = new Set(elementsOf(itemsOf(items, 'cn-2025-18')));
		expect(counted.filter((e) => !april.has(e))).toEqual([]);
	});

	it('cover the seven April elements in No. 18 and the five October elements in No. 57', () => {
		expect(elementsOf(itemsOf(items, 'cn-2025-18')).sort()).toEqual(['dysprosium', 'gadolinium', 'lutetium', 'samarium', 'scandium', 'terbium', 'yttrium']);
		expect(elementsOf(itemsOf(items, 'cn-2025-57')).sort()).toEqual(['erbium', 'europium', 'holmium', 'thulium', 'ytterbium']);
	});

	it('model No. 46 as its articles, Article 1 apart from Article 2', () => {
		expect(new Set(itemsOf(items, 'cn-2024-46').map((i) => i.data.part))).toEqual(new Set(['Article 1', 'Article 2']));
	});

	it('say so whenever the text was not seen', () => {
		expect(items.filter((i) => !i.data.annexSeen && !i.data.seenNote).map((i) => i.id)).toEqual([]);
	});

	it('rejects an entry that claims to count toward 0.1% outside No. 61', () => {
		const bad = controlItemSchema.safeParse({ measure: 'cn-2025-18', part: 'Item 1', order: 1, description: 'Samarium metal', countsTowardThreshold: true, annexSeen: true, sources: ['s'] });
		expect(bad.success).toBe(false);
		expect(JSON.stringify(bad.error?.issues)).toContain("Only items of No. 61's Annex 1 Part I count toward the 0.1% threshold");
	});
});
