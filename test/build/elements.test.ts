/**
 * The generated element pages and the periodic table, read from the built site: every element in
 * content/elements/ has a page showing its symbol, atomic number, group and control list, and the
 * periodic-table page links to all 17 with a text mark for the list that covers each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dist, readDist, requireDist, root, textOf } from '../support/dist';

beforeAll(requireDist);

interface ElementData {
	name: string;
	symbol: string;
	atomicNumber: number;
	group: 'light' | 'heavy';
	controls: string[];
}
const dir = join(root, 'content/elements');
const elements = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ slug: f.slice(0, -5), data: parse(readFileSync(join(dir, f), 'utf8')) as ElementData }));
const shortName = (id: string) => (parse(readFileSync(join(root, 'content/measures', `${id}.yaml`), 'utf8')) as { shortName: string }).shortName;
/** The text of the element fact box entry marked with data-testid="<id>". */
const fact = (html: string, id: string) => textOf(new RegExp(`<dd[^>]*data-testid="${id}"[^>]*>([\\s\\S]*?)</dd>`).exec(html)?.[1] ?? '');

describe('element pages', () => {
	it('there are 17 elements', () => {
		expect(elements).toHaveLength(17);
	});

	it.each(elements)('$data.name has a page with its symbol, atomic number, group and control list', ({ slug, data }) => {
		const file = join(dist, 'basics/elements', slug, 'index.html');
		expect(existsSync(file), `missing ${file}`).toBe(true);
		const html = readFileSync(file, 'utf8');
		expect(html).toMatch(new RegExp(`<h1[^>]*>${data.name} \\(${data.symbol}\\)</h1>`));
		expect(fact(html, 'symbol')).toBe(data.symbol);
		expect(fact(html, 'atomic-number')).toBe(String(data.atomicNumber));
		expect(fact(html, 'group')).toBe(data.group === 'light' ? 'Light rare earth' : 'Heavy rare earth');
		const controls = fact(html, 'controls');
		if (data.controls.length === 0) expect(controls).toMatch(/^None/);
		for (const id of data.controls) expect(controls).toContain(shortName(id));
		// Its measures show a dated status, and it has a reference list.
		for (const id of data.controls) expect(textOf(html)).toMatch(new RegExp(`${shortName(id).replace(/[()]/g, '\\$&')}.{0,300}Last confirmed \\d{1,2} \\w+ \\d{4}`));
		// Its review date, and every heading in "On this page".
		expect(textOf(html)).toMatch(/Last reviewed on \d{1,2} \w+ \d{4}/);
		expect(textOf(html)).toMatch(/On this page Overview Main uses Where it is mined and separated Prices and supply in figures Export controls that list it/);
		expect(html).toContain('id="ref-');
	});

	it('the seven April 2025 and five October 2025 elements are the ones the brief lists', () => {
		const on = (id: string) => elements.filter((e) => e.data.controls.includes(id)).map((e) => e.data.symbol).sort();
		expect(on('cn-2025-18')).toEqual(['Dy', 'Gd', 'Lu', 'Sc', 'Sm', 'Tb', 'Y']);
		expect(on('cn-2025-57')).toEqual(['Er', 'Eu', 'Ho', 'Tm', 'Yb']);
	});
});

describe('the periodic table page', () => {
	const html = () => readDist('basics/elements/index.html');

	it('links every element to its page', () => {
		for (const { slug } of elements) expect(html()).toContain(`href="/basics/elements/${slug}/"`);
	});

	it('marks each element with its list in text, not colour alone', () => {
		for (const { slug, data } of elements) {
			const cell = new RegExp(`<a class="cell ctl-(\\w+)[^"]*" href="/basics/elements/${slug}/">([\\s\\S]*?)</a>`).exec(html());
			expect(cell, `no cell for ${data.symbol}`).not.toBeNull();
			const cls = cell![1];
			const sr = /class="sr-only[^"]*">([^<]*)</.exec(cell![2]!)?.[1] ?? '';
			expect(cell![2]).toContain(`>${data.symbol}<`);
			const expected = data.controls.includes('cn-2025-18') ? 'april' : data.controls.includes('cn-2025-57') ? 'october' : 'none';
			expect(cls).toBe(expected);
			expect(sr).toMatch(expected === 'none' ? /not on either list/ : expected === 'april' ? /April 2025 list/ : /October 2025 list/);
		}
	});
});

describe('chart downloads', () => {
	it.each(['mine-production-2025', 'reserves-2025', 'china-share-by-stage'])('%s has CSV and JSON with the same rows', (id) => {
		const csv = readDist(`data/charts/${id}.csv`).trim().split('\n');
		const json = JSON.parse(readDist(`data/charts/${id}.json`)) as { rows: { label: string; value: number }[] };
		expect(csv.length - 1).toBe(json.rows.length);
		json.rows.forEach((r, i) => expect(csv[i + 1]).toMatch(new RegExp(`^"?${r.label.replace(/[()]/g, '\\$&')}"?,${r.value},`)));
	});

	it('the mine production download equals production.json', () => {
		const production = JSON.parse(readFileSync(join(root, 'src/data/production.json'), 'utf8')) as { year: number; mineProduction: Record<string, number> }[];
		const table = production.find((e) => e.year === 2025)!.mineProduction;
		const json = JSON.parse(readDist('data/charts/mine-production-2025.json')) as { rows: { label: string; value: number }[] };
		expect(Object.fromEntries(json.rows.map((r) => [r.label, r.value]))).toEqual(
			Object.fromEntries(Object.entries(table).filter(([k]) => !k.startsWith('World total'))),
		);
	});
});
