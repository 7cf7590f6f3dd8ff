import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import {
	countryRows,
	figureRows,
	layoutBars,
	localizeChart,
	COUNTRY_NAMES_ZH,
	estimateTextWidth,
	mineProductionChart,
	reservesChart,
	stageShareChart,
	STAGE_ROWS,
	toCsv,
	toJson,
	worldTotal,
	type FigureLike,
	type ProductionEdition,
} from '../../src/lib/charts';

const production = JSON.parse(readFileSync(new URL('../../src/data/production.json', import.meta.url), 'utf8')) as ProductionEdition[];
const mcs2026 = production.find((e) => e.year === 2025)!;

const figuresDir = new URL('../../content/figures/', import.meta.url);
const figures = new Map<string, FigureLike>(
	readdirSync(figuresDir)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(new URL(f, figuresDir), 'utf8')) as FigureLike]),
);

/** The data file's table as label → value, world total left out. */
function tableWithoutTotal(table: Record<string, number>) {
	return Object.fromEntries(Object.entries(table).filter(([k]) => !k.startsWith('World total')));
}

describe('mine production chart', () => {
	const chart = mineProductionChart(production, 2025, 'usgs-mcs-2026-rare-earths');

	it('has exactly the countries and values of production.json (MCS 2026, 2025 data)', () => {
		expect(Object.fromEntries(chart.rows.map((r) => [r.label, r.value]))).toEqual(tableWithoutTotal(mcs2026.mineProduction));
	});

	it('puts the largest producer first and "Other countries" last', () => {
		expect(chart.rows[0]).toEqual({ label: 'China', value: 270000, zh: { label: '中国' } });
		expect(chart.rows.at(-1)!.label).toBe('Other countries');
		const countries = chart.rows.slice(0, -1).map((r) => r.value);
		expect(countries).toEqual([...countries].sort((a, b) => b - a));
	});

	it('states the world total in its description, from the data', () => {
		expect(chart.description).toContain('390,000 t');
		expect(chart.unit).toBe('tonnes REO');
	});
});

describe('reserves chart', () => {
	const chart = reservesChart(production, 2025, 'usgs-mcs-2026-rare-earths');

	it('has exactly the countries and values of production.json', () => {
		expect(Object.fromEntries(chart.rows.map((r) => [r.label, r.value]))).toEqual(tableWithoutTotal(mcs2026.reserves));
	});

	it('uses the revised Brazil figure (version 1.3) and the lower-bound world total', () => {
		expect(chart.rows.find((r) => r.label === 'Brazil')!.value).toBe(11000000);
		expect(worldTotal(mcs2026.reserves)).toBe(75000000);
		expect(chart.description).toContain('more than 75,000,000 t');
	});
});

describe("China's share by stage chart", () => {
	it('shows each figure entry unchanged, in supply-chain order', () => {
		const chart = stageShareChart(figures);
		expect(chart.rows.map((r) => r.value)).toEqual(STAGE_ROWS.map((s) => figures.get(s.figure)!.value));
		for (const row of chart.rows) expect(row.value).toBeGreaterThan(0);
		expect(chart.rows.map((r) => r.value)).toContain(69);
		expect(chart.rows.map((r) => r.value)).toContain(92);
	});

	it('fails with a clear message when a figure is missing', () => {
		expect(() => figureRows(new Map(), [{ figure: 'nope', label: 'X', zh: '某' }], 'percent')).toThrow(/no figure "nope"/);
	});
});

describe('charts on the Chinese edition', () => {
	const stage = localizeChart(stageShareChart(figures), 'zh-cn');
	const mine = localizeChart(mineProductionChart(production, 2025, 'usgs-mcs-2026-rare-earths'), 'zh-cn');
	const reserves = localizeChart(reservesChart(production, 2025, 'usgs-mcs-2026-rare-earths'), 'zh-cn');
	const latin = /[A-Za-z]{3,}/;

	it('gives every country in production.json, in every edition, a Chinese name', () => {
		const labels = new Set(production.flatMap((e) => [...Object.keys(e.mineProduction), ...Object.keys(e.reserves)]).filter((l) => !l.startsWith('World total')));
		expect([...labels].filter((l) => !COUNTRY_NAMES_ZH[l])).toEqual([]);
	});

	it('titles, describes, labels and annotates each chart in Chinese, with the same values as the English chart', () => {
		expect(stage.title).toBe('中国在稀土供应链各环节占全球产量的比例');
		expect(stage.rows.map((r) => r.label)).toEqual(STAGE_ROWS.map((r) => r.zh));
		expect(stage.rows.map((r) => r.value)).toEqual(stageShareChart(figures).rows.map((r) => r.value));
		expect(stage.rows[1]!.note).toBe('2025年数据');
		expect(stage.description).toContain('开采（美国地质调查局）69%');
		expect(mine.rows[0]!.label).toBe('中国');
		expect(mine.description).toContain('全球总产量约39万吨');
		expect(reserves.description).toContain('全球储量超过7500万吨');
		for (const chart of [stage, mine, reserves]) {
			expect(chart.rows.filter((r) => latin.test(r.label) || latin.test(r.note ?? '')).map((r) => r.label)).toEqual([]);
			expect(chart.title).not.toMatch(latin);
		}
	});

	it('leaves the English chart and the downloads in English', () => {
		expect(localizeChart(stageShareChart(figures), 'en')).toEqual(stageShareChart(figures));
		const json = JSON.parse(toJson(mineProductionChart(production, 2025, 'usgs-mcs-2026-rare-earths')));
		expect(json.rows[0]).toEqual({ label: 'China', value: 270000 });
		expect(toJson(stageShareChart(figures))).not.toMatch(/\p{Script=Han}/u);
	});

	it('writes tonnages in 万 and lays Chinese labels out at full width, so they fit the chart', () => {
		expect(layoutBars(mine.rows, mine.unit, { locale: 'zh-cn' }).bars[0]!.valueText).toBe('27万吨');
		expect(estimateTextWidth('开采', 10)).toBe(20);
		expect(() => layoutBars([{ label: '一个名字非常非常非常长的国家或地区', value: 44_000_000 }], 'tonnes', { width: 320, locale: 'zh-cn' })).toThrow(/too long to fit/);
	});
});

describe('downloads', () => {
	const chart = mineProductionChart(production, 2025, 'usgs-mcs-2026-rare-earths');

	it('CSV has one line per row with the same values', () => {
		const lines = toCsv(chart).trim().split('\n');
		expect(lines[0]).toBe('label,value,unit,note');
		expect(lines).toHaveLength(chart.rows.length + 1);
		expect(lines).toContain('China,270000,tonnes REO,');
		expect(lines).toContain('Burma (Myanmar),22000,tonnes REO,');
	});

	it('JSON round-trips to the same rows', () => {
		const json = JSON.parse(toJson(chart));
		expect(json.rows).toEqual(chart.rows.map(({ label, value }) => ({ label, value })));
		expect(json.source).toBe('usgs-mcs-2026-rare-earths');
	});

	it('quotes CSV fields that contain commas', () => {
		expect(toCsv({ ...chart, rows: [{ label: 'A, B', value: 1 }] })).toContain('"A, B",1');
	});
});

describe('layoutBars', () => {
	it('scales bars linearly from zero, the largest filling the width', () => {
		const layout = layoutBars(countryRows({ A: 100, B: 50, C: 0 }), 'tonnes', { width: 500 });
		expect(layout.bars.map((b) => b.width)).toEqual([500, 250, 0]);
		expect(layout.bars[1]!.valueText).toBe('50 t');
		expect(layout.bars[2]!.valueText).toBe('0 (none)');
	});

	it('refuses a row whose label and value could not share one line', () => {
		expect(() => layoutBars([{ label: 'A country with a very long name indeed', value: 44_000_000 }], 'tonnes', { width: 320 })).toThrow(/too long to fit/);
	});
});
