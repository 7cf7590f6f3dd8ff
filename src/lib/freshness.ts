/**
 * Which measures need a maintainer's attention on a date: those whose last status period has ended with no
 * later period recorded, and those whose lastVerified date is more than MAX_AGE_DAYS days old. One rule,
 * used by the content check's `stale-status` warnings (src/lib/content-check/freshness.ts) and by the
 * maintainers' report `npm run freshness` (src/cli/freshness.ts), which a scheduled workflow turns into an issue.
 *
 * Works on the raw content tree (src/lib/integrity/load.ts), so it also runs on data that fails its schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentTree } from './integrity/load';
import { lineOfField } from './content-check/yaml-lines';
import { daysBetween } from './watch-dates';

export const MAX_AGE_DAYS = 90;

interface LoosePeriod {
	status?: unknown;
	from?: unknown;
	until?: unknown;
	by?: unknown;
}

interface LooseMeasure {
	number?: unknown;
	shortName?: unknown;
	issuers?: unknown;
	statusHistory?: unknown;
	lastVerified?: unknown;
	page?: unknown;
}

/** Facts about the measure that the messages quote (absent when the data lacks them). */
export interface MeasureFacts {
	id: string;
	/** Path relative to the project root, e.g. content/measures/cn-2025-57.yaml. */
	file: string;
	number?: string | undefined;
	shortName?: string | undefined;
	issuers: string[];
	page?: string | undefined;
	lastVerified?: string | undefined;
}

export type FreshnessItem =
	| (MeasureFacts & {
			kind: 'ended';
			/** Line of the period's `until` field. */
			line: number;
			status: string;
			until: string;
			/** Days from `until` to the report date. */
			daysAgo: number;
			/** Id of the measure that brought the period about, if recorded. */
			by?: string | undefined;
	  })
	| (MeasureFacts & {
			kind: 'old';
			/** Line of the `lastVerified` field. */
			line: number;
			lastVerified: string;
			/** Days from lastVerified to the report date. */
			age: number;
	  });

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Every item needing attention on `today` (YYYY-MM-DD), in file order: for each measure, the ended period first. */
export function freshnessItems(tree: ContentTree, today: string): FreshnessItem[] {
	const items: FreshnessItem[] = [];
	for (const entry of tree.data) {
		if (entry.collection !== 'measures' || !entry.data || typeof entry.data !== 'object') continue;
		const m = entry.data as LooseMeasure;
		let source: string | undefined;
		const lineOf = (path: (string | number)[]) => lineOfField((source ??= readFileSync(join(tree.root, entry.file), 'utf8')), path);
		const facts: MeasureFacts = {
			id: entry.id,
			file: entry.file,
			number: text(m.number),
			shortName: text(m.shortName),
			issuers: Array.isArray(m.issuers) ? m.issuers.filter((i): i is string => typeof i === 'string') : [],
			page: text(m.page),
			lastVerified: iso(m.lastVerified),
		};
		const history = (Array.isArray(m.statusHistory) ? m.statusHistory : []) as LoosePeriod[];
		const last = history[history.length - 1];
		const until = iso(last?.until);
		if (last && until && until < today) {
			items.push({
				...facts,
				kind: 'ended',
				line: lineOf(['statusHistory', history.length - 1, 'until']),
				status: text(last.status) ?? '?',
				until,
				daysAgo: daysBetween(until, today),
				by: text(last.by),
			});
		}
		const verified = facts.lastVerified;
		if (verified && daysBetween(verified, today) > MAX_AGE_DAYS) {
			items.push({ ...facts, kind: 'old', line: lineOf(['lastVerified']), lastVerified: verified, age: daysBetween(verified, today) });
		}
	}
	return items;
}
