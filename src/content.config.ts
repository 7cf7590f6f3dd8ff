/**
 * The registry of content collections. Schemas live in src/schemas/ (one file per collection, listed in
 * src/schemas/index.ts); content lives in content/<collection>/ at the top of the repository.
 * Cross-references between collections are checked before every build (src/integrations/source-integrity.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { readFileSync, readdirSync } from 'node:fs';
import { siteStrings } from './schemas/i18n';
import { docsExtension, strictDocs } from './schemas/docs';
import { DATA_SCHEMAS, type DataCollectionName } from './schemas/index';
import { COLLECTION_DIRS } from './lib/collections';

/** A data collection's loader: one YAML file per entry in content/<name>/, the file name is the id. */
const yamlFiles = (name: DataCollectionName) => glob({ base: COLLECTION_DIRS[name], pattern: '*.yaml' });

/**
 * Interface strings, one JSON file per language in content/i18n/ (the file name is the BCP-47 tag: en.json,
 * zh-CN.json). Entries carry no file path, so Starlight keys them by id (the tag), as it does for its own
 * src/content/i18n/ folder.
 */
const I18N_DIR = './content/i18n';
const i18nEntries = () =>
	readdirSync(I18N_DIR)
		.filter((file) => file.endsWith('.json') && !file.startsWith('_'))
		.map((file) => ({ id: file.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(`${I18N_DIR}/${file}`, 'utf8')) as object) }));

export const collections = {
	i18n: defineCollection({ loader: i18nEntries, schema: i18nSchema({ extend: siteStrings }) }),
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
};
