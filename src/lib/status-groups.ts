/**
 * What a group of measures (src/data/measure-groups.ts) looks like on a date: a short badge for each distinct
 * status among its headline measures, the period that status covers, and the date it was last confirmed.
 * Pure functions over the measures data; the wording of statuses comes from src/lib/status.ts.
 */
import type { Measure } from '../schemas/measures';
import type { MeasureGroup } from '../data/measure-groups';
import { STATUS_LABELS, statusOn, type StatusOn } from './status';
import { formatDate } from './dates';
import { NOT_YET_CONFIRMED_ZH, STATUS_LABELS_ZH, partsZh, type ZhPartsSource } from './status-zh';
import type { SiteLocale as Locale } from './locale';

/** A badge: a few words and a kind for its colour. */
export interface Badge {
	kind: string;
	text: string;
}

/** The badge for one measure's status (in Chinese on the Chinese edition). */
export function badgeFor(status: StatusOn, locale: Locale = 'en'): Badge {
	const zh = locale === 'zh-cn';
	switch (status.kind) {
		case 'not-yet-issued':
			return { kind: 'not-yet-issued', text: zh ? '尚未发布' : 'Not yet issued' };
		case 'unverified':
			return { kind: 'unverified', text: zh ? '尚未确认' : 'Not yet confirmed' };
		case 'recorded':
			return { kind: status.status, text: (zh ? STATUS_LABELS_ZH : STATUS_LABELS)[status.status] };
	}
}

/**
 * The period a status covers, in words: "Since 4 April 2025", "7 November 2025 to 10 November 2026", or, once a
 * fixed end date has passed with no newer record, "Suspended from 7 November 2025 to 10 November 2026; what followed
 * is not yet confirmed".
 */
export function periodFor(status: StatusOn, locale: Locale = 'en', zh?: ZhPartsSource): string | undefined {
	if (status.kind === 'not-yet-issued') return undefined;
	const period = status.kind === 'recorded' ? status.period : status.previous;
	if (locale === 'zh-cn') {
		const d = (iso: string) => formatDate(iso, 'zh-cn');
		if (status.kind === 'unverified') {
			// As in English: the part with no end date stays as confirmed; only the dated part's sequel is unknown.
			const parts = partsZh(period, zh);
			if (parts?.continues) return `${parts.continues}（${d(status.lastVerified)}确认）；${parts.endsFor}${period.status.endsWith('suspended') ? '暂停实施' : STATUS_LABELS_ZH[period.status]}，${d(period.from)}至${d(period.until!)}；${NOT_YET_CONFIRMED_ZH}`;
			return `${STATUS_LABELS_ZH[period.status]}，${d(period.from)}至${d(period.until!)}；${NOT_YET_CONFIRMED_ZH}`;
		}
		return period.until ? `${d(period.from)}至${d(period.until)}` : `自${d(period.from)}起`;
	}
	if (status.kind === 'unverified') {
		const ended = `${STATUS_LABELS[period.status]} from ${formatDate(period.from)} to ${formatDate(period.until!)}; what followed is not yet confirmed`;
		// A part with no end date (No. 46: Article 1) stays as confirmed; only the part with the end date is in doubt.
		return period.continues && period.endsFor
			? `${period.continues} (confirmed on ${formatDate(status.lastVerified)}); ${period.endsFor} ${period.status.endsWith('suspended') ? 'suspended' : STATUS_LABELS[period.status].toLowerCase()} from ${formatDate(period.from)} to ${formatDate(period.until!)}; what followed is not yet confirmed`
			: ended;
	}
	return period.until ? `${formatDate(period.from)} to ${formatDate(period.until)}` : `Since ${formatDate(period.from)}`;
}

/** One distinct status within a group. */
export interface GroupPart {
	badge: Badge;
	/** The headline measures with this status. */
	measures: { id: string; data: Measure }[];
	/** The period, when every measure in the part has the same one. */
	period?: string | undefined;
	/** The earliest of their last-verified dates: every measure in the part was confirmed at least that recently. */
	lastConfirmed: string;
	/** The status in the words of src/lib/status.ts, for the first measure of the part. */
	status: StatusOn;
}

/** A group's status on `date`: one part per distinct badge, in the order of the group's headline measures. */
export function groupParts(group: MeasureGroup, measures: Map<string, Measure>, date: string, locale: Locale = 'en'): GroupPart[] {
	const ids = group.headline ?? group.measures;
	const parts: GroupPart[] = [];
	for (const id of ids) {
		const data = measures.get(id);
		if (!data) throw new Error(`src/data/measure-groups.ts: group "${group.id}" lists "${id}", but there is no content/measures/${id}.yaml. Fix the id.`);
		const status = statusOn(data, date);
		const badge = badgeFor(status, locale);
		const period = periodFor(status, locale, data.zh);
		const part = parts.find((p) => p.badge.text === badge.text);
		if (!part) {
			parts.push({ badge, measures: [{ id, data }], period, lastConfirmed: data.lastVerified, status });
			continue;
		}
		part.measures.push({ id, data });
		if (part.period !== period) part.period = undefined;
		if (data.lastVerified < part.lastConfirmed) part.lastConfirmed = data.lastVerified;
	}
	return parts;
}

/** "No. 55 (2025)", "No. 56 (2025)" … → "Nos. 55, 56, 57, 58, 61 and 62 (2025)" when they share the pattern. */
export function listNames(names: string[]): string {
	const m = names.map((n) => /^No\. (\d+) \((\d{4})\)$/.exec(n));
	if (names.length > 1 && m.every(Boolean) && new Set(m.map((x) => x![2])).size === 1) {
		const nums = m.map((x) => x![1]);
		return `Nos. ${nums.slice(0, -1).join(', ')} and ${nums.at(-1)} (${m[0]![2]})`;
	}
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
