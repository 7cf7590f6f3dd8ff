/**
 * Cross-reference integrity: every id that one entry uses to point at another must exist.
 * Astro validates each file against its schema but does not check references between
 * collections, so this runs before every build (src/integrations/source-integrity.ts),
 * in `npm test` and in the content check. Each problem names the file, the field and the id.
 */
import { COLLECTION_DIRS, type CollectionName } from '../collections';
import { COMPONENT_REFS, ELEMENT_PAGE } from '../component-refs';
import { loadContent, type ContentTree } from './load';
import { findReferences } from './references';
import { DATA_SCHEMAS } from '../../schemas/index';
import { docsExtension } from '../../schemas/docs';

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

export function checkIntegrity(tree: ContentTree): IntegrityProblem[] {
	const ids = new Map<CollectionName, Set<string>>();
	for (const entry of tree.data) {
		if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
		ids.get(entry.collection)!.add(entry.id);
	}
	const has = (collection: CollectionName, id: string) => ids.get(collection)?.has(id) ?? false;
	const problems: IntegrityProblem[] = [];

	for (const entry of tree.data) {
		for (const ref of findReferences(DATA_SCHEMAS[entry.collection], entry.data)) {
			if (!has(ref.collection, ref.id)) problems.push(problem(entry.file, ref.path, ref.id, ref.collection));
		}
	}
	problems.push(...aggregatorOnly(tree));
	for (const page of tree.pages) {
		for (const ref of findReferences(docsExtension, page.frontmatter)) {
			const key = ref.path.split(/[.[]/)[0]!;
			if (!has(ref.collection, ref.id)) problems.push(problem(page.file, ref.path, ref.id, ref.collection, page.keyLines[key]));
		}
		for (const use of page.refs) {
			for (const [prop, collection] of Object.entries(COMPONENT_REFS[use.name]?.props ?? {})) {
				const id = use.props[prop];
				if (id !== undefined && !has(collection, id)) problems.push(problem(page.file, `<${use.name} ${prop}>`, id, collection, use.line));
			}
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

/**
 * Ids written in the components' own code (declared in src/lib/component-refs.ts), checked against the content:
 * deleting an entry that a component needs fails the build here, naming the component.
 */
export function checkCodeReferences(tree: ContentTree): IntegrityProblem[] {
	const ids = new Set(tree.data.map((d) => `${d.collection}/${d.id}`));
	const fixed = [...Object.entries(COMPONENT_REFS).map(([name, c]) => ({ name: `<${name}>`, ids: c.fixed ?? [] })), { name: 'element pages', ids: ELEMENT_PAGE.fixed }];
	return fixed.flatMap(({ name, ids: refs }) =>
		refs.filter(({ collection, id }) => !ids.has(`${collection}/${id}`)).map(({ collection, id }) => problem('src/lib/component-refs.ts', `${name} (an id in code)`, id, collection)),
	);
}

/** Loads `root`'s content and throws one error listing every broken reference, in the content and in the code. */
export function assertIntegrity(root: string): void {
	const tree = loadContent(root);
	const lines = [
		...tree.parseErrors.map((e) => `${e.file} ${e.message}`),
		...checkIntegrity(tree).map((p) => p.message),
		...checkCodeReferences(tree).map((p) => p.message),
	];
	if (lines.length) {
		const error = new Error(`Content integrity check failed (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n  ${lines.join('\n  ')}`);
		error.name = 'ContentIntegrityError';
		throw error;
	}
}
