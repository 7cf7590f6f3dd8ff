/**
 * The text of the maintainers' freshness report (`npm run freshness`): plain lines, readable in a terminal and
 * as Markdown in the issue the scheduled workflow keeps open (.github/workflows/freshness.yml). Each item
 * names the file and line, what has gone stale, what source to look for, and what to change once found.
 */
import type { ContentTree } from './integrity/load';
import { formatDate } from './dates';
import { freshnessItems, MAX_AGE_DAYS, type FreshnessItem } from './freshness';

/** The first line of every report; the workflow finds its issue by the title, not by this line. */
export const REPORT_TITLE = 'Freshness report';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function label(item: FreshnessItem): string {
	const name = item.shortName ?? item.id;
	return item.number && item.number !== name ? `${name}, ${item.number}` : name;
}

/** Who would publish the news, e.g. "MOFCOM or General Administration of Customs". */
const issuers = (item: FreshnessItem) => (item.issuers.length ? item.issuers.join(' or ') : 'the issuing body');

function endedLine(item: Extract<FreshnessItem, { kind: 'ended' }>, numbers: Map<string, string>): string {
	const by = item.by ? ` (set by ${numbers.get(item.by) ?? item.by})` : '';
	const what = item.number ? `“${item.number}”` : (item.shortName ?? item.id);
	return [
		`- ${item.file}:${item.line} — ${label(item)}: the recorded period "${item.status.replace(/-/g, ' ')} until ${formatDate(item.until)}"${by} ended ${plural(item.daysAgo, 'day')} ago, and no later period is recorded.`,
		`  Look for: a notice from ${issuers(item)}, or a dated report, on what happened to ${what} after ${formatDate(item.until)}: an extension, an end, a return of the earlier rules or a replacement.`,
		`  Then: add the next status period with its source (npm run new -- status --measure ${item.id}) and move lastVerified to that source's date.${item.page ? ` Reread ${item.page} for sentences about this period.` : ''}`,
	].join('\n');
}

function oldLine(item: Extract<FreshnessItem, { kind: 'old' }>, listedAbove: boolean): string {
	if (listedAbove) {
		return `- ${item.file}:${item.line} — ${item.shortName ?? item.id}: lastVerified is ${formatDate(item.lastVerified)}, ${plural(item.age, 'day')} ago; the source for its ended period (above) settles this too.`;
	}
	return [
		`- ${item.file}:${item.line} — ${label(item)}: lastVerified is ${formatDate(item.lastVerified)}, ${plural(item.age, 'day')} ago (more than ${MAX_AGE_DAYS}).`,
		`  Look for: a source dated after ${formatDate(item.lastVerified)} that confirms the latest recorded status of ${item.number ? `“${item.number}”` : item.id}, or reports a change.`,
		`  Then: if it confirms the status, add it to the latest period's sources and move lastVerified to its date; if the status changed, add a status period (npm run new -- status --measure ${item.id}).`,
	].join('\n');
}

/** The whole report for `today` (YYYY-MM-DD), ending with a newline. */
export function freshnessReport(tree: ContentTree, today: string): { text: string; items: FreshnessItem[] } {
	const items = freshnessItems(tree, today);
	const numbers = new Map<string, string>();
	for (const e of tree.data) {
		const n = e.collection === 'measures' ? (e.data as { number?: unknown } | null)?.number : undefined;
		if (typeof n === 'string') numbers.set(e.id, n);
	}
	const ended = items.filter((i): i is Extract<FreshnessItem, { kind: 'ended' }> => i.kind === 'ended');
	const old = items.filter((i): i is Extract<FreshnessItem, { kind: 'old' }> => i.kind === 'old');
	const lines = [
		`${REPORT_TITLE} for ${formatDate(today)} (${today}): ${plural(ended.length, 'status period')} ended with no newer record; ${plural(old.length, 'measure')} last verified more than ${MAX_AGE_DAYS} days ago.`,
		'',
		`Status periods that have ended with no newer record (${ended.length}):`,
		...(ended.length ? ended.map((i) => endedLine(i, numbers)) : ['- none']),
		'',
		`Measures last verified more than ${MAX_AGE_DAYS} days before ${formatDate(today)} (${old.length}):`,
		...(old.length ? old.map((i) => oldLine(i, ended.some((e) => e.file === i.file))) : ['- none']),
		'',
		'Until a source is added, pages say what was confirmed and when, and that what followed is not yet confirmed. Each fix is a data change in a pull request (CONTRIBUTING.md); pages, the dates page and /dates.ics follow on the next daily build.',
	];
	return { text: `${lines.join('\n')}\n`, items };
}
