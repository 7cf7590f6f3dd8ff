/**
 * The status sentences of src/lib/status.ts and src/lib/status-table.ts in Chinese, for the Chinese edition.
 * Same inputs, same model: while a period runs, the status "as of" the date last confirmed; once a recorded end
 * date has passed with no newer record, what was confirmed, when, until what date, and that what followed is
 * not yet confirmed (此后的情况尚未确认) — never the old status repeated as if it still held. Only the words
 * differ. Keep the two in step: test/unit/status-zh.test.ts checks each kind against the English.
 */
import type { Measure, StatusKind, StatusPeriod } from '../schemas/measures';
import type { StatusOn } from './status';
import { formatDate } from './dates';

export const STATUS_LABELS_ZH: Record<StatusKind, string> = {
	announced: '已公布，尚未生效',
	'in-force': '有效',
	'partly-in-force': '部分生效',
	suspended: '暂停实施',
	'partly-suspended': '部分暂停实施',
	lifted: '已废止',
	superseded: '已被取代',
};

/** The words readers see once a recorded period has ended with nothing newer on record (NOT_YET_CONFIRMED in English). */
export const NOT_YET_CONFIRMED_ZH = '此后的情况尚未确认';

/** Nouns for a period of a status (PERIOD_NOUNS in English): "暂停" in "暂停期至…". */
const PERIOD_NOUNS_ZH: Partial<Record<StatusKind, string>> = {
	suspended: '暂停',
	'partly-suspended': '部分暂停',
};

const zhDate = (iso: string) => formatDate(iso, 'zh-cn');

/** The Chinese names of a period's parts (`endsFor`, `continues`), from the measure's `zh.parts`; generic words when not given. */
export interface PartsZh {
	endsFor: string;
	continues?: string | undefined;
}

/** What the Chinese wording reads from a measure's `zh` object: the Chinese names of its periods' parts. */
export type ZhPartsSource = { parts?: NonNullable<Measure['zh']>['parts'] } | undefined;

/** A period's parts in Chinese: the measure's `zh.parts` entry for the period, or generic words ("部分条款"). */
export function partsZh(period: StatusPeriod, zh?: ZhPartsSource): PartsZh | undefined {
	if (!period.endsFor) return undefined;
	const given = zh?.parts?.[period.from];
	if (given) return given;
	return { endsFor: '部分条款', continues: period.continues ? '其余条款继续有效，没有截止日期' : undefined };
}

const suspendedWord = (status: StatusKind) => (PERIOD_NOUNS_ZH[status] ? '暂停实施' : STATUS_LABELS_ZH[status]);

/**
 * The Chinese of src/lib/status.ts's `endedLabel`, without the final full stop:
 * "2025年11月8日确认暂停实施，暂停期至2026年11月10日；此后的情况尚未确认" for a suspension;
 * "有效，期限至2026年11月10日（2025年11月8日确认）；此后的情况尚未确认" for other statuses; naming the parts
 * when only part had the end date: "第一条继续有效，没有截止日期（2025年11月9日确认）；第二条的暂停于2025年11月9日确认，
 * 暂停期至2026年11月27日；此后的情况尚未确认".
 */
export function endedLabelZh(previous: StatusPeriod, endedOn: string, lastVerified: string, zh?: ZhPartsSource): string {
	const confirmed = zhDate(lastVerified < previous.from ? previous.from : lastVerified);
	const parts = partsZh(previous, zh);
	if (parts) {
		const noun = PERIOD_NOUNS_ZH[previous.status] ? '暂停' : `“${STATUS_LABELS_ZH[previous.status]}”状态`;
		const ended = `${parts.endsFor}的${noun}于${confirmed}确认，期限至${zhDate(endedOn)}；${NOT_YET_CONFIRMED_ZH}`;
		return parts.continues ? `${parts.continues}（${confirmed}确认）；${ended}` : ended;
	}
	const noun = PERIOD_NOUNS_ZH[previous.status];
	return noun
		? `${confirmed}确认${STATUS_LABELS_ZH[previous.status]}，${noun}期至${zhDate(endedOn)}；${NOT_YET_CONFIRMED_ZH}`
		: `${STATUS_LABELS_ZH[previous.status]}，期限至${zhDate(endedOn)}（${confirmed}确认）；${NOT_YET_CONFIRMED_ZH}`;
}

/** The Chinese of the running label: "暂停实施，至2026年11月10日", or naming the parts, "部分暂停实施：第二条暂停实施，至2026年11月27日；第一条继续有效，没有截止日期". */
function runningLabelZh(period: StatusPeriod, zh?: ZhPartsSource): string {
	const label = STATUS_LABELS_ZH[period.status];
	const parts = partsZh(period, zh);
	if (!period.until) return parts?.continues ? `${label}：${parts.continues}` : label;
	if (!parts) return `${label}，至${zhDate(period.until)}`;
	return `${label}：${parts.endsFor}${suspendedWord(period.status)}，至${zhDate(period.until)}${parts.continues ? `；${parts.continues}` : ''}`;
}

/** A status's short label in Chinese, e.g. "暂停实施，至2026年11月10日" (the Chinese of StatusOn's `label`). */
export function statusLabelZh(status: StatusOn, zh?: ZhPartsSource): string {
	switch (status.kind) {
		case 'not-yet-issued':
			return '尚未发布';
		case 'unverified':
			return endedLabelZh(status.previous, status.endedOn, status.lastVerified, zh);
		case 'recorded':
			return runningLabelZh(status.period, zh);
	}
}

/** The sentence shown for a measure's status, in Chinese (the Chinese of statusSentence in src/lib/status-table.ts). */
export function statusSentenceZh(measure: Measure, status: StatusOn): string {
	switch (status.kind) {
		case 'not-yet-issued':
			return `尚未发布（公布于${zhDate(measure.announced)}）。`;
		case 'unverified':
			return `${statusLabelZh(status, measure.zh)}。`;
		case 'recorded':
			return `${statusLabelZh(status, measure.zh)}（截至${zhDate(status.asOf)}）。`;
	}
}
