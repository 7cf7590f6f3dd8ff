/** /data/<collection>.csv — the same rows as the JSON, one per entry, columns in schema order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadRows } from '../../data/downloads';
import { DOWNLOAD_NAMES, downloadFor, toCsvText, type DownloadName } from '../../lib/data-downloads';

export const getStaticPaths: GetStaticPaths = () => DOWNLOAD_NAMES.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
	const name = params['collection'] as DownloadName;
	return new Response(toCsvText(downloadFor(name), await downloadRows(name)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
