/** Time-aware period wording: present tense before the end date, past tense and "not yet confirmed" after it. */
import { describe, expect, it } from 'vitest';
import { expandPeriods, measurePeriod, periodPhrase, periodPhraseZh } from '../../src/lib/periods';
import type { Measure } from '../../src/schemas/measures';

const no70: Pick<Measure, 'statusHistory'> = {
	statusHistory: [{ status: 'in-force', from: '2025-11-07', until: '2026-11-10', sources: ['s'] }],
};
const words = { present: 'suspends the October measures', past: 'suspended the October measures' };

describe('periodPhrase', () => {
	const facts = measurePeriod(no70)!;
	it('is in the present tense up to and including the last day', () => {
		expect(periodPhrase(words, facts, '2026-11-10')).toBe('suspends the October measures from 7 November 2025 until 10 November 2026');
	});
	it('is in the past tense the day after, and says what followed is not yet confirmed', () => {
		const text = periodPhrase(words, facts, '2026-11-11');
		expect(text).toBe('suspended the October measures from 7 November 2025 until 10 November 2026; what followed is not yet confirmed');
	});
	it('reports a newer status record instead, once one exists', () => {
		const extended = measurePeriod({
			statusHistory: [...no70.statusHistory, { status: 'in-force', from: '2026-11-11', until: '2027-11-10', sources: ['s'] }],
		}, '2026-11-10')!;
		expect(periodPhrase(words, extended, '2026-11-20')).toBe(
			'suspended the October measures from 7 November 2025 until 10 November 2026; a later record has it in force until 10 November 2027 from 11 November 2026',
		);
	});
});

describe('expandPeriods (templates in data text fields)', () => {
	const lookup = (id: string) => (id === 'cn-2025-70' ? no70 : undefined);
	const text = 'The pause {{period:cn-2025-70|runs|ran}}.';
	it('expands to the present tense before the end date', () => {
		expect(expandPeriods(text, lookup, '2026-01-01')).toBe('The pause runs until 10 November 2026.');
	});
	it('expands to the past tense after it', () => {
		expect(expandPeriods(text, lookup, '2026-11-29')).toBe('The pause ran until 10 November 2026; what followed is not yet confirmed.');
	});
	it('names the template and the fix when the measure does not exist', () => {
		expect(() => expandPeriods('{{period:cn-1999-1|is|was}}', lookup, '2026-01-01')).toThrow(/no measure "cn-1999-1" in content\/measures\/\. Fix the id\./);
	});
});

describe('periodPhraseZh (the Chinese edition)', () => {
	const facts = measurePeriod(no70)!;
	const zh = { present: '暂停实施第61号公告', past: '暂停实施第61号公告' };
	it('gives the dates in Chinese up to and including the last day, with no word of an ending', () => {
		const text = periodPhraseZh(zh, facts, '2026-11-10');
		expect(text).toBe('自2025年11月7日起暂停实施第61号公告，期限至2026年11月10日');
		expect(text).not.toMatch(/已过|尚未确认/);
	});
	it('says the day after that the period has ended and that what followed is not yet confirmed', () => {
		expect(periodPhraseZh(zh, facts, '2026-11-11')).toBe('自2025年11月7日起暂停实施第61号公告，期限至2026年11月10日；该期限已过，此后的情况尚未确认');
	});
	it('reports a newer status record instead, once one exists', () => {
		const later = measurePeriod({ statusHistory: [...no70.statusHistory, { status: 'suspended', from: '2026-11-11', until: '2027-11-10', sources: ['s'] }] }, '2026-11-10')!;
		expect(periodPhraseZh(zh, later, '2026-11-20')).toBe('自2025年11月7日起暂停实施第61号公告，期限至2026年11月10日；该期限已过，此后的记录显示，自2026年11月11日起暂停实施，至2027年11月10日');
	});
	it('expands Chinese {{period:…}} templates in data text', () => {
		const text = '这部分在2025年11月7日被{{period:cn-2025-70|暂停实施|暂停实施}}。';
		expect(expandPeriods(text, () => no70, '2026-11-29', 'zh-cn')).toBe('这部分在2025年11月7日被暂停实施，期限至2026年11月10日；该期限已过，此后的情况尚未确认。');
		expect(expandPeriods(text, () => no70, '2026-01-01', 'zh-cn')).toBe('这部分在2025年11月7日被暂停实施，期限至2026年11月10日。');
	});
});

describe('period-tense in Chinese text', () => {
	it('warns on fixed words saying a period has ended, and not on <Period> or {{period:…}}', async () => {
		const { checkPeriodTense } = await import('../../src/lib/content-check/period-tense');
		const page = '---\ntitle: 测试\n---\n\n第70号公告暂停实施10月的措施，暂停期至2026年11月10日；这一日期已经过去，此后的情况尚未确认。\n\n第70号公告<Period measure="cn-2025-70" present="暂停实施10月的措施" />。\n';
		const findings = checkPeriodTense('content/docs/zh-cn/x.mdx', page, '2026-11-29');
		expect(findings.map((f) => [f.line, f.rule, f.severity])).toEqual([[5, 'period-tense', 'warning']]);
		expect(findings[0]!.text).toContain('"这一日期已经过去"');
		expect(findings[0]!.text).toContain('<Period measure="…" present="中文词语" />');
		expect(checkPeriodTense('content/comparisons/x.yaml', 'zh:\n  us: "这项暂停{{period:us-x|自2025年11月10日起实施|自2025年11月10日起实施}}。"\n', '2026-11-29')).toEqual([]);
	});
});
