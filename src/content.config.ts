/**
 * The registry of content collections. Schemas live in src/schemas/ (one file per collection, listed in
 * src/schemas/index.ts); content lives in content/<collection>/ at the top of the repository.
 * Cross-references between collections are checked before every build (src/integrations/source-integrity.ts).
 * One exception: `i18n` (Starlight's interface strings per language) lives where Starlight reads it,
 * src/content/i18n/, because Starlight names each file's language from that path.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { siteStrings } from './schemas/i18n';
import { docsExtension, strictDocs } from './schemas/docs';
import { DATA_SCHEMAS, type DataCollectionName } from './schemas/index';
import { COLLECTION_DIRS } from './lib/collections';

/** A data collection's loader: one YAML file per entry in content/<name>/, the file name is the id. */
const yamlFiles = (name: DataCollectionName) => glob({ base: COLLECTION_DIRS[name], pattern: '*.yaml' });

/**
 * Interface strings: Starlight's i18n collection, one JSON file per language in src/content/i18n/ (en.json,
 * zh-CN.json), read by Starlight's own loader. Starlight ships its interface in both languages; these files add
 * the site's own words (keys "site.…", every one described in src/schemas/i18n.ts).
 */
export const collections = {
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStrings }) }),
	docs: defineCollection({
		// Pages are .mdx only (a .md page would pass raw HTML through); other files under content/ fail the build
		// in src/integrations/source-integrity.ts. Starlight's schema, made strict: see src/schemas/docs.ts.
		loader: glob({ base: COLLECTION_DIRS.docs, pattern: '**/*.mdx' }),
		schema: (context) => strictDocs(docsSchema({ extend: docsExtension })(context)),
	}),
	sources: defineCollection({ loader: yamlFiles('sources'), schema: DATA_SCHEMAS.sources }),
	elements: defineCollection({ loader: yamlFiles('elements'), schema: DATA_SCHEMAS.elements }),
	measures: defineCollection({ loader: yamlFiles('measures'), schema: DATA_SCHEMAS.measures }),
	events: defineCollection({ loader: yamlFiles('events'), schema: DATA_SCHEMAS.events }),
	terms: defineCollection({ loader: yamlFiles('terms'), schema: DATA_SCHEMAS.terms }),
	figures: defineCollection({ loader: yamlFiles('figures'), schema: DATA_SCHEMAS.figures }),
	comparisons: defineCollection({ loader: yamlFiles('comparisons'), schema: DATA_SCHEMAS.comparisons }),
	changes: defineCollection({ loader: yamlFiles('changes'), schema: DATA_SCHEMAS.changes }),
	'control-items': defineCollection({ loader: yamlFiles('control-items'), schema: DATA_SCHEMAS['control-items'] }),
	claims: defineCollection({ loader: yamlFiles('claims'), schema: DATA_SCHEMAS.claims }),
};
