/**
 * Rule `stale-status` (a warning, not a failure): a measure whose last status period has ended with no
 * later period recorded, or whose lastVerified date is more than MAX_AGE_DAYS days before today
 * (src/lib/dates.ts today(), which honours SITE_DATE). Pages say "as of" lastVerified, so an old date
 * is honest but may no longer be useful to readers. The rule itself lives in src/lib/freshness.ts, shared
 * with the maintainers' report `npm run freshness`.
 */
import type { ContentTree } from '../integrity/load';
import type { Finding } from './finding';
import { freshnessItems, MAX_AGE_DAYS } from '../freshness';

export { MAX_AGE_DAYS };

export function checkFreshness(tree: ContentTree, today: string): Finding[] {
	return freshnessItems(tree, today).map((item) => ({
		file: item.file,
		line: item.line,
		rule: 'stale-status',
		severity: 'warning',
		text:
			item.kind === 'ended'
				? `the last status period (${item.status} until ${item.until}) ended ${item.daysAgo} days ago and no later period is recorded. Find a source for what happened after ${item.until} and add the next status period (npm run new -- status --measure ${item.id}).`
				: `lastVerified is ${item.lastVerified}, ${item.age} days before today (${today}), more than ${MAX_AGE_DAYS}. Check a current source: move lastVerified forward if it confirms the status, or add a status period if the status changed.`,
	}));
}
