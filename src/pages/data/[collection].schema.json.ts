/** /data/<collection>.schema.json — JSON Schema of a download's rows, with every field's description from src/schemas/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_NAMES, downloadFor, jsonSchemaFor, toJsonText } from '../../lib/data-downloads';
import { absoluteUrl } from '../../lib/pages';

export const getStaticPaths: GetStaticPaths = () => DOWNLOAD_NAMES.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = ({ params, site }) =>
	new Response(toJsonText(jsonSchemaFor(downloadFor(params['collection']!), site ? absoluteUrl('/', site) : undefined)), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
