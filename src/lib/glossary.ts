/**
 * Ordering and grouping of glossary terms: alphabetical (ignoring case and accents), grouped by first
 * letter; terms starting with a digit or symbol ("0.1% rule", "50% rule") go first under "0–9".
 */

export interface GlossaryItem {
	id: string;
	term: string;
}

export interface GlossaryGroup<T extends GlossaryItem = GlossaryItem> {
	/** Heading shown: "A", "B", … or "0–9". */
	label: string;
	/** Heading id: "letter-a", …, "letter-0-9". Never a term id (term ids have no "letter-" prefix by convention). */
	anchor: string;
	items: T[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The group a term belongs to: its first letter without accents, upper-cased, or "0–9". */
export function groupLabel(term: string): string {
	const first = term.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '0–9';
}

export function sortTerms<T extends GlossaryItem>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => {
		const ga = groupLabel(a.term);
		const gb = groupLabel(b.term);
		if (ga !== gb) return ga === '0–9' ? -1 : gb === '0–9' ? 1 : collator.compare(ga, gb);
		return collator.compare(a.term, b.term) || (a.id < b.id ? -1 : 1);
	});
}

export function glossaryGroups<T extends GlossaryItem>(items: readonly T[]): GlossaryGroup<T>[] {
	const groups: GlossaryGroup<T>[] = [];
	for (const item of sortTerms(items)) {
		const label = groupLabel(item.term);
		let group = groups.at(-1);
		if (!group || group.label !== label) {
			group = { label, anchor: `letter-${label === '0–9' ? '0-9' : label.toLowerCase()}`, items: [] };
			groups.push(group);
		}
		group.items.push(item);
	}
	return groups;
}
