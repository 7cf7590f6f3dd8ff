/**
 * Cross-reference integrity: every id that one entry uses to point at another must exist.
 * Astro validates each file against its schema but does not check references between
 * collections, so this runs before every build (src/integrations/source-integrity.ts),
 * in `npm test` and in the content check. Each problem names the file, the field and the id.
 */
import { COLLECTION_DIRS, type CollectionName } from '../collections';
import { REF_COMPONENTS } from '../mdx-refs';
import { loadContent, type ContentTree } from './load';

export interface IntegrityProblem {
	file: string;
	/** The field path (e.g. `sources[2]`, `statusHistory[1].by`) or the component (`<Cite id>` on line 12). */
	field: string;
	id: string;
	/** The collection the id should belong to. */
	collection: CollectionName;
	line?: number;
	message: string;
}

/**
 * Which collection a field's ids point into, by field name. Applies at any depth of a data entry,
 * so a new collection's fields are checked as soon as they use these names.
 */
export const REFERENCE_FIELDS: Record<string, CollectionName> = {
	sources: 'sources',
	source: 'sources',
	controls: 'measures',
	measures: 'measures',
	by: 'measures',
	measure: 'measures',
	seenIn: 'sources',
	elements: 'elements',
	related: 'terms',
	conflictsWith: 'figures',
	figures: 'figures',
	terms: 'terms',
};

const singular: Record<CollectionName, string> = {
	docs: 'page',
	sources: 'source',
	elements: 'element',
	measures: 'measure',
	events: 'event',
	terms: 'term',
	figures: 'figure',
	comparisons: 'comparison row',
	changes: 'change',
	'control-items': 'control item',
	claims: 'claim',
};

function problem(file: string, field: string, id: string, collection: CollectionName, line?: number): IntegrityProblem {
	const where = line ? `${file}:${line}` : file;
	const dir = COLLECTION_DIRS[collection].replace(/^\.\//, '');
	return {
		file,
		field,
		id,
		collection,
		...(line ? { line } : {}),
		message: `${where}: ${field} refers to "${id}", which is not a ${singular[collection]} id. Fix the id, or add ${dir}/${id}.yaml.`,
	};
}

/** Visits every string or string-array value under a reference field name, at any depth. */
function visit(value: unknown, path: string, onRef: (path: string, field: string, id: string) => void, key?: string) {
	if (Array.isArray(value)) {
		value.forEach((item, i) => {
			if (typeof item === 'string' && key && key in REFERENCE_FIELDS) onRef(`${path}[${i}]`, key, item);
			else visit(item, `${path}[${i}]`, onRef);
		});
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, onRef, k);
	} else if (typeof value === 'string' && key && key in REFERENCE_FIELDS) {
		onRef(path, key, value);
	}
}

export function checkIntegrity(tree: ContentTree): IntegrityProblem[] {
	const ids = new Map<CollectionName, Set<string>>();
	for (const entry of tree.data) {
		if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
		ids.get(entry.collection)!.add(entry.id);
	}
	const has = (collection: CollectionName, id: string) => ids.get(collection)?.has(id) ?? false;
	const problems: IntegrityProblem[] = [];

	for (const entry of tree.data) {
		visit(entry.data, '', (path, field, id) => {
			const collection = REFERENCE_FIELDS[field]!;
			if (!has(collection, id)) problems.push(problem(entry.file, path, id, collection));
		});
	}
	problems.push(...aggregatorOnly(tree));
	for (const page of tree.pages) {
		const sources = page.frontmatter['sources'];
		if (Array.isArray(sources)) {
			sources.forEach((id, i) => {
				if (typeof id === 'string' && !has('sources', id)) problems.push(problem(page.file, `sources[${i}]`, id, 'sources', page.keyLines['sources']));
			});
		}
		for (const ref of page.refs) {
			const collection = REF_COMPONENTS[ref.component];
			if (!has(collection, ref.id)) problems.push(problem(page.file, `<${ref.component} id>`, ref.id, collection, ref.line));
		}
	}
	return problems;
}

/**
 * No fact on an element page rests on aggregator sources alone (low-quality reposts, see the sources schema):
 * every `{ text, sources }` fact in content/elements/ needs at least one source of another reliability.
 */
function aggregatorOnly(tree: ContentTree): IntegrityProblem[] {
	const reliability = new Map(
		tree.data.filter((d) => d.collection === 'sources').map((d) => [d.id, (d.data as { reliability?: string } | null)?.reliability]),
	);
	const problems: IntegrityProblem[] = [];
	for (const entry of tree.data) {
		if (entry.collection !== 'elements' || !entry.data || typeof entry.data !== 'object') continue;
		const data = entry.data as Record<string, unknown>;
		const facts: [string, unknown][] = [
			...(Array.isArray(data['uses']) ? data['uses'].map((f, i) => [`uses[${i}]`, f] as [string, unknown]) : []),
			['mined', data['mined']],
			['separated', data['separated']],
		];
		for (const [field, fact] of facts) {
			const ids = (fact as { sources?: unknown } | undefined)?.sources;
			if (!Array.isArray(ids) || ids.length === 0) continue;
			if (ids.every((id) => reliability.get(String(id)) === 'aggregator')) {
				problems.push({
					file: entry.file,
					field: `${field}.sources`,
					id: ids.join(', '),
					collection: 'sources',
					message: `${entry.file}: ${field} rests only on aggregator sources (${ids.join(', ')}), which cannot carry a fact on their own. Add a source of another reliability, or remove the fact.`,
				});
			}
		}
	}
	return problems;
}

/** Loads `root`'s content and throws one error listing every broken reference. */
export function assertIntegrity(root: string): void {
	const tree = loadContent(root);
	const lines = [
		...tree.parseErrors.map((e) => `${e.file} ${e.message}`),
		...checkIntegrity(tree).map((p) => p.message),
	];
	if (lines.length) {
		const error = new Error(`Content integrity check failed (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n  ${lines.join('\n  ')}`);
		error.name = 'ContentIntegrityError';
		throw error;
	}
}
