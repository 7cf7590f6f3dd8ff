/**
 * Every data collection's schema, in one list. Adding a collection: write src/schemas/<name>.ts,
 * add it here, and register it in src/content.config.ts; its files live in content/<name>/*.yaml.
 */
import { sourceSchema } from './sources';
import { elementSchema } from './elements';
import { measureSchema } from './measures';
import { eventSchema } from './events';
import { termSchema } from './terms';
import { figureSchema } from './figures';
import { comparisonSchema } from './comparisons';
import { changeSchema } from './changes';
import { controlItemSchema } from './control-items';
import { claimSchema } from './claims';

export const DATA_SCHEMAS = {
	sources: sourceSchema,
	elements: elementSchema,
	measures: measureSchema,
	events: eventSchema,
	terms: termSchema,
	figures: figureSchema,
	comparisons: comparisonSchema,
	changes: changeSchema,
	'control-items': controlItemSchema,
	claims: claimSchema,
} as const;

export type DataCollectionName = keyof typeof DATA_SCHEMAS;
export const DATA_COLLECTIONS = Object.keys(DATA_SCHEMAS) as DataCollectionName[];
