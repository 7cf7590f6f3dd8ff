import { describe, expect, it } from 'vitest';
import { statusOn } from '../../src/lib/status';
import { statusSentence } from '../../src/lib/status-table';
import { statusSentenceZh } from '../../src/lib/status-zh';
import type { Measure } from '../../src/schemas/measures';

/** The Chinese status sentences follow the English model: what was confirmed, when, and that what followed is not yet confirmed. */
describe('Chinese status sentences', () => {
	const no70 = {
		announced: '2025-11-07',
		lastVerified: '2025-11-08',
		statusHistory: [{ status: 'suspended', from: '2025-11-07', until: '2026-11-10', sources: ['s'] }],
	} as unknown as Measure;
	const inForceUntil = {
		announced: '2025-11-07',
		lastVerified: '2025-11-08',
		statusHistory: [{ status: 'in-force', from: '2025-11-07', until: '2026-11-10', sources: ['s'] }],
	} as unknown as Measure;
	const no46 = {
		announced: '2024-12-03',
		lastVerified: '2025-11-09',
		statusHistory: [
			{ status: 'in-force', from: '2024-12-03', sources: ['s'] },
			{ status: 'partly-suspended', from: '2025-11-09', until: '2026-11-27', endsFor: 'Article 2', continues: 'Article 1 in force with no end date', sources: ['s'] },
		],
		zh: { parts: { '2025-11-09': { endsFor: '第二条', continues: '第一条继续有效，没有截止日期' } } },
	} as unknown as Measure;

	it('while a suspension runs: its end date and the date it was confirmed', () => {
		expect(statusSentenceZh(no70, statusOn(no70, '2026-01-01'))).toBe('暂停实施，至2026年11月10日（截至2025年11月8日）。');
	});

	it('after the end date: what was confirmed, when, until when, and that what followed is not yet confirmed', () => {
		const after = statusOn(no70, '2026-11-29');
		expect(statusSentence(no70, after)).toBe('Suspension confirmed on 8 November 2025 to run until 10 November 2026; what followed is not yet confirmed.');
		expect(statusSentenceZh(no70, after)).toBe('2025年11月8日确认暂停实施，暂停期至2026年11月10日；此后的情况尚未确认。');
		expect(statusSentenceZh(no70, after)).not.toMatch(/未再核实/);
	});

	it('a status that is not a suspension, after its end date', () => {
		const after = statusOn(inForceUntil, '2026-11-29');
		expect(statusSentence(inForceUntil, after)).toBe('In force until 10 November 2026, as confirmed on 8 November 2025; what followed is not yet confirmed.');
		expect(statusSentenceZh(inForceUntil, after)).toBe('有效，期限至2026年11月10日（2025年11月8日确认）；此后的情况尚未确认。');
	});

	it('names the parts in Chinese when only part of the measure had the end date (No. 46)', () => {
		expect(statusSentenceZh(no46, statusOn(no46, '2026-11-01'))).toBe('部分暂停实施：第二条暂停实施，至2026年11月27日；第一条继续有效，没有截止日期（截至2025年11月9日）。');
		const after = statusOn(no46, '2026-11-29');
		expect(statusSentence(no46, after)).toBe(
			'Article 1 in force with no end date (confirmed on 9 November 2025); suspension of Article 2 confirmed on 9 November 2025 to run until 27 November 2026; what followed is not yet confirmed.',
		);
		expect(statusSentenceZh(no46, after)).toBe('第一条继续有效，没有截止日期（2025年11月9日确认）；第二条的暂停于2025年11月9日确认，期限至2026年11月27日；此后的情况尚未确认。');
	});

	it('before the announcement', () => {
		expect(statusSentenceZh(no70, statusOn(no70, '2025-01-01'))).toBe('尚未发布（公布于2025年11月7日）。');
	});
});
