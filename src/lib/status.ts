/**
 * What a measure's status was on a given date, from its recorded status history.
 *
 * The one rule that matters for readers: when the last recorded period has an end date
 * (for example a suspension "until 10 November 2026") and that date has passed with no later
 * record, we do not know what happened next, so the answer is "unverified since <lastVerified>",
 * never a repeat of the old status.
 */
import type { Measure, StatusKind, StatusPeriod } from '../schemas/measures';
import { formatDate } from './dates';

export type StatusOn =
	| { kind: 'not-yet-issued'; label: string }
	| { kind: 'recorded'; status: StatusKind; period: StatusPeriod; asOf: string; label: string }
	| { kind: 'unverified'; lastVerified: string; previous: StatusPeriod; endedOn: string; label: string };

export const STATUS_LABELS: Record<StatusKind, string> = {
	announced: 'Announced, not yet in effect',
	'in-force': 'In force',
	'partly-in-force': 'Partly in force',
	suspended: 'Suspended',
	'partly-suspended': 'Partly suspended',
	lifted: 'Lifted',
	superseded: 'Superseded',
};

type StatusInput = Pick<Measure, 'announced' | 'statusHistory' | 'lastVerified'>;

/** Status of `measure` on `date` (YYYY-MM-DD). Periods are inclusive of `from` and `until`. */
export function statusOn(measure: StatusInput, date: string): StatusOn {
	if (date < measure.announced) return { kind: 'not-yet-issued', label: 'Not yet issued' };
	const history = measure.statusHistory;
	// The latest period that has started by `date`.
	let current: StatusPeriod | undefined;
	for (const period of history) if (period.from <= date) current = period;
	if (!current) {
		// Announced but the first recorded period starts later: treat as announced.
		return { kind: 'not-yet-issued', label: 'Not yet issued' };
	}
	if (current.until && date > current.until) {
		// The period has ended and no later record covers `date`.
		return {
			kind: 'unverified',
			lastVerified: measure.lastVerified,
			previous: current,
			endedOn: current.until,
			label: `Unverified since ${formatDate(measure.lastVerified)}`,
		};
	}
	const asOf = date < measure.lastVerified ? date : measure.lastVerified;
	const until = current.until ? ` until ${formatDate(current.until)}` : '';
	return {
		kind: 'recorded',
		status: current.status,
		period: current,
		asOf,
		label: `${STATUS_LABELS[current.status]}${until}`,
	};
}
