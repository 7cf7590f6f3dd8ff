import { describe, expect, it } from 'vitest';
import { checkThreshold, formatPercent, THRESHOLD_SHARE } from '../../src/lib/threshold';

const met = (a: number | string, b: number | string) => {
	const r = checkThreshold(a, b);
	if (!r.ok) throw new Error(r.error);
	return r.meetsThreshold;
};

describe('checkThreshold (Announcement No. 61, 0.1% value test)', () => {
	it('uses 0.1% as the threshold', () => {
		expect(THRESHOLD_SHARE).toBe(0.001);
	});

	it('meets the threshold exactly at 0.1% ("0.1% or more")', () => {
		expect(met(1, 1000)).toBe(true);
		expect(met(0.1, 100)).toBe(true); // 0.1 * 1000 is not exactly 100 in binary
		expect(met(0.3, 300)).toBe(true);
		expect(met(50, 50_000)).toBe(true);
		const r = checkThreshold(1, 1000);
		expect(r.ok && r.percent).toBeCloseTo(0.1, 12);
	});

	it('does not meet it just below 0.1%', () => {
		expect(met(0.999, 1000)).toBe(false);
		expect(met(99.99, 100_000)).toBe(false);
		expect(met(1, 1001)).toBe(false);
	});

	it('meets it just above 0.1%', () => {
		expect(met(1.001, 1000)).toBe(true);
		expect(met(100.01, 100_000)).toBe(true);
		expect(met(1, 999)).toBe(true);
	});

	it('handles zero content (share 0, not met)', () => {
		const r = checkThreshold(0, 500);
		expect(r).toEqual({ ok: true, share: 0, percent: 0, meetsThreshold: false });
	});

	it('rejects a zero or negative item value, negative content and content above the item value', () => {
		expect(checkThreshold(1, 0).ok).toBe(false);
		expect(checkThreshold(0, 0).ok).toBe(false);
		expect(checkThreshold(-1, 100).ok).toBe(false);
		expect(checkThreshold(1, -100).ok).toBe(false);
		expect(checkThreshold(200, 100).ok).toBe(false);
	});

	it('rejects empty and non-numeric input, and accepts numeric strings', () => {
		expect(checkThreshold('', '100').ok).toBe(false);
		expect(checkThreshold('abc', '100').ok).toBe(false);
		expect(checkThreshold(Number.NaN, 100).ok).toBe(false);
		expect(checkThreshold(Number.POSITIVE_INFINITY, 100).ok).toBe(false);
		expect(met('2', '1,000')).toBe(true);
		expect(met(' 0.5 ', '1000')).toBe(false);
	});
});

describe('formatPercent', () => {
	it('shows values near the threshold with enough digits', () => {
		expect(formatPercent(0.1)).toBe('0.1%');
		expect(formatPercent(0.0999)).toBe('0.0999%');
		expect(formatPercent(0.005)).toBe('0.005%');
		expect(formatPercent(0)).toBe('0%');
		expect(formatPercent(12.345)).toBe('12.35%');
		expect(formatPercent(0.099999)).toBe('0.099999%'); // never rounded up to 0.1% when below
		expect(formatPercent(0.1000001)).toBe('0.1%');
	});
});
