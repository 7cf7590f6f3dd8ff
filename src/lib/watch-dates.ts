/**
 * The dates to watch: every start and end date in the measures' status histories (and the day a measure was
 * issued, when no status period starts that day), in date order. The "Dates to watch" page and the iCalendar
 * feed /dates.ics are both built from this list, so they always agree with the status tracker.
 *
 * Whether a date has passed is decided against the build date (today() in src/lib/dates.ts, which honours
 * SITE_DATE), never in this module, so the same list serves any "as of" date.
 */
import type { Measure, StatusKind, StatusPeriod } from '../schemas/measures';
import { formatDate } from './dates';
import { STATUS_LABELS_ZH } from './status-zh';

export type WatchKind = 'issued' | 'start' | 'end';

export interface WatchDate {
	/** The calendar date, YYYY-MM-DD. */
	date: string;
	kind: WatchKind;
	/** Id of the measure (its file name in content/measures/). */
	measureId: string;
	measure: Measure;
	/** The status period the date starts or ends (absent for "issued"). */
	period?: StatusPeriod;
	/** Index of that period in the measure's status history. */
	periodIndex?: number;
	/** A stable id for calendars: the same date of the same measure keeps it across builds. */
	uid: string;
	/** What the date is, in tense-neutral words: "Start of the suspension", "End date set for the suspension". */
	what: string;
}

/** What a status period is called in "Start of …" and "End date set for …". */
const PERIOD_NOUNS: Record<StatusKind, string> = {
	announced: 'the wait before it takes effect',
	'in-force': 'the period in force',
	'partly-in-force': 'the period partly in force',
	suspended: 'the suspension',
	'partly-suspended': 'the partial suspension',
	lifted: 'the period after it was lifted',
	superseded: 'the period after it was superseded',
};

/** The tense-neutral words for the first day of a period. */
const START_WORDS: Record<StatusKind, string> = {
	announced: 'Issued, not yet in effect',
	'in-force': 'Takes effect (start of the period in force)',
	'partly-in-force': 'Partly takes effect (start of the period partly in force)',
	suspended: 'Start of the suspension',
	'partly-suspended': 'Start of the partial suspension',
	lifted: 'Lifted',
	superseded: 'Superseded',
};

/** PERIOD_NOUNS in Chinese, for "…定于此日结束". */
const PERIOD_NOUNS_ZH: Record<StatusKind, string> = {
	announced: '生效前的等待期',
	'in-force': '有效期',
	'partly-in-force': '部分生效期',
	suspended: '暂停期',
	'partly-suspended': '部分暂停期',
	lifted: '废止后的时期',
	superseded: '被取代后的时期',
};

/** START_WORDS in Chinese: the tense-neutral words for the first day of a period. */
const START_WORDS_ZH: Record<StatusKind, string> = {
	announced: '发布，尚未生效',
	'in-force': '生效（有效期开始）',
	'partly-in-force': '部分生效（部分生效期开始）',
	suspended: '暂停期开始',
	'partly-suspended': '部分暂停期开始',
	lifted: '废止',
	superseded: '被取代',
};

/** What a date is, in Chinese (the `what` of a WatchDate, worded for the Chinese edition): "暂停期开始", "暂停期定于此日结束". */
export function whatZh(d: WatchDate): string {
	if (d.kind === 'issued' || !d.period) return '发布';
	return d.kind === 'start' ? START_WORDS_ZH[d.period.status] : `${PERIOD_NOUNS_ZH[d.period.status]}定于此日结束`;
}

export const UID_DOMAIN = 'rare-earths-explained';

/** Every dated moment of every measure, in date order (then measure id, then issued/start/end). */
export function watchDates(measures: { id: string; data: Measure }[]): WatchDate[] {
	const out: WatchDate[] = [];
	for (const { id, data } of measures) {
		const history = data.statusHistory;
		if (!history.some((p) => p.from === data.announced)) {
			out.push({ date: data.announced, kind: 'issued', measureId: id, measure: data, uid: `${id}-issued-${data.announced}@${UID_DOMAIN}`, what: 'Issued' });
		}
		history.forEach((period, i) => {
			out.push({
				date: period.from,
				kind: 'start',
				measureId: id,
				measure: data,
				period,
				periodIndex: i,
				uid: `${id}-${period.status}-from-${period.from}@${UID_DOMAIN}`,
				what: START_WORDS[period.status],
			});
			if (period.until) {
				out.push({
					date: period.until,
					kind: 'end',
					measureId: id,
					measure: data,
					period,
					periodIndex: i,
					uid: `${id}-${period.status}-until-${period.until}@${UID_DOMAIN}`,
					what: `End date set for ${PERIOD_NOUNS[period.status]}`,
				});
			}
		});
	}
	const order: Record<WatchKind, number> = { issued: 0, start: 1, end: 2 };
	out.sort((a, b) => a.date.localeCompare(b.date) || a.measureId.localeCompare(b.measureId) || order[a.kind] - order[b.kind]);
	const seen = new Map<string, WatchDate>();
	for (const d of out) {
		const twin = seen.get(d.uid);
		if (twin) {
			throw new Error(
				`content/measures/${d.measureId}.yaml: statusHistory has two "${d.period?.status}" periods starting or ending on ${d.date}. Merge them into one period, or fix the date.`,
			);
		}
		seen.set(d.uid, d);
	}
	return out;
}

/** True when `date` is before the build date `today`: the date has passed. The build date itself is still "coming up". */
export const hasPassed = (date: string, today: string): boolean => date < today;

/**
 * What a reader should know about a date as of `today`, in one tense-correct sentence, or undefined when
 * there is nothing to add:
 * - an end date that has passed with no later period on record: what was confirmed, and that what followed is not confirmed;
 * - an end date that has passed and a later period is on record: what the record says came next.
 */
export function afterwards(d: WatchDate, today: string): string | undefined {
	if (!hasPassed(d.date, today)) return undefined;
	if (d.kind !== 'end' || d.periodIndex === undefined) return undefined;
	const next = d.measure.statusHistory[d.periodIndex + 1];
	if (next && next.from <= today) {
		return `Next on record: ${next.status.replace(/-/g, ' ')} from ${formatDate(next.from)}.`;
	}
	return `Confirmed on ${formatDate(d.measure.lastVerified)} to run until this date; what followed is not yet confirmed.`;
}

/** `afterwards` in Chinese: the same rule, the same facts. */
export function afterwardsZh(d: WatchDate, today: string): string | undefined {
	if (!hasPassed(d.date, today)) return undefined;
	if (d.kind !== 'end' || d.periodIndex === undefined) return undefined;
	const next = d.measure.statusHistory[d.periodIndex + 1];
	if (next && next.from <= today) {
		return `此后的记录：自${formatDate(next.from, 'zh-cn')}起${STATUS_LABELS_ZH[next.status]}。`;
	}
	return `这一期限于${formatDate(d.measure.lastVerified, 'zh-cn')}得到确认；此后的情况尚未确认。`;
}

/** How far a date still to come is from the build date: "the build date", "1 day after the build date", "9 days after the build date". */
export function countdown(date: string, today: string): string {
	const n = daysBetween(today, date);
	return n === 0 ? 'the build date' : `${n} day${n === 1 ? '' : 's'} after the build date`;
}

/** `countdown` in Chinese: "即构建当日", "构建日期之后9天". */
export function countdownZh(date: string, today: string): string {
	const n = daysBetween(today, date);
	return n === 0 ? '即构建当日' : `构建日期之后${n}天`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day after `date` (YYYY-MM-DD): the exclusive end of an all-day calendar event. */
export function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
