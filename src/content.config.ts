/**
 * The registry of content collections. Schemas live in src/schemas/, one file per collection;
 * content lives in content/ at the top of the repository. Cross-references between collections
 * are checked by src/lib/integrity/ before every build (see src/integrations/source-integrity.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { docsExtension } from './schemas/docs';
import { sourceSchema } from './schemas/sources';
import { elementSchema } from './schemas/elements';
import { measureSchema } from './schemas/measures';
import { eventSchema } from './schemas/events';
import { termSchema } from './schemas/terms';
import { figureSchema } from './schemas/figures';
import { COLLECTION_DIRS } from './lib/collections';

const data = (dir: string) => glob({ base: dir, pattern: '*.yaml' });

export const collections = {
	docs: defineCollection({
		loader: glob({ base: COLLECTION_DIRS.docs, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: docsExtension }),
	}),
	sources: defineCollection({ loader: data(COLLECTION_DIRS.sources), schema: sourceSchema }),
	elements: defineCollection({ loader: data(COLLECTION_DIRS.elements), schema: elementSchema }),
	measures: defineCollection({ loader: data(COLLECTION_DIRS.measures), schema: measureSchema }),
	events: defineCollection({ loader: data(COLLECTION_DIRS.events), schema: eventSchema }),
	terms: defineCollection({ loader: data(COLLECTION_DIRS.terms), schema: termSchema }),
	figures: defineCollection({ loader: data(COLLECTION_DIRS.figures), schema: figureSchema }),
};
