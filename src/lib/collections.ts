/** Where each collection's files live, relative to the project root: content/<name>/. Used by Astro and by the node-side checks. */
import { DATA_COLLECTIONS, type DataCollectionName } from '../schemas/index';

export { DATA_COLLECTIONS, type DataCollectionName };
export type CollectionName = DataCollectionName | 'docs';

export const COLLECTION_DIRS = Object.fromEntries(
	(['docs', ...DATA_COLLECTIONS] as CollectionName[]).map((name) => [name, `./content/${name}`]),
) as Record<CollectionName, string>;
