/**
 * The site's charts, built from src/data/production.json and content/figures/. Used by the pages
 * (through <BarChart>) and by the CSV/JSON download endpoints, so both always show the same numbers.
 */
import { getCollection } from 'astro:content';
import production from './production.json';
import { mineProductionChart, reservesChart, stageShareChart, type ChartSpec, type FigureLike, type ProductionEdition } from '../lib/charts';

/** Source entry for the USGS table the production data come from. */
export const PRODUCTION_SOURCE = 'usgs-mcs-2026-rare-earths';

export const CHART_IDS = ['mine-production-2025', 'reserves-2025', 'china-share-by-stage'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export async function getChart(id: ChartId): Promise<ChartSpec> {
	const data = production as unknown as ProductionEdition[];
	switch (id) {
		case 'mine-production-2025':
			return mineProductionChart(data, 2025, PRODUCTION_SOURCE);
		case 'reserves-2025':
			return reservesChart(data, 2025, PRODUCTION_SOURCE);
		case 'china-share-by-stage': {
			const figures = new Map<string, FigureLike>((await getCollection('figures')).map((f) => [f.id, f.data]));
			return stageShareChart(figures);
		}
		default:
			throw new Error(`Unknown chart "${id as string}"; known charts: ${CHART_IDS.join(', ')}.`);
	}
}
