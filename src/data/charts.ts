/**
 * The site's charts, built from src/data/production.json and content/figures/ (src/data/chart-specs.ts). Used by
 * the pages (through <BarChart>) and by the CSV/JSON download endpoints, so both always show the same numbers.
 */
import { getCollection } from 'astro:content';
import type { ChartSpec, FigureLike } from '../lib/charts';
import { chartSpec, type ChartId } from './chart-specs';

export { CHART_IDS, PRODUCTION_SOURCE, type ChartId } from './chart-specs';

export async function getChart(id: ChartId): Promise<ChartSpec> {
	const figures = new Map<string, FigureLike>((await getCollection('figures')).map((f) => [f.id, f.data]));
	return chartSpec(id, figures);
}
