/** The Chinese edition's words that come from code: dates, figures, statuses and the page's language. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { formatFigureValue } from '../../src/lib/figures';
import { baseId, localeOf, localePath } from '../../src/lib/locale';
import { measureSearchTermsZh } from '../../src/lib/search-terms';

describe('Chinese dates and figures', () => {
	it('writes dates as 年月日', () => {
		expect(formatDate('2025-10-09', 'zh-cn')).toBe('2025年10月9日');
		expect(formatDate('2025-10', 'zh-cn')).toBe('2025年10月');
		expect(formatDate('2012', 'zh-cn')).toBe('2012年');
		expect(formatDate('2025-10-09')).toBe('9 October 2025');
	});

	it('writes figures with 约 and large tonnages in 万', () => {
		expect(formatFigureValue({ value: 69, unit: 'percent', approx: true }, 'zh-cn')).toBe('约69%');
		expect(formatFigureValue({ value: 270000, unit: 'tonnes REO', approx: false }, 'zh-cn')).toBe('27万吨（稀土氧化物当量）');
		expect(formatFigureValue({ value: 1000, unit: 'tonnes', approx: true }, 'zh-cn')).toBe('约1,000吨');
		expect(formatFigureValue({ value: 110, unit: 'USD/kg', approx: false }, 'zh-cn')).toBe('每千克110美元');
	});

	it('writes large counts in 万 too, and never rounds a value away', () => {
		expect(formatFigureValue({ value: 500000, unit: 'count', approx: true }, 'zh-cn')).toBe('约50万');
		expect(formatFigureValue({ value: 1000000, unit: 'count', approx: true }, 'zh-cn')).toBe('约100万');
		expect(formatFigureValue({ value: 2700, unit: 'count', approx: false }, 'zh-cn')).toBe('2,700');
		expect(formatFigureValue({ value: 62585, unit: 'tonnes', approx: false }, 'zh-cn')).toBe('6.2585万吨');
		expect(formatFigureValue({ value: 57392, unit: 'tonnes', approx: false }, 'zh-cn')).toBe('5.7392万吨');
	});
});

describe('which language a page is in', () => {
	it('reads the language from the path, with or without a base path', () => {
		expect(localeOf('/zh-cn/rules/april-2025/', '/')).toBe('zh-cn');
		expect(localeOf('/zh-cn/', '/')).toBe('zh-cn');
		expect(localeOf('/rules/april-2025/', '/')).toBe('en');
		expect(localeOf('/rare-earths/zh-cn/rules/x/', '/rare-earths/')).toBe('zh-cn');
		expect(localeOf('/zh-cnx/', '/')).toBe('en');
	});

	it('puts links in the Chinese edition and back', () => {
		expect(localePath('/rules/april-2025/', 'zh-cn')).toBe('/zh-cn/rules/april-2025/');
		expect(localePath('/', 'zh-cn')).toBe('/zh-cn/');
		expect(localePath('/rules/april-2025/', 'en')).toBe('/rules/april-2025/');
		expect(localePath('/zh-cn/rules/x/', 'zh-cn')).toBe('/zh-cn/rules/x/');
		expect(baseId('zh-cn/rules/x')).toBe('rules/x');
		expect(baseId('zh-cn')).toBe('index');
	});
});

describe('Chinese search terms of a measure', () => {
	it('names an announcement by its Chinese short name, original title and number', () => {
		const words = measureSearchTermsZh({ number: 'Announcement No. 61 of 2025', shortName: 'No. 61 (2025)', originalTitle: '公布对境外相关稀土物项实施出口管制的决定', zh: { shortName: '第61号公告（2025年）' } });
		expect(words).toEqual(['第61号公告（2025年）', '公布对境外相关稀土物项实施出口管制的决定', '第61号公告']);
	});
});
