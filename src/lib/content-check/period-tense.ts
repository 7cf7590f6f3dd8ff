/**
 * Rule `period-tense` (a warning): a page or data text that states a dated period in the present tense —
 * "is suspended until 10 November 2026", "the pause runs to 9 November 2026", "ends on 27 November 2026" —
 * without the time-aware wording. Such a sentence is true only until that date; after it, readers get a
 * present tense about a period that has ended. Pages should use <Period> (src/components/Period.astro),
 * data text `{{period:<measure-id>|present|past}}` (src/lib/periods.ts), or tense-neutral words
 * ("was set to run until …").
 *
 * In Chinese text it flags fixed words that say a period has ended ("这一日期已经过去"): <Period> says that from the data.
 *
 * Self-contained: it reads the raw text (blanking code, comments, JSX tags and templates so line numbers
 * stay right), not the MDX syntax tree, so it does not depend on how the other rules parse pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentTree } from '../integrity/load';
import type { Finding } from './finding';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = `(\\d{1,2}\\s+${MONTH}\\s+\\d{4})`;
/** Words between the verb and the date: no sentence end, but "No. 46" and "Nos. 55" are allowed. */
const GAP = '(?:\\bNos?\\.\\s|[^.;:!?<>]){0,120}?';
/** Present-tense ways of stating a period's end. Each has one capture group: the date. */
const PATTERNS: RegExp[] = [
	new RegExp(`\\b(?:is|are|remains|remain|stays|stay)\\s+(?:still\\s+|now\\s+|currently\\s+)?(?:suspended|paused|on hold|in force|in effect)\\b${GAP}\\b(?:until|till|through|to)["“”']?\\s+${DATE}`, 'gi'),
	new RegExp(`(?<!\\bto\\s)(?<!\\bwould\\s)(?<!\\bwill\\s)\\b(?:runs|lasts|suspends|pauses|puts|continues)\\b${GAP}\\b(?:until|till|through|to)["“”']?\\s+${DATE}`, 'gi'),
	new RegExp(`(?<!\\bto\\s)(?<!\\bwould\\s)(?<!\\bwill\\s)\\b(?:ends|expires)\\s+(?:on\\s+)?${DATE}`, 'gi'),
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function isoOf(date: string): string {
	const [d, m, y] = date.split(/\s+/);
	return `${y}-${String(MONTHS.indexOf(m!.toLowerCase()) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** The text with everything that is not prose blanked out (same length, same line breaks). */
function proseOnly(text: string, isPage: boolean): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	let out = text.replace(/\{\{period:[^}]*\}\}/g, blank);
	if (!isPage) return out;
	out = out
		.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
		.replace(/^(?:import|export)\s.*$/gm, blank)
		// A <Period …/> and everything inside any other tag's angle brackets (attributes are not prose).
		.replace(/<Period\b[^>]*\/>/g, blank)
		.replace(/<[A-Za-z/][^<>]*>/g, blank);
	return out;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Findings for one file's text. */
export function checkPeriodTense(file: string, text: string, today: string): Finding[] {
	const prose = proseOnly(text, /\.mdx?$/.test(file));
	const findings: Finding[] = [];
	const seen = new Set<number>();
	for (const pattern of PATTERNS) {
		for (const m of prose.matchAll(pattern)) {
			if (seen.has(m.index)) continue;
			seen.add(m.index);
			const date = m[1]!.replace(/\s+/g, ' ');
			const phrase = m[0].replace(/\s+/g, ' ');
			const when = isoOf(date) < today ? `${date} has passed, so it is already wrong` : `it will be wrong after ${date}`;
			findings.push({
				file,
				line: lineAt(prose, m.index),
				rule: 'period-tense',
				severity: 'warning',
				text: `"${phrase}" states a dated period in the present tense: ${when}. Write it with <Period measure="…" present="…" past="…" /> in a page or {{period:<measure-id>|present words|past words}} in data, or in words that stay true ("was set to run until ${date}").`,
			});
		}
	}
	// Chinese has no tense to get wrong, but fixed text can still say that a period has ended ("这一日期已经过去"):
	// once the data records what followed, that text is wrong. <Period> (and {{period:…}}) say it from the data.
	for (const m of prose.matchAll(ZH_ENDED)) {
		findings.push({
			file,
			line: lineAt(prose, m.index),
			rule: 'period-tense',
			severity: 'warning',
			text: `"${m[0]}" says in fixed words that a dated period has ended. Write the period with <Period measure="…" present="中文词语" /> in a page or {{period:<measure-id>|中文词语|中文词语}} in data: it says the period ended, and what a later record holds, from the data.`,
		});
	}
	return findings.sort((a, b) => a.line - b.line);
}

/** Fixed Chinese words saying that a period's end date has passed ("这一日期已经过去", "该期限已过"). */
const ZH_ENDED = /(?:这一|这个|该)(?:日期|期限|截止日期)(?:已经|已)(?:过去|过)/g;

/** Every page, and the reader-facing text of every data file, in a content tree. */
export function checkPeriodTenseTree(tree: ContentTree, today: string): Finding[] {
	const files = [...tree.pages.map((p) => p.file), ...tree.data.filter((d) => d.collection !== 'sources').map((d) => d.file)];
	return files.flatMap((file) => checkPeriodTense(file, readFileSync(join(tree.root, file), 'utf8'), today));
}
