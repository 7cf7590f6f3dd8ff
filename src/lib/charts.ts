/**
 * Data shaping and layout for the site's bar charts. Pure functions only: no Astro, no file access,
 * so the unit tests (test/unit/charts.test.ts) can check that every chart shows exactly the numbers
 * in src/data/production.json and content/figures/.
 *
 * The charts themselves are drawn at build time by src/components/BarChart.astro; their data is
 * served as CSV and JSON by src/pages/data/charts/[chart].csv.ts and [chart].json.ts.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { toCsv as recordsToCsv } from './csv';
import { zhNumber } from './figures';

/** The two languages a chart is drawn in: English, or Chinese on the Chinese edition (/zh-cn/). */
export type ChartLocale = 'en' | 'zh-cn';

/** One bar: a label, its value and, optionally, a short note (year, source) shown in the data table. */
export interface ChartRow {
	label: string;
	value: number;
	note?: string;
	/** The label and note in Chinese, shown on the Chinese edition (the downloads stay in English). */
	zh?: { label: string; note?: string };
}

/** Everything a chart needs: what it shows, in what unit, from which source, and its rows. */
export interface ChartSpec {
	/** Slug used in the download file names: /data/charts/<id>.csv and .json. */
	id: string;
	title: string;
	/** A sentence or two that says what the chart shows, for every reader (also the SVG's label). */
	description: string;
	/** Unit of every value, as in the figures schema ("tonnes REO", "percent"). */
	unit: string;
	/** Id of the source entry (content/sources/) the numbers come from. */
	source: string;
	/** Extra sources (for a chart whose rows come from several figures). */
	extraSources?: string[];
	rows: ChartRow[];
	/** The title and description in Chinese, shown on the Chinese edition. */
	zh?: { title: string; description: string };
}

/** One edition of the USGS table, as in src/data/production.json. */
export interface ProductionEdition {
	source: string;
	edition: string;
	year: number;
	unit: string;
	mineProduction: Record<string, number>;
	reserves: Record<string, number>;
	notes: string[];
	[key: string]: unknown;
}

/** Rows whose label starts with this are totals, shown in the description, never as a bar. */
const TOTAL_PREFIX = 'World total';
const OTHER = 'Other countries';

/**
 * Country rows from one table of production.json, largest first, "Other countries" last,
 * the world total left out. Zero values (USGS prints a dash) are kept: the country is in the table.
 */
export function countryRows(table: Record<string, number>): ChartRow[] {
	const rows = Object.entries(table)
		.filter(([label]) => !label.startsWith(TOTAL_PREFIX))
		.map(([label, value]) => {
			const zh = COUNTRY_NAMES_ZH[label];
			return { label, value, ...(zh ? { zh: { label: zh } } : {}) };
		});
	const other = rows.filter((r) => r.label === OTHER);
	const countries = rows
		.filter((r) => r.label !== OTHER)
		.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
	return [...countries, ...other];
}

/** The world total of a table (rounded by USGS, or a lower bound for reserves), if it has one. */
export function worldTotal(table: Record<string, number>): number | undefined {
	const entry = Object.entries(table).find(([label]) => label.startsWith(TOTAL_PREFIX));
	return entry?.[1];
}

/** The edition of production.json that holds data for `year` (2025 → MCS 2026). */
export function editionFor(data: ProductionEdition[], year: number): ProductionEdition {
	const edition = data.find((e) => e.year === year);
	if (!edition) throw new Error(`production.json has no edition with data for ${year}; editions: ${data.map((e) => e.year).join(', ')}.`);
	return edition;
}

/** A figure entry as the charts need it (a subset of content/figures/*.yaml). */
export interface FigureLike {
	value: number;
	unit: string;
	year: number;
	source: string;
	label: string;
}

/** One row of the "China's share by stage" chart: which figure, and how to label it. */
export interface StageRowSpec {
	figure: string;
	label: string;
	/** The label in Chinese, for the chart on the Chinese edition. */
	zh: string;
}

/**
 * Rows for a chart built from figure entries (e.g. China's share at each stage). Each row's value is the
 * figure's value; its note gives the data year. Fails loudly when a figure is missing or in another unit.
 */
export function figureRows(figures: Map<string, FigureLike>, spec: StageRowSpec[], unit: string): ChartRow[] {
	return spec.map(({ figure, label, zh }) => {
		const f = figures.get(figure);
		if (!f) throw new Error(`Chart row "${label}": no figure "${figure}" in content/figures/.`);
		if (f.unit !== unit) throw new Error(`Chart row "${label}": figure "${figure}" is in ${f.unit}, the chart in ${unit}.`);
		return { label, value: f.value, note: `${f.year} data`, zh: { label: zh, note: `${f.year}年数据` } };
	});
}

/** Numbers as the site writes them: 270,000; 99.9. */
export function formatNumber(value: number): string {
	return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/**
 * A value with its unit, for bar labels and tables: "270,000 t", "69%"; in Chinese "27万吨", "69%" (tonnages in
 * 万 as in the Chinese text of the figures, src/lib/figures.ts; the unit in full is in the chart's source line).
 */
export function formatValue(value: number, unit: string, locale: ChartLocale = 'en'): string {
	if (unit === 'percent') return `${formatNumber(value)}%`;
	if (unit === 'tonnes REO' || unit === 'tonnes') return locale === 'zh-cn' ? `${zhNumber(value, unit)}吨` : `${formatNumber(value)} t`;
	return `${formatNumber(value)} ${unit}`;
}

/** CSV of a chart's rows: label, value, unit, note. Fields are quoted when they need it (RFC 4180). */
export function toCsv(spec: ChartSpec): string {
	return recordsToCsv(
		spec.rows.map((r) => ({ label: r.label, value: r.value, unit: spec.unit, note: r.note ?? '' })),
		['label', 'value', 'unit', 'note'],
	);
}

/** The JSON download: the chart's metadata and rows, nothing else. */
export function toJson(spec: ChartSpec): string {
	const { id, title, description, unit, source, extraSources } = spec;
	// The downloads are in English: the rows' Chinese text is for the Chinese pages only.
	const rows = spec.rows.map(({ label, value, note }) => ({ label, value, ...(note !== undefined ? { note } : {}) }));
	return `${JSON.stringify({ id, title, description, unit, source, ...(extraSources?.length ? { extraSources } : {}), rows }, null, 2)}\n`;
}

/** Geometry of one bar row: the label and value on one line of text, the bar under them. */
export interface BarGeometry {
	label: string;
	value: number;
	valueText: string;
	/** Baseline of the text line (label at the left edge, value at the right edge). */
	textY: number;
	/** Top of the bar. */
	y: number;
	width: number;
}

export interface BarLayout {
	width: number;
	height: number;
	fontSize: number;
	barHeight: number;
	bars: BarGeometry[];
}

/**
 * A generous estimate of how wide `text` is in the site's sans-serif font at `fontSize` px: each character
 * is counted at the width of a wide glyph of its class, so real text is narrower than this.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		// Chinese characters and full-width punctuation are a full em wide.
		if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch)) em += 1;
		else if (/[ilj.,:;'’()|!I]/.test(ch)) em += 0.34;
		else if (ch === ' ') em += 0.3;
		else if (/[0-9]/.test(ch)) em += 0.64;
		else if (/[mwMW%]/.test(ch)) em += 0.95;
		else if (/[A-Z]/.test(ch)) em += 0.76;
		else em += 0.62;
	}
	return em * fontSize;
}

/**
 * Lays out a bar chart for any width: each row is a line of text (the label from the left edge, the value
 * ending at the right edge, so neither can leave the drawing) with its bar underneath. The scale is linear
 * from zero (d3-scale) over the full width. Throws when a label and its value could not share a line,
 * so a chart never ships with text that overlaps or is cut off.
 */
export function layoutBars(rows: ChartRow[], unit: string, opts: { width?: number; fontSize?: number; barHeight?: number; locale?: ChartLocale } = {}): BarLayout {
	const width = opts.width ?? 320;
	const fontSize = opts.fontSize ?? 15;
	const barHeight = opts.barHeight ?? 12;
	const lineHeight = Math.round(fontSize * 1.3);
	const rowHeight = lineHeight + 4 + barHeight + 12;
	const top = 2;
	const maxValue = max(rows, (r) => r.value) ?? 0;
	const x = scaleLinear()
		.domain([0, maxValue > 0 ? maxValue : 1])
		.range([0, width]);
	const bars = rows.map((r, i) => {
		const valueText = r.value === 0 ? (opts.locale === 'zh-cn' ? '0（无）' : '0 (none)') : formatValue(r.value, unit, opts.locale);
		const room = estimateTextWidth(r.label, fontSize) + estimateTextWidth(valueText, fontSize) + fontSize;
		if (room > width) {
			throw new Error(`Bar chart row "${r.label}" (${valueText}) is too long to fit a ${width}-unit-wide chart: shorten the label in src/data/charts.ts or production.json.`);
		}
		const rowTop = top + i * rowHeight;
		return {
			label: r.label,
			value: r.value,
			valueText,
			textY: rowTop + fontSize,
			y: rowTop + lineHeight + 4,
			width: Math.max(0, x(r.value)),
		};
	});
	return { width, height: top + rows.length * rowHeight, fontSize, barHeight, bars };
}

/** The rows of the "China's share by stage" chart: figure ids in supply-chain order. */
export const STAGE_ROWS: StageRowSpec[] = [
	{ figure: 'china-mining-share-iea-2023', label: 'Mining (IEA)', zh: '开采（国际能源署）' },
	{ figure: 'china-mining-share-usgs-2025', label: 'Mining (USGS)', zh: '开采（美国地质调查局）' },
	{ figure: 'china-refining-share-iea-2023', label: 'Refining (IEA)', zh: '精炼（国际能源署）' },
	{ figure: 'china-separation-share-iea-2024', label: 'Separation (IEA)', zh: '分离（国际能源署）' },
	{ figure: 'china-heavy-separation-share', label: 'Heavy separation', zh: '重稀土分离' },
	{ figure: 'china-magnet-share-iea-2024', label: 'Magnets (IEA)', zh: '磁体（国际能源署）' },
];

/**
 * Chinese names of the countries in src/data/production.json (the USGS table's rows), for the charts on the
 * Chinese edition. test/unit/charts.test.ts fails when a row of production.json has no name here.
 */
export const COUNTRY_NAMES_ZH: Readonly<Record<string, string>> = {
	China: '中国',
	'United States': '美国',
	Australia: '澳大利亚',
	'Burma (Myanmar)': '缅甸',
	Thailand: '泰国',
	India: '印度',
	Madagascar: '马达加斯加',
	Russia: '俄罗斯',
	Brazil: '巴西',
	Nigeria: '尼日利亚',
	Vietnam: '越南',
	Malaysia: '马来西亚',
	Canada: '加拿大',
	Greenland: '格陵兰',
	'South Africa': '南非',
	Tanzania: '坦桑尼亚',
	'Other countries': '其他国家',
};

function listText(rows: ChartRow[], unit: string): string {
	return rows.map((r) => `${r.label} ${formatValue(r.value, unit)}`).join(', ');
}

function listTextZh(rows: ChartRow[], unit: string): string {
	return rows.map((r) => `${r.zh?.label ?? r.label}${formatValue(r.value, unit, 'zh-cn')}`).join('，');
}

/**
 * The chart as a reader sees it in `locale`: on the Chinese edition its title, description and row labels and
 * notes in Chinese (the stage rows always have them; COUNTRY_NAMES_ZH is checked complete by the unit tests).
 */
export function localizeChart(spec: ChartSpec, locale: ChartLocale): ChartSpec {
	if (locale !== 'zh-cn') return spec;
	return {
		...spec,
		title: spec.zh?.title ?? spec.title,
		description: spec.zh?.description ?? spec.description,
		rows: spec.rows.map((r) => ({ ...r, label: r.zh?.label ?? r.label, ...(r.note !== undefined ? { note: r.zh?.note ?? r.note } : {}) })),
	};
}

/** The mine-production chart for one data year, from production.json. */
export function mineProductionChart(data: ProductionEdition[], year: number, sourceId: string): ChartSpec {
	const ed = editionFor(data, year);
	const rows = countryRows(ed.mineProduction);
	const total = worldTotal(ed.mineProduction);
	const none = rows.filter((r) => r.value === 0).map((r) => r.label);
	const top = rows.filter((r) => r.value > 0 && r.label !== OTHER).slice(0, 4);
	return {
		id: `mine-production-${year}`,
		title: `Rare-earth mine production by country, ${year}`,
		description:
			`Estimated mine output in ${year}, in tonnes of rare-earth oxide equivalent (${ed.edition}).` +
			(total !== undefined ? ` World total about ${formatValue(total, ed.unit)}.` : '') +
			` Largest producers: ${listText(top, ed.unit)}.` +
			(none.length ? ` No output recorded for ${none.join(', ')}.` : ''),
		unit: ed.unit,
		source: sourceId,
		rows,
		zh: {
			title: `${year}年各国稀土矿山产量`,
			description:
				`${year}年的矿山产量估计，单位为吨（稀土氧化物当量），数据来自美国地质调查局《矿产品概要》（${ed.edition}）。` +
				(total !== undefined ? `全球总产量约${formatValue(total, ed.unit, 'zh-cn')}。` : '') +
				`产量最大的几个国家：${listTextZh(top, ed.unit)}。` +
				(none.length ? `${rows.filter((r) => r.value === 0).map((r) => r.zh?.label ?? r.label).join('、')}没有产量记录。` : ''),
		},
	};
}

/** The reserves chart for one data year, from production.json. */
export function reservesChart(data: ProductionEdition[], year: number, sourceId: string): ChartSpec {
	const ed = editionFor(data, year);
	const rows = countryRows(ed.reserves);
	const total = worldTotal(ed.reserves);
	const top = rows.slice(0, 3);
	return {
		id: `reserves-${year}`,
		title: `Rare-earth reserves by country, ${year}`,
		description:
			`Reserves in tonnes of rare-earth oxide equivalent (${ed.edition}).` +
			(total !== undefined ? ` World reserves are more than ${formatValue(total, ed.unit)}.` : '') +
			` Largest: ${listText(top, ed.unit)}. Countries USGS gives no figure for are left out.`,
		unit: ed.unit,
		source: sourceId,
		rows,
		zh: {
			title: `${year}年各国稀土储量`,
			description:
				`储量单位为吨（稀土氧化物当量），数据来自美国地质调查局《矿产品概要》（${ed.edition}）。` +
				(total !== undefined ? `全球储量超过${formatValue(total, ed.unit, 'zh-cn')}。` : '') +
				`储量最大的几个国家：${listTextZh(top, ed.unit)}。美国地质调查局没有给出数字的国家不在图中。`,
		},
	};
}

/** The "China's share by stage" chart, from figure entries. */
export function stageShareChart(figures: Map<string, FigureLike>): ChartSpec {
	const rows = figureRows(figures, STAGE_ROWS, 'percent');
	const sources = [...new Set(STAGE_ROWS.map((r) => figures.get(r.figure)!.source))];
	return {
		id: 'china-share-by-stage',
		title: "China's share of world output at each stage of the supply chain",
		description: `China's share, in per cent, from mining to magnet making: ${listText(rows, 'percent')}. The data years differ (see the table), and the two mining figures disagree because the IEA and USGS count differently.`,
		unit: 'percent',
		source: sources[0]!,
		extraSources: sources.slice(1),
		rows,
		zh: {
			title: '中国在稀土供应链各环节占全球产量的比例',
			description: `从开采到磁体制造，中国所占的比例：${listTextZh(rows, 'percent')}。各项数据的年份不同（见下表）；两个开采数字不一致，是因为国际能源署和美国地质调查局的统计方法不同。`,
		},
	};
}
