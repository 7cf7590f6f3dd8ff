/**
 * The value test in Article 1(1) of MOFCOM Announcement No. 61 of 2025 (suspended from 7 November 2025
 * until 10 November 2026): a listed item made abroad is caught when the Chinese-origin listed rare-earth
 * items it contains are worth 0.1% or more of the item's value ("达到0.1%及以上" — "0.1% or more").
 *
 * Pure arithmetic for the site's calculator. It does not model exemptions, licence decisions,
 * which items are listed, or how value or origin are determined. Not legal advice.
 */

/** The threshold as a fraction: 0.1% = 0.001. */
export const THRESHOLD_SHARE = 0.001;

export type ThresholdResult =
	| {
			ok: true;
			/** Chinese-origin listed rare-earth content as a fraction of the item's value (0.001 = 0.1%). */
			share: number;
			/** The same share in per cent (0.1 = 0.1%). */
			percent: number;
			/** True when the share is 0.1% or more. */
			meetsThreshold: boolean;
	  }
	| { ok: false; error: string };

/** Accepts numbers or the strings a form field gives; empty strings and non-numbers are invalid. */
function toNumber(value: number | string): number {
	if (typeof value === 'number') return value;
	const trimmed = value.trim().replace(/,/g, '');
	if (trimmed === '') return Number.NaN;
	return Number(trimmed);
}

/**
 * @param contentValue value of the Chinese-origin listed rare-earth content in the item
 * @param itemValue value of the whole item made abroad (same currency)
 */
export function checkThreshold(contentValue: number | string, itemValue: number | string): ThresholdResult {
	const content = toNumber(contentValue);
	const item = toNumber(itemValue);
	if (!Number.isFinite(content) || !Number.isFinite(item)) {
		return { ok: false, error: 'Enter both values as numbers.' };
	}
	if (content < 0 || item < 0) {
		return { ok: false, error: 'Values cannot be negative.' };
	}
	if (item === 0) {
		return { ok: false, error: "The item's value must be more than zero." };
	}
	if (content > item) {
		return { ok: false, error: "The rare-earth content cannot be worth more than the whole item." };
	}
	const share = content / item;
	// Compare in a way that is exact at the boundary: content / item >= 1/1000 ⇔ content * 1000 >= item.
	// A small relative tolerance absorbs binary rounding (e.g. 0.1 * 1000 = 100.00000000000001).
	const scaled = content * 1000;
	const meetsThreshold = scaled >= item || Math.abs(scaled - item) <= Number.EPSILON * 8 * Math.max(scaled, item);
	return { ok: true, share, percent: share * 100, meetsThreshold };
}

/**
 * A share in per cent for display: four significant digits, more when rounding would otherwise
 * make a share just below 0.1% look like 0.1% (or one at or above it look lower).
 */
export function formatPercent(percent: number): string {
	if (percent === 0) return '0%';
	const below = percent < THRESHOLD_SHARE * 100;
	let shown = Number(percent.toPrecision(4));
	for (let digits = 5; digits <= 15 && (below ? shown >= 0.1 : shown < 0.1); digits++) {
		shown = Number(percent.toPrecision(digits));
	}
	return `${shown.toLocaleString('en-GB', { maximumFractionDigits: 20, maximumSignificantDigits: 15 })}%`;
}
