/** Rows of the status tracker: every measure's status on a date, as the data records it. */
import type { Measure } from '../schemas/measures';
import { statusOn, type StatusOn } from './status';
import { formatDate } from './dates';

export interface StatusRow {
	id: string;
	measure: Measure;
	status: StatusOn;
	/** One plain sentence a reader can take away, always with its "as of" date. */
	sentence: string;
}

/** The sentence shown for a measure's status on `date`. */
export function statusSentence(measure: Measure, status: StatusOn): string {
	switch (status.kind) {
		case 'not-yet-issued':
			return `Not yet issued (announced ${formatDate(measure.announced)}).`;
		case 'unverified':
			return `${status.label}.`;
		case 'recorded':
			return `${status.label} (as of ${formatDate(status.asOf)}).`;
	}
}

export function statusRows(measures: { id: string; data: Measure }[], date: string): StatusRow[] {
	return measures
		.map(({ id, data }) => {
			const status = statusOn(data, date);
			return { id, measure: data, status, sentence: statusSentence(data, status) };
		})
		.sort((a, b) => a.measure.jurisdiction.localeCompare(b.measure.jurisdiction) || a.measure.announced.localeCompare(b.measure.announced));
}
