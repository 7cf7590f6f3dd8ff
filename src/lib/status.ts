/**
 * What a measure's status was on a given date, from its recorded status history.
 *
 * The one rule that matters for readers: when the last recorded period has an end date
 * (for example a suspension "until 10 November 2026") and that date has passed with no later
 * record, we do not know what happened next. The answer then says what was confirmed, and when,
 * and that what followed is not yet confirmed — never a repeat of the old status in the present
 * tense, and never "unverified" on its own (which reads as "unknown all along").
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

/** Nouns for a period of a status, for sentences like "Suspension confirmed on … to run until …". */
const PERIOD_NOUNS: Partial<Record<StatusKind, string>> = {
	suspended: 'Suspension',
	'partly-suspended': 'Partial suspension',
};

/** The words readers see once a recorded period has ended with nothing newer on record. */
export const NOT_YET_CONFIRMED = 'what followed is not yet confirmed';

/**
 * "Suspension confirmed on 8 November 2025 to run until 10 November 2026; what followed is not yet confirmed."
 * (without the final full stop). For statuses that are not suspensions:
 * "In force until 10 November 2026, as confirmed on 8 November 2025; what followed is not yet confirmed".
 */
export function endedLabel(previous: StatusPeriod, endedOn: string, lastVerified: string): string {
	const confirmed = formatDate(lastVerified < previous.from ? previous.from : lastVerified);
	if (previous.endsFor) {
		// Part of the measure had an end date, part did not (e.g. No. 46: Article 2 suspended until a date, Article 1 open-ended).
		const noun = PERIOD_NOUNS[previous.status] ? 'suspension' : STATUS_LABELS[previous.status].toLowerCase();
		const ended = `${noun} of ${previous.endsFor} confirmed on ${confirmed} to run until ${formatDate(endedOn)}; ${NOT_YET_CONFIRMED}`;
		return capitalise(previous.continues ? `${previous.continues} (confirmed on ${confirmed}); ${ended}` : ended);
	}
	const noun = PERIOD_NOUNS[previous.status];
	return noun
		? `${noun} confirmed on ${confirmed} to run until ${formatDate(endedOn)}; ${NOT_YET_CONFIRMED}`
		: `${STATUS_LABELS[previous.status]} until ${formatDate(endedOn)}, as confirmed on ${confirmed}; ${NOT_YET_CONFIRMED}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Partly suspended until 27 November 2026" or, naming the parts, "Partly suspended: Article 2 suspended until 27 November 2026; Article 1 in force with no end date". */
function runningLabel(period: StatusPeriod): string {
	const label = STATUS_LABELS[period.status];
	if (!period.until) return period.continues ? `${label}: ${period.continues}` : label;
	if (!period.endsFor) return `${label} until ${formatDate(period.until)}`;
	return `${label}: ${period.endsFor}${PERIOD_NOUNS[period.status] ? ' suspended' : ''} until ${formatDate(period.until)}${period.continues ? `; ${period.continues}` : ''}`;
}

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
			label: endedLabel(current, current.until, measure.lastVerified),
		};
	}
	const asOf = date < measure.lastVerified ? date : measure.lastVerified;
	return {
		kind: 'recorded',
		status: current.status,
		period: current,
		asOf,
		label: runningLabel(current),
	};
}
