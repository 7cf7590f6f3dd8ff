import { describe, expect, it } from 'vitest';
import { periodFor } from '../../src/lib/status-groups';
import { statusOn } from '../../src/lib/status';
import type { Measure } from '../../src/schemas/measures';

describe('the period shown for a group once its end date has passed', () => {
	const no46 = {
		announced: '2024-12-03',
		lastVerified: '2025-11-09',
		statusHistory: [
			{ status: 'in-force', from: '2024-12-03', sources: ['s'] },
			{ status: 'partly-suspended', from: '2025-11-09', until: '2026-11-27', endsFor: 'Article 2', continues: 'Article 1 in force with no end date', sources: ['s'] },
		],
	} as unknown as Measure;

	it('keeps the part with no end date as confirmed, and says what followed the dated part is not confirmed', () => {
		expect(periodFor(statusOn(no46, '2026-11-29'))).toBe(
			'Article 1 in force with no end date (confirmed on 9 November 2025); Article 2 suspended from 9 November 2025 to 27 November 2026; what followed is not yet confirmed',
		);
	});

	it('says the same in Chinese', () => {
		expect(periodFor(statusOn(no46, '2026-11-29'), 'zh-cn', { parts: { '2025-11-09': { endsFor: '第二条', continues: '第一条继续有效，没有截止日期' } } })).toBe(
			'第一条继续有效，没有截止日期（2025年11月9日确认）；第二条暂停实施，2025年11月9日至2026年11月27日；此后的情况尚未确认',
		);
	});

	it('before the end date, gives the dates only', () => {
		expect(periodFor(statusOn(no46, '2026-11-01'))).toBe('9 November 2025 to 27 November 2026');
	});
});
