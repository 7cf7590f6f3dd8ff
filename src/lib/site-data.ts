/**
 * The data components cite from (src/lib/component-refs.ts `SiteData`), built from content/ outside Astro:
 * each file validated by its collection's schema, so defaults apply exactly as in the build.
 * Inside Astro, `getSiteData()` in src/data/site-data.ts builds the same from the collections.
 */
import type { SiteData } from './component-refs';
import type { ContentTree } from './integrity/load';
import { DATA_SCHEMAS, type DataCollectionName } from '../schemas/index';

type Collections = Pick<SiteData, keyof SiteData>;

export function siteDataFromTree(tree: ContentTree): SiteData {
	const maps = Object.fromEntries(
		(['figures', 'measures', 'events', 'terms', 'comparisons', 'changes', 'elements', 'claims'] as const).map((c) => [c, new Map<string, unknown>()]),
	) as unknown as Record<keyof Collections, Map<string, unknown>>;
	for (const entry of tree.data) {
		const map = maps[entry.collection as keyof Collections];
		if (!map) continue;
		const parsed = DATA_SCHEMAS[entry.collection as DataCollectionName].safeParse(entry.data);
		if (parsed.success) map.set(entry.id, parsed.data);
	}
	return maps as unknown as SiteData;
}
