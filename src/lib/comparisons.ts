/**
 * Logic for the "Side by side" comparison (content/comparisons/*.yaml): the mechanisms the page
 * must cover, the order rows appear in, and the checks every row must pass. Kept free of Astro so
 * the unit test can run it on the YAML files directly.
 */

/** The mechanisms the comparison must cover, by file name (id). */
export const REQUIRED_MECHANISMS = [
	'content-threshold',
	'foreign-direct-product',
	're-export-of-origin-items',
	'end-user-lists',
	'ownership-affiliates',
	'advanced-chip-end-uses',
	'military-end-users',
	'licence-review',
	'ally-carve-outs',
	'enforcement-reach',
] as const;

export interface ComparisonSideLike {
	text: string;
	measures?: string[];
	sources: string[];
}

export interface ComparisonLike {
	mechanism: string;
	order: number;
	question: string;
	us: ComparisonSideLike;
	china: ComparisonSideLike;
	difference: string;
	terms?: string[];
}

/** Rows in page order: by `order`, then by id so the result never depends on file-system order. */
export function sortComparisons<T extends { id: string; data: { order: number } }>(rows: readonly T[]): T[] {
	return [...rows].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every problem with a set of rows, as readable sentences naming the file. Empty when all is well. */
export function comparisonProblems(rows: readonly { id: string; data: ComparisonLike }[]): string[] {
	const problems: string[] = [];
	const ids = new Set(rows.map((r) => r.id));
	for (const id of REQUIRED_MECHANISMS) {
		if (!ids.has(id)) problems.push(`content/comparisons/${id}.yaml is missing: the comparison must cover this mechanism.`);
	}
	const orders = new Map<number, string>();
	for (const { id, data } of rows) {
		for (const side of ['us', 'china'] as const) {
			const cell = data[side];
			if (!cell || !Array.isArray(cell.sources) || cell.sources.length === 0) {
				problems.push(`content/comparisons/${id}.yaml: ${side}.sources is empty; cite at least one source for this side.`);
			}
			if (!cell || typeof cell.text !== 'string' || cell.text.trim().length === 0) {
				problems.push(`content/comparisons/${id}.yaml: ${side}.text is empty.`);
			}
		}
		const other = orders.get(data.order);
		if (other) problems.push(`content/comparisons/${id}.yaml: order ${data.order} is also used by ${other}.yaml; give each row its own number.`);
		else orders.set(data.order, id);
	}
	return problems;
}
