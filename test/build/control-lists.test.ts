/**
 * Issue 13, as a reader sees it in the built site: lists and counts come from the control-items data, the
 * 0.1% table has one row per Part I entry, claims are checked on their own page, and no page states a period
 * that has ended in the present tense.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { loadContent } from '../../src/lib/integrity/load';
import { controlItemSchema, type ControlItem } from '../../src/schemas/control-items';
import { claimSchema, type Claim } from '../../src/schemas/claims';
import { thresholdItems } from '../../src/lib/control-items';
import { checkPeriodTense } from '../../src/lib/content-check/period-tense';
import { htmlFiles, readDist, requireDist, root, textOf } from '../support/dist';

beforeAll(requireDist);

const content = loadContent(root);
const itemSchema: z.ZodType<ControlItem> = controlItemSchema;
const items = content.data.filter((d) => d.collection === 'control-items').map((d) => ({ id: d.id, data: itemSchema.parse(d.data) }));
const claimsSchema: z.ZodType<Claim> = claimSchema;
const claims = content.data.filter((d) => d.collection === 'claims').map((d) => ({ id: d.id, data: claimsSchema.parse(d.data) }));
/**
 * A page's reader-facing prose for the tense check: block ends become sentence ends (so a table cell or a title
 * does not run into the next one), and titles of cited works (<cite>) are left out, since they are quoted exactly.
 */
const proseOf = (html: string) => textOf(html.replace(/<cite\b[\s\S]*?<\/cite>/g, ' ').replace(/<\/(?:p|li|td|th|h[1-6]|dt|dd|caption|figcaption|summary)>/g, '. $&'));
/** The build date the pages were made with: the status tracker records it. */
const buildDate = () => /data-status-date="([^"]+)"/.exec(readDist('rules/status-tracker/index.html'))![1]!;

describe('what counts toward 0.1%', () => {
	const page = () => readDist('rules/point-one-percent-rule/index.html');

	it('is one table on the 0.1% page with a row for each Part I entry in the data', () => {
		const tables = page().split('data-control-items="threshold"');
		expect(tables).toHaveLength(2);
		const rows = [...tables[1]!.split('</table>')[0]!.matchAll(/<tr data-item="([^"]+)"/g)].map((m) => m[1]);
		expect(rows).toEqual(thresholdItems(items).map((i) => i.id));
	});

	it('is counted from data wherever the pages give the count', () => {
		const n = thresholdItems(items).length;
		for (const path of ['rules/point-one-percent-rule/index.html', 'mirror/where-it-breaks/index.html', 'reference/faq/index.html', 'rules/october-2025/index.html']) {
			const counts = [...readDist(path).matchAll(/<span data-control-count[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]);
			expect(counts.length, path).toBeGreaterThan(0);
			expect(counts, path).toContain(n === 13 ? 'thirteen' : String(n));
		}
	});

	it('appears in the calculator as the Part I list, with its count', () => {
		const text = textOf(page());
		expect(text).toMatch(new RegExp(`the ${thresholdItems(items).length} items of Part I`));
	});

	it('is never summarised as "Chinese rare earths worth 0.1%" on any page', () => {
		const bad = htmlFiles().filter((f) => /Chinese rare earths (?:worth|made up|make up) 0\.1%/i.test(textOf(readDist(f))));
		expect(bad).toEqual([]);
	});
});

describe('claims checked', () => {
	const page = () => readDist('reference/claims-checked/index.html');

	it('shows every claim in the data under a heading that asks its question', () => {
		const headings = [...page().matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]!).replace(/’/g, "'"));
		for (const c of claims) expect(headings).toContain(c.data.question);
		expect([...page().matchAll(/data-claim="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(claims.map((c) => c.id).sort());
	});

	it('asks "Is China banning rare earths?" and gives a verdict for it', () => {
		expect(textOf(page())).toMatch(/Is China banning rare earths\? The claim: .*?Verdict: False\s*\./);
	});
});

describe('periods that have ended', () => {
	it('are never stated in the present tense on a built page', () => {
		const today = buildDate();
		const found = htmlFiles()
			.filter((f) => !f.startsWith('data/') && !f.startsWith('og/'))
			.flatMap((f) => checkPeriodTense(f, proseOf(readDist(f)), today).filter((x) => x.text.includes('has passed')).map((x) => `${f}: ${x.text.split(' states')[0]}`));
		expect(found).toEqual([]);
	});

	it('are told in the past tense with "what followed is not yet confirmed" once the build date is past them', () => {
		const text = textOf(readDist('rules/point-one-percent-rule/index.html'));
		if (buildDate() > '2026-11-10') {
			expect(text).toContain('suspended from 7 November 2025 until 10 November 2026; what followed is not yet confirmed');
			expect(text).not.toMatch(/is suspended from 7 November 2025 until 10 November 2026/);
		} else {
			expect(text).toContain('is suspended from 7 November 2025 until 10 November 2026');
		}
	});
});
