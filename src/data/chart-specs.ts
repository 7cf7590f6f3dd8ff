/**
 * The site's charts as data: which charts exist and how each is built from src/data/production.json and the
 * figures. Pure (no Astro), so the build (<BarChart>, the CSV/JSON downloads) and the node-side checks that
 * need to know what a chart cites (src/lib/component-refs.ts) compute the same spec.
 */
import production from './production.json';
import { mineProductionChart, reservesChart, stageShareChart, type ChartSpec, type FigureLike, type ProductionEdition } from '../lib/charts';

/** Source entry for the USGS table the production data come from. */
export const PRODUCTION_SOURCE = 'usgs-mcs-2026-rare-earths';

export const CHART_IDS = ['mine-production-2025', 'reserves-2025', 'china-share-by-stage'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (id: unknown): id is ChartId => (CHART_IDS as readonly unknown[]).includes(id);

/** The chart `id`, given the figures (content/figures/, by id). */
export function chartSpec(id: ChartId, figures: ReadonlyMap<string, FigureLike>): ChartSpec {
	const data = production as unknown as ProductionEdition[];
	switch (id) {
		case 'mine-production-2025':
			return mineProductionChart(data, 2025, PRODUCTION_SOURCE);
		case 'reserves-2025':
			return reservesChart(data, 2025, PRODUCTION_SOURCE);
		case 'china-share-by-stage':
			return stageShareChart(figures as Map<string, FigureLike>);
		default:
			throw new Error(`Unknown chart "${id as string}"; known charts: ${CHART_IDS.join(', ')}.`);
	}
}

/** Every source a chart cites: its main source, then the extra ones. */
export const chartSources = (spec: ChartSpec): string[] => [spec.source, ...(spec.extraSources ?? [])];
