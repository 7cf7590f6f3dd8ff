/**
 * Rule `stale-status` (a warning, not a failure): a measure whose last status period has ended with no
 * later period recorded, or whose lastVerified date is more than MAX_AGE_DAYS days before today
 * (src/lib/dates.ts today(), which honours SITE_DATE). Pages say "as of" lastVerified, so an old date
 * is honest but may no longer be useful to readers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentTree } from '../integrity/load';
import type { Finding } from './finding';
import { lineOfField } from './yaml-lines';

export const MAX_AGE_DAYS = 90;

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);

export function checkFreshness(tree: ContentTree, today: string): Finding[] {
	const findings: Finding[] = [];
	for (const entry of tree.data) {
		if (entry.collection !== 'measures' || !entry.data || typeof entry.data !== 'object') continue;
		const m = entry.data as { statusHistory?: { status?: string; until?: unknown }[]; lastVerified?: unknown };
		const text = () => readFileSync(join(tree.root, entry.file), 'utf8');
		const history = Array.isArray(m.statusHistory) ? m.statusHistory : [];
		const last = history[history.length - 1];
		const until = iso(last?.until);
		if (last && until && until < today) {
			findings.push({
				file: entry.file,
				line: lineOfField(text(), ['statusHistory', history.length - 1, 'until']),
				rule: 'stale-status',
				severity: 'warning',
				text: `the last status period (${last.status ?? '?'} until ${until}) ended ${days(until, today)} days ago and no later period is recorded. Find a source for what happened after ${until} and add the next status period (npm run new -- status --measure ${entry.id}).`,
			});
		}
		const verified = iso(m.lastVerified);
		if (verified && days(verified, today) > MAX_AGE_DAYS) {
			findings.push({
				file: entry.file,
				line: lineOfField(text(), ['lastVerified']),
				rule: 'stale-status',
				severity: 'warning',
				text: `lastVerified is ${verified}, ${days(verified, today)} days before today (${today}), more than ${MAX_AGE_DAYS}. Check a current source: move lastVerified forward if it confirms the status, or add a status period if the status changed.`,
			});
		}
	}
	return findings;
}
