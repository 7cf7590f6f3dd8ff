/** /data/charts/<chart>.json — a chart's data as JSON, generated from the same source as the chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHART_IDS, getChart, type ChartId } from '../../../data/charts';
import { toJson } from '../../../lib/charts';

export const getStaticPaths: GetStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(toJson(await getChart(params['chart'] as ChartId)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
