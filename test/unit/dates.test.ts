import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';

describe('formatDate', () => {
	it('writes day month year for full dates', () => expect(formatDate('2025-10-09')).toBe('9 October 2025'));
	it('writes month year for month precision', () => expect(formatDate('2010-09')).toBe('September 2010'));
	it('writes the year alone for year precision', () => expect(formatDate('2012')).toBe('2012'));
	it('names the bad input', () => expect(() => formatDate('2025-13-01')).toThrow(/"2025-13-01"/));
});
