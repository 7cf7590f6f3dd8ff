/** The data components cite from (src/lib/component-refs.ts `SiteData`), from Astro's collections; loaded once per build. */
import { getCollection } from 'astro:content';
import type { SiteData } from '../lib/component-refs';

const byId = async <C extends 'figures' | 'measures' | 'events' | 'terms' | 'comparisons' | 'changes' | 'elements'>(c: C) =>
	new Map((await getCollection(c)).map((e) => [e.id, e.data]));

let cache: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
	cache ??= (async () => ({
		figures: await byId('figures'),
		measures: await byId('measures'),
		events: await byId('events'),
		terms: await byId('terms'),
		comparisons: await byId('comparisons'),
		changes: await byId('changes'),
		elements: await byId('elements'),
	}))();
	return cache;
}
