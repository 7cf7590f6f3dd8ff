/** /data/<collection>.json — every entry of a data collection (or the production table), generated at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadJson } from '../../data/downloads';
import { DOWNLOAD_NAMES, toJsonText, type DownloadName } from '../../lib/data-downloads';

export const getStaticPaths: GetStaticPaths = () => DOWNLOAD_NAMES.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(toJsonText(await downloadJson(params['collection'] as DownloadName)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
