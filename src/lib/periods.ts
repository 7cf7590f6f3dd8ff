/**
 * Time-aware wording for sentences about a dated period ("suspended until 10 November 2026").
 *
 * Before the period's end date (compared with the build date, today() in src/lib/dates.ts, which honours
 * SITE_DATE) the sentence is in the present tense; once the date has passed it is in the past tense and adds
 * "what followed is not yet confirmed" — unless the measure's status history records a newer period, in
 * which case it says what that record holds. Used by <Period> in pages and by `{{period:…}}` templates in
 * data text fields, so no page or data file states an ended period in the present tense.
 */
import type { Measure, StatusPeriod } from '../schemas/measures';
import { formatDate } from './dates';
import { NOT_YET_CONFIRMED, STATUS_LABELS } from './status';
import { NOT_YET_CONFIRMED_ZH, STATUS_LABELS_ZH } from './status-zh';

export interface PeriodWords {
	/** Verb phrase while the period runs, e.g. "is suspended" or "runs". */
	present: string;
	/** Verb phrase once it has ended, e.g. "was suspended" or "ran". */
	past: string;
}

export interface PeriodFacts {
	/** First day of the period (YYYY-MM-DD), shown as "from …" when given. */
	from?: string | undefined;
	/** Last day of the period (YYYY-MM-DD). */
	until: string;
	/** A later recorded status period of the same measure, if any. */
	next?: StatusPeriod | undefined;
}

/** True once `today` is after the period's last day. */
export const periodEnded = (until: string, today: string): boolean => today > until;

/**
 * "is suspended from 7 November 2025 until 10 November 2026" while the period runs;
 * "was suspended from 7 November 2025 until 10 November 2026; what followed is not yet confirmed" after it.
 * No capital letter, no full stop: the sentence around it supplies them.
 */
export function periodPhrase(words: PeriodWords, facts: PeriodFacts, today: string): string {
	const span = `${facts.from ? `from ${formatDate(facts.from)} ` : ''}until ${formatDate(facts.until)}`;
	if (!periodEnded(facts.until, today)) return `${words.present} ${span}`;
	const next = facts.next && facts.next.from <= today ? facts.next : undefined;
	const after = next
		? `; a later record has it ${STATUS_LABELS[next.status].toLowerCase()}${next.until ? ` until ${formatDate(next.until)}` : ''} from ${formatDate(next.from)}`
		: `; ${NOT_YET_CONFIRMED}`;
	return `${words.past} ${span}${after}`;
}

/**
 * The period of a measure a sentence is about: the one ending on `until` when given, otherwise the latest
 * recorded period that has an end date. Returns undefined when the measure has no dated period.
 */
export function measurePeriod(measure: Pick<Measure, 'statusHistory'>, until?: string): PeriodFacts | undefined {
	const history = measure.statusHistory;
	let index = -1;
	history.forEach((p, i) => {
		if (p.until && (until ? p.until === until : true)) index = i;
	});
	if (index < 0) return undefined;
	const period = history[index]!;
	return { from: period.from, until: period.until!, next: history[index + 1] };
}

/**
 * The same phrase in Chinese. Chinese verbs carry no tense, so the writer's words may be the same before and
 * after the end date; the glue says what happened: "自2025年11月7日起暂停实施第61号公告，期限至2026年11月10日"
 * while the period runs; once it has ended, "……，期限至2026年11月10日；该期限已过，此后的情况尚未确认" (or what a later
 * record holds). No full stop: the sentence around it supplies it.
 */
export function periodPhraseZh(words: PeriodWords, facts: PeriodFacts, today: string): string {
	const d = (iso: string) => formatDate(iso, 'zh-cn');
	const ended = periodEnded(facts.until, today);
	const span = `${facts.from ? `自${d(facts.from)}起` : ''}${ended ? words.past : words.present}，期限至${d(facts.until)}`;
	if (!ended) return span;
	const next = facts.next && facts.next.from <= today ? facts.next : undefined;
	return next
		? `${span}；该期限已过，此后的记录显示，自${d(next.from)}起${STATUS_LABELS_ZH[next.status]}${next.until ? `，至${d(next.until)}` : ''}`
		: `${span}；该期限已过，${NOT_YET_CONFIRMED_ZH}`;
}

/** `{{period:<measure-id>|<present>|<past>}}` — the template data text fields use for a period. */
export const PERIOD_TEMPLATE = /\{\{period:([a-z0-9-]+)\|([^|{}]+)\|([^|{}]+)\}\}/g;

/**
 * Expands every `{{period:id|present|past}}` in a data text field, e.g.
 * "BIS then paused it for a year: the pause {{period:us-2025-11-10-affiliates-suspension|runs|ran}}."
 * Throws, naming the template and the fix, when the measure does not exist or has no dated period.
 */
export function expandPeriods(
	text: string,
	measures: (id: string) => Pick<Measure, 'statusHistory'> | undefined,
	today: string,
	locale: 'en' | 'zh-cn' = 'en',
): string {
	return text.replace(PERIOD_TEMPLATE, (whole, id: string, present: string, past: string) => {
		const m = measures(id);
		if (!m) throw new Error(`${whole}: there is no measure "${id}" in content/measures/. Fix the id.`);
		const facts = measurePeriod(m);
		if (!facts) throw new Error(`${whole}: measure "${id}" has no status period with an "until" date, so there is no period to describe. Write the sentence without the template.`);
		const phrase = locale === 'zh-cn' ? periodPhraseZh : periodPhrase;
		return phrase({ present: present.trim(), past: past.trim() }, { ...facts, from: undefined }, today);
	});
}
