/** The data components cite from (src/lib/component-refs.ts `SiteData`), from Astro's collections; loaded once per build. */
import { getCollection } from 'astro:content';
import type { SiteData } from '../lib/component-refs';

const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((e) => [e.id, e.data]));

let cache: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
	const data = (cache ??= (async (): Promise<SiteData> => ({
		figures: byId(await getCollection('figures')),
		measures: byId(await getCollection('measures')),
		events: byId(await getCollection('events')),
		terms: byId(await getCollection('terms')),
		comparisons: byId(await getCollection('comparisons')),
		changes: byId(await getCollection('changes')),
		elements: byId(await getCollection('elements')),
		claims: byId(await getCollection('claims')),
	}))());
	return data;
}
