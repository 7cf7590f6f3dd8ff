/** /data/charts/<chart>.csv — a chart's data as CSV, generated from the same source as the chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, getChart, type ChartId } from '../../../data/charts';
import { toCsv } from '../../../lib/charts';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(toCsv(await getChart(params['chart'] as ChartId)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
