/**
 * The data downloads' content, read from the collections at build time (never copied by hand).
 * Used by the endpoints in src/pages/data/ and by <DataDownloads>, so the page and the files agree.
 */
import { getCollection } from 'astro:content';
import production from './production.json';
import { downloadFor, entryRows, expandRowPeriods, productionRows, type DownloadName, type ProductionEditionLike } from '../lib/data-downloads';
import { today } from '../lib/dates';
import type { CsvRecord } from '../lib/csv';

/** Rows of a download (for production: the flattened table). */
export async function downloadRows(name: string): Promise<CsvRecord[]> {
	downloadFor(name);
	if (name === 'production') return productionRows(production as unknown as ProductionEditionLike[]);
	const measures = new Map((await getCollection('measures')).map((m) => [m.id, m.data]));
	// Data text may hold {{period:…}} templates: the files say what the pages say on the build date.
	return expandRowPeriods(entryRows(await getCollection(name as Exclude<DownloadName, 'production'>)), (id) => measures.get(id), today());
}

/** What the JSON file holds: the rows, or for production the file itself. */
export async function downloadJson(name: string): Promise<unknown> {
	if (name === 'production') return production;
	return downloadRows(name);
}
