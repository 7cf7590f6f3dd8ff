import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/lib/status';
import type { Measure } from '../../src/schemas/measures';

// A measure shaped like No. 57 of 2025: announced, suspended before it took effect, suspension "until 10 November 2026".
const announcedThenSuspended: Pick<Measure, 'announced' | 'statusHistory' | 'lastVerified'> = {
	announced: '2025-10-09',
	lastVerified: '2026-01-20',
	statusHistory: [
		{ status: 'announced', from: '2025-10-09', until: '2025-11-06', sources: ['s'] },
		{ status: 'suspended', from: '2025-11-07', until: '2026-11-10', by: 'cn-2025-70', sources: ['s'] },
	],
};

// A measure shaped like No. 18 of 2025: in force from the day it was issued, open-ended.
const inForce: Pick<Measure, 'announced' | 'statusHistory' | 'lastVerified'> = {
	announced: '2025-04-04',
	lastVerified: '2026-01-20',
	statusHistory: [{ status: 'in-force', from: '2025-04-04', sources: ['s'] }],
};

describe('statusOn', () => {
	it('is "not yet issued" before the announcement', () => {
		expect(statusOn(inForce, '2025-04-03').kind).toBe('not-yet-issued');
	});

	it('reports an open-ended status as in force, as of the last verification', () => {
		const s = statusOn(inForce, '2026-11-22');
		expect(s.kind).toBe('recorded');
		if (s.kind !== 'recorded') throw new Error('unreachable');
		expect(s.status).toBe('in-force');
		expect(s.asOf).toBe('2026-01-20');
		expect(s.label).toBe('In force');
	});

	it('reports "announced, not yet in effect" between announcement and effect', () => {
		const s = statusOn(announcedThenSuspended, '2025-10-20');
		expect(s.kind === 'recorded' && s.status).toBe('announced');
		expect(s.label).toBe('Announced, not yet in effect until 6 November 2025');
	});

	it('reports a suspension while it runs, with its end date, as of the date asked when that is before verification', () => {
		const s = statusOn(announcedThenSuspended, '2026-01-01');
		expect(s.kind === 'recorded' && s.status).toBe('suspended');
		expect(s.label).toBe('Suspended until 10 November 2026');
		expect(s.kind === 'recorded' && s.asOf).toBe('2026-01-01');
	});

	it('counts the last day of a suspension as suspended', () => {
		expect(statusOn(announcedThenSuspended, '2026-11-10').kind).toBe('recorded');
	});

	it('says what was confirmed, and that what followed is not yet confirmed, once the suspension has ended with no newer record', () => {
		const s = statusOn(announcedThenSuspended, '2026-11-11');
		expect(s.kind).toBe('unverified');
		expect(s.label).toBe('Suspension confirmed on 20 January 2026 to run until 10 November 2026; what followed is not yet confirmed');
		expect(s.label).not.toMatch(/unverified since/i);
		if (s.kind !== 'unverified') throw new Error('unreachable');
		expect(s.endedOn).toBe('2026-11-10');
		expect(s.previous.status).toBe('suspended');
	});

	it('follows a newer record once one exists', () => {
		const extended = {
			...announcedThenSuspended,
			lastVerified: '2026-11-12',
			statusHistory: [
				...announcedThenSuspended.statusHistory,
				{ status: 'suspended' as const, from: '2026-11-11', until: '2027-11-10', sources: ['s'] },
			],
		};
		const s = statusOn(extended, '2026-11-22');
		expect(s.kind === 'recorded' && s.label).toBe('Suspended until 10 November 2027');
	});

	it('names the part that ends and the part that continues (No. 46: Article 2 suspended, Article 1 open-ended)', () => {
		const partly: Pick<Measure, 'announced' | 'statusHistory' | 'lastVerified'> = {
			announced: '2024-12-03',
			lastVerified: '2025-11-09',
			statusHistory: [
				{ status: 'in-force', from: '2024-12-03', sources: ['s'] },
				{ status: 'partly-suspended', from: '2025-11-09', until: '2026-11-27', endsFor: 'Article 2', continues: 'Article 1 in force with no end date', sources: ['s'] },
			],
		};
		expect(statusOn(partly, '2026-11-27').label).toBe('Partly suspended: Article 2 suspended until 27 November 2026; Article 1 in force with no end date');
		expect(statusOn(partly, '2026-11-28').label).toBe(
			'Article 1 in force with no end date (confirmed on 9 November 2025); suspension of Article 2 confirmed on 9 November 2025 to run until 27 November 2026; what followed is not yet confirmed',
		);
	});
});
