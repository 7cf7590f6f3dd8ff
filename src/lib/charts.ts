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

/** One bar: a label, its value and, optionally, a short note (year, source) shown in the data table. */
export interface ChartRow {
	label: string;
	value: number;
	note?: string;
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
		.map(([label, value]) => ({ label, value }));
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
}

/**
 * Rows for a chart built from figure entries (e.g. China's share at each stage). Each row's value is the
 * figure's value; its note gives the data year. Fails loudly when a figure is missing or in another unit.
 */
export function figureRows(figures: Map<string, FigureLike>, spec: StageRowSpec[], unit: string): ChartRow[] {
	return spec.map(({ figure, label }) => {
		const f = figures.get(figure);
		if (!f) throw new Error(`Chart row "${label}": no figure "${figure}" in content/figures/.`);
		if (f.unit !== unit) throw new Error(`Chart row "${label}": figure "${figure}" is in ${f.unit}, the chart in ${unit}.`);
		return { label, value: f.value, note: `${f.year} data` };
	});
}

/** Numbers as the site writes them: 270,000; 99.9. */
export function formatNumber(value: number): string {
	return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** A value with its unit, for bar labels and tables: "270,000 t", "69%". */
export function formatValue(value: number, unit: string): string {
	if (unit === 'percent') return `${formatNumber(value)}%`;
	if (unit === 'tonnes REO' || unit === 'tonnes') return `${formatNumber(value)} t`;
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
	const { id, title, description, unit, source, extraSources, rows } = spec;
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
		if (/[ilj.,:;'’()|!I]/.test(ch)) em += 0.34;
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
export function layoutBars(rows: ChartRow[], unit: string, opts: { width?: number; fontSize?: number; barHeight?: number } = {}): BarLayout {
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
		const valueText = r.value === 0 ? '0 (none)' : formatValue(r.value, unit);
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
	{ figure: 'china-mining-share-iea-2023', label: 'Mining (IEA)' },
	{ figure: 'china-mining-share-usgs-2025', label: 'Mining (USGS)' },
	{ figure: 'china-refining-share-iea-2023', label: 'Refining (IEA)' },
	{ figure: 'china-separation-share-iea-2024', label: 'Separation (IEA)' },
	{ figure: 'china-heavy-separation-share', label: 'Heavy separation' },
	{ figure: 'china-magnet-share-iea-2024', label: 'Magnets (IEA)' },
];

function listText(rows: ChartRow[], unit: string): string {
	return rows.map((r) => `${r.label} ${formatValue(r.value, unit)}`).join(', ');
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
	};
}
