/**
 * Lists and counts drawn from content/control-items/: the items each Chinese announcement lists.
 * Pure code (no astro:content), so pages, the 0.1% table and the tests count the same way.
 */
import type { ControlItem } from '../schemas/control-items';

export interface ControlItemEntry {
	id: string;
	data: ControlItem;
}

/** The items a measure lists (optionally one part), in the order the text gives them. */
export function itemsOf(items: ControlItemEntry[], measure: string, part?: string): ControlItemEntry[] {
	return items
		.filter((i) => i.data.measure === measure && (part === undefined || i.data.part === part))
		.sort((a, b) => a.data.part.localeCompare(b.data.part, 'en', { numeric: true }) || a.data.order - b.data.order);
}

/** "What counts toward 0.1%": the items of No. 61's Annex 1 Part I, and only those. */
export function thresholdItems(items: ControlItemEntry[]): ControlItemEntry[] {
	return itemsOf(items, 'cn-2025-61').filter((i) => i.data.countsTowardThreshold);
}

/** The distinct elements a list of items involves, in first-seen order. */
export function elementsOf(items: ControlItemEntry[]): string[] {
	return [...new Set(items.flatMap((i) => i.data.elements))];
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** 13 → "thirteen"; numbers above twenty stay as digits. */
export const countWord = (n: number): string => WORDS[n] ?? String(n);
