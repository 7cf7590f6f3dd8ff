/**
 * The registry of content collections. Schemas live in src/schemas/ (one file per collection, listed in
 * src/schemas/index.ts); content lives in content/<collection>/ at the top of the repository.
 * Cross-references between collections are checked before every build (src/integrations/source-integrity.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { docsExtension } from './schemas/docs';
import { DATA_SCHEMAS, type DataCollectionName } from './schemas/index';
import { COLLECTION_DIRS } from './lib/collections';

/** A data collection: one YAML file per entry in content/<name>/, the file name is the id. */
const data = <N extends DataCollectionName>(name: N) =>
	defineCollection({ loader: glob({ base: COLLECTION_DIRS[name], pattern: '*.yaml' }), schema: DATA_SCHEMAS[name] });

export const collections = {
	docs: defineCollection({
		loader: glob({ base: COLLECTION_DIRS.docs, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsExtension }),
	}),
	sources: data('sources'),
	elements: data('elements'),
	measures: data('measures'),
	events: data('events'),
	terms: data('terms'),
	figures: data('figures'),
	comparisons: data('comparisons'),
	changes: data('changes'),
};
