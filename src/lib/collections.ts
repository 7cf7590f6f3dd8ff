/** Where each collection's files live, relative to the project root. One place, used by Astro and by the node-side checks. */
export const COLLECTION_DIRS = {
	docs: './content/docs',
	sources: './content/sources',
	elements: './content/elements',
	measures: './content/measures',
	events: './content/events',
	terms: './content/terms',
	figures: './content/figures',
	comparisons: './content/comparisons',
} as const;

export type CollectionName = keyof typeof COLLECTION_DIRS;
export type DataCollectionName = Exclude<CollectionName, 'docs'>;
export const DATA_COLLECTIONS = ['sources', 'elements', 'measures', 'events', 'terms', 'figures', 'comparisons'] as const satisfies readonly DataCollectionName[];
