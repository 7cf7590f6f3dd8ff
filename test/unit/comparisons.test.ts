import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { comparisonSchema } from '../../src/schemas/comparisons';
import { comparisonProblems, REQUIRED_MECHANISMS, sortComparisons, type ComparisonLike } from '../../src/lib/comparisons';

const root = new URL('../../', import.meta.url);
const dir = new URL('content/comparisons/', root);
const rows = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(new URL(f, dir), 'utf8')) as ComparisonLike }));
const idsIn = (collection: string) =>
	new Set(readdirSync(new URL(`content/${collection}/`, root)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')));

describe('comparison rows (content/comparisons)', () => {
	it('cover every required mechanism', () => {
		const ids = rows.map((r) => r.id);
		for (const id of REQUIRED_MECHANISMS) expect(ids, `missing content/comparisons/${id}.yaml`).toContain(id);
	});

	it('cite at least one source on each side of every row', () => {
		for (const { id, data } of rows) {
			expect(data.us.sources.length, `${id}: us.sources`).toBeGreaterThan(0);
			expect(data.china.sources.length, `${id}: china.sources`).toBeGreaterThan(0);
		}
	});

	it('pass the collection schema and the row checks', () => {
		for (const { id, data } of rows) {
			const result = comparisonSchema.safeParse(data);
			expect(result.success, `${id}: ${result.success ? '' : JSON.stringify(result.error.issues)}`).toBe(true);
		}
		expect(comparisonProblems(rows)).toEqual([]);
	});

	it('refer only to sources, measures and terms that exist', () => {
		const sources = idsIn('sources');
		const measures = idsIn('measures');
		const terms = idsIn('terms');
		for (const { id, data } of rows) {
			for (const side of [data.us, data.china]) {
				for (const s of side.sources) expect(sources.has(s), `${id}: source "${s}"`).toBe(true);
				for (const m of side.measures ?? []) expect(measures.has(m), `${id}: measure "${m}"`).toBe(true);
			}
			for (const t of data.terms ?? []) expect(terms.has(t), `${id}: term "${t}"`).toBe(true);
		}
	});
});

describe('comparisonProblems and sortComparisons', () => {
	const side = { text: 'Some text about the rule.', measures: [], sources: ['a-source'] };
	const row = (order: number) => ({ mechanism: 'M', order, question: 'A question?', us: side, china: side, difference: 'How they differ.' });

	it('reports a side without sources and a missing mechanism, naming the file', () => {
		const bad = [{ id: 'content-threshold', data: { ...row(1), china: { ...side, sources: [] } } }];
		const problems = comparisonProblems(bad);
		expect(problems).toContain('content/comparisons/content-threshold.yaml: china.sources is empty; cite at least one source for this side.');
		expect(problems).toContain('content/comparisons/enforcement-reach.yaml is missing: the comparison must cover this mechanism.');
	});

	it('reports two rows with the same order', () => {
		const problems = comparisonProblems([
			{ id: 'a', data: row(2) },
			{ id: 'b', data: row(2) },
		]);
		expect(problems).toContain('content/comparisons/b.yaml: order 2 is also used by a.yaml; give each row its own number.');
	});

	it('sorts by order, then by id', () => {
		const sorted = sortComparisons([
			{ id: 'b', data: { order: 2 } },
			{ id: 'c', data: { order: 1 } },
			{ id: 'a', data: { order: 2 } },
		]);
		expect(sorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
	});

	it('has a data directory', () => {
		expect(existsSync(dir)).toBe(true);
	});
});
