/**
 * The status sentences of src/lib/status-table.ts in Chinese, for the Chinese edition. Same inputs, same
 * rule (past a recorded end date with no newer record, the status is "unverified", never the old one
 * repeated); only the words differ. Keep the two in step: test/unit/status-zh.test.ts checks each kind.
 */
import type { Measure, StatusKind } from '../schemas/measures';
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

const zhDate = (iso: string) => formatDate(iso, 'zh-cn');

/** A status's short label in Chinese, e.g. "暂停实施，至2026年11月10日". */
export function statusLabelZh(status: StatusOn): string {
	switch (status.kind) {
		case 'not-yet-issued':
			return '尚未发布';
		case 'unverified':
			return `自${zhDate(status.lastVerified)}起未再核实`;
		case 'recorded':
			return `${STATUS_LABELS_ZH[status.status]}${status.period.until ? `，至${zhDate(status.period.until)}` : ''}`;
	}
}

/** The sentence shown for a measure's status, in Chinese, always with its "as of" date. */
export function statusSentenceZh(measure: Measure, status: StatusOn): string {
	switch (status.kind) {
		case 'not-yet-issued':
			return `尚未发布（公布于${zhDate(measure.announced)}）。`;
		case 'unverified':
			return `自${zhDate(status.lastVerified)}起未再核实：最后记录的状态（${STATUS_LABELS_ZH[status.previous.status]}）定于${zhDate(status.endedOn)}结束，本站掌握的来源均未说明此后的情况。`;
		case 'recorded':
			return `${statusLabelZh(status)}（截至${zhDate(status.asOf)}）。`;
	}
}
