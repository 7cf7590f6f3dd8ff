import { describe, expect, it } from 'vitest';
import { measureSearchTerms } from '../../src/lib/search-terms';

describe('measureSearchTerms', () => {
	it('adds the forms students type for a numbered announcement', () => {
		expect(measureSearchTerms({ number: 'Announcement No. 57 of 2025', shortName: 'No. 57 (2025)' })).toEqual([
			'Announcement No. 57 of 2025',
			'No. 57 (2025)',
			'Announcement 57',
			'No. 57',
			'No 57',
			'Announcement 57/2025',
			'2025 No. 57',
		]);
	});

	it('keeps other acts as written', () => {
		expect(measureSearchTerms({ number: '90 FR 47201 (FR Doc. 2025-19001)', shortName: 'Affiliates Rule (Sep 2025)' })).toEqual([
			'90 FR 47201 (FR Doc. 2025-19001)',
			'Affiliates Rule (Sep 2025)',
		]);
	});
});
