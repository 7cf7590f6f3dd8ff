/** The status tracker and the timeline, as a reader sees them in the built site. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { readDist, requireDist, root, textOf } from '../support/dist';
import { loadContent } from '../../src/lib/integrity/load';
import { measureSchema, type Measure } from '../../src/schemas/measures';
import { statusOn } from '../../src/lib/status';

beforeAll(requireDist);

const content = loadContent(root);
const schema: z.ZodType<Measure> = measureSchema;
const measures = new Map(content.data.filter((d) => d.collection === 'measures').map((d) => [d.id, schema.parse(d.data)]));
const kindOf = (m: Measure, date: string) => {
	const s = statusOn(m, date);
	return s.kind === 'recorded' ? s.status : s.kind;
};

describe('status tracker', () => {
	const html = () => readDist('rules/status-tracker/index.html');

	it('shows tables for the fixed dates 20 October 2025 and 1 January 2026, and for the build date', () => {
		const dates = [...html().matchAll(/data-status-date="([^"]+)"/g)].map((m) => m[1]);
		expect(dates).toEqual(expect.arrayContaining(['2025-10-20', '2026-01-01']));
		expect(dates.length).toBeGreaterThanOrEqual(3);
	});

	it('gives every measure in each table the status its data records for that date', () => {
		for (const table of html().split('<table class="status-table').slice(1)) {
			const date = /^[^>]*data-status-date="([^"]+)"/.exec(table)![1]!;
			const rows = [...table.split('</table>')[0]!.matchAll(/<tr data-measure="([^"]+)" data-status="([^"]+)"/g)];
			expect(rows.length).toBeGreaterThan(0);
			for (const [, id, shown] of rows) expect(`${id} on ${date}: ${shown}`).toBe(`${id} on ${date}: ${kindOf(measures.get(id!)!, date)}`);
		}
	});

	/** The tables for the build date: the grouped tracker, before the snapshots for earlier dates. */
	const mainTables = () => {
		const tables = html().split('<table class="status-table').slice(1);
		const buildDate = /^[^>]*data-status-date="([^"]+)"/.exec(tables[0]!)![1]!;
		return tables.filter((t) => /^[^>]*data-status-date="([^"]+)"/.exec(t)![1] === buildDate).map((t) => t.split('</table>')[0]!);
	};

	it('lists every measure in the data once, in the groups for the build date', () => {
		const ids = mainTables().flatMap((t) => [...t.matchAll(/<tr data-measure="([^"]+)"/g)].map((m) => m[1]));
		expect(ids.sort()).toEqual([...measures.keys()].sort());
	});

	it('puts the newest measure first in each group, and links to every group', () => {
		for (const table of mainTables()) {
			const ids = [...table.matchAll(/<tr data-measure="([^"]+)"/g)].map((m) => m[1]!);
			const dates = ids.map((id) => measures.get(id)!.announced);
			expect(dates, `order of ${ids.join(', ')}`).toEqual([...dates].sort().reverse());
		}
		const groups = [...html().matchAll(/<h3 id="([^"]+)" class="status-group-title[^"]*"/g)].map((m) => m[1]);
		expect(groups.length).toBeGreaterThanOrEqual(4);
		for (const id of groups) expect(html(), `a jump link to #${id}`).toContain(`href="#${id}"`);
	});

	it('says in words when a suspension has ended with no newer record', () => {
		const main = mainTables().join(' ');
		const buildDate = /^[^>]*data-status-date="([^"]+)"/.exec(main)![1]!;
		if (kindOf(measures.get('cn-2025-57')!, buildDate) === 'unverified') {
			expect(textOf(main)).toMatch(/Not yet confirmed .{0,200}Suspended from 7 November 2025 to 10 November 2026; what followed is not yet confirmed/);
			expect(textOf(main)).not.toMatch(/Unverified since/i);
		}
	});
});

describe('timeline', () => {
	const html = () => readDist('reference/timeline/index.html');

	it('lists every event, in date order', () => {
		const dates = [...html().matchAll(/<li class="timeline-event[^"]*" id="event-[^"]+" data-jurisdiction="[^"]+" data-date="([^"]+)"/g)].map((m) => m[1]!);
		expect(dates.length).toBe(content.data.filter((d) => d.collection === 'events').length);
		expect(dates).toEqual([...dates].sort());
	});

	it('cites a source for every event', () => {
		const events = html().split('<li class="timeline-event').slice(1);
		const uncited = events.filter((e) => !e.includes('data-cite=')).map((e) => /id="([^"]+)"/.exec(e)?.[1]);
		expect(uncited).toEqual([]);
	});
});

describe('original Chinese titles on the Chinese status tracker', () => {
	const labels = { official: '原文标题：', copy: '原文标题（据官方页面的转载）：', reports: '原文标题（据中文报道，未与官方页面核对）：' } as const;

	it('labels each title by where it was read: the official page, a copy of it, or news reports', () => {
		const html = readDist('zh-cn/rules/status-tracker/index.html');
		const tables = html.split('<table class="status-table').slice(1).map((t) => t.split('</table>')[0]!).join('');
		let checked = 0;
		for (const [, id, row] of tables.matchAll(/<tr data-measure="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
			const m = measures.get(id!)!;
			if (m.jurisdiction !== 'CN' || !m.originalTitle) continue;
			const text = textOf(row!);
			expect(text, `${id}: originalTitleFrom ${m.originalTitleFrom}`).toContain(`${labels[m.originalTitleFrom!]}`);
			for (const [from, label] of Object.entries(labels)) if (from !== m.originalTitleFrom) expect(text, id).not.toContain(label);
			checked++;
		}
		expect(checked).toBeGreaterThan(5);
	});
});
