/**
 * The Chinese edition as built: every translated page (content/docs/zh-cn/ and the generated element pages) is in
 * Chinese (`<html lang="zh-CN">`), is paired with its English page by hreflang both ways, shows no "not translated"
 * notice, cites the same sources and shows the same figures as its English page, and leaves no English prose in
 * its body. Pages not yet translated fall back to English with Starlight's notice.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, readDist, requireDist, root, textOf } from '../support/dist';
import { listFiles } from '../../src/lib/files';

beforeAll(requireDist);

const ZH_DOCS = join(root, 'content/docs/zh-cn');
/** URL paths (no base) of the translated pages: the MDX pages and the element pages. */
const translated = (): string[] => {
	const pages = listFiles(ZH_DOCS, (f) => /\.mdx?$/.test(f)).map((f) => {
		const slug = f.slice(ZH_DOCS.length + 1).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		return slug ? `/zh-cn/${slug}/` : '/zh-cn/';
	});
	const elements = listFiles(join(root, 'content/elements'), (f) => f.endsWith('.yaml')).map((f) => `/zh-cn/basics/elements/${f.split('/').pop()!.replace('.yaml', '')}/`);
	return [...pages, ...elements];
};
const englishOf = (path: string) => path.replace(/^\/zh-cn\//, '/');
const fileOf = (path: string) => `${path.slice(1)}index.html`;
const idsOf = (html: string, attr: string) => [...new Set([...html.matchAll(new RegExp(`${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!))].sort();
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/**
 * The reader-visible prose of a page body, without what is meant to stay in the original language: the reference
 * list and "cite this page" (bibliographic), code, elements marked lang="en", and text hidden from readers.
 */
export function bodyProse(html: string): string {
	let body = mainOf(html)
		.replace(/<section class="references"[\s\S]*?<\/section>/g, ' ')
		.replace(/<section class="about-page"[\s\S]*?<\/section>\s*(?=<)/g, ' ')
		.replace(/<(code|pre|script|style)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<([a-z0-9]+)\b[^>]*\bhidden\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
	// Elements marked as English (original titles, English names beside Chinese ones): remove them with their content.
	for (let i = 0; i < 5 && /lang="en"/.test(body); i++) body = body.replace(/<(span|cite|p|em|i|a)\b[^>]*lang="en"[^>]*>[^<]*<\/\1>/g, ' ');
	return textOf(body);
}

/** Runs of five or more Latin-alphabet words of two letters or more: English prose left untranslated (names are shorter). */
export const englishRuns = (text: string) => [...text.matchAll(/(?:\b[A-Za-z][A-Za-z'’.-]+[\s,]+){4,}[A-Za-z][A-Za-z'’.-]+/g)].map((m) => m[0]);

describe('the Chinese edition', () => {
	const pages = translated();

	it('has translated pages, each built', () => {
		expect(pages.length).toBeGreaterThan(17);
		expect(pages.filter((p) => !existsSync(join(dist, fileOf(p))))).toEqual([]);
	});

	it('marks every translated page lang="zh-CN", with no "not translated" notice', () => {
		const bad = pages.filter((p) => {
			const html = readDist(fileOf(p));
			return !/<html lang="zh-CN"/.test(html) || html.includes('此内容尚不支持你的语言');
		});
		expect(bad).toEqual([]);
	});

	it('pairs each translated page with its English page by hreflang, both ways', () => {
		const bad = pages.filter((p) => {
			const zh = readDist(fileOf(p));
			const en = readDist(fileOf(englishOf(p)));
			const to = (html: string, lang: string, path: string) =>
				new RegExp(`<link rel="alternate" hreflang="${lang}" href="[^"]*${path.replace(/[/]/g, '\\/')}"`).test(html);
			return !to(zh, 'en', englishOf(p)) || !to(zh, 'zh-CN', p) || !to(en, 'zh-CN', p) || !/<html lang="en"/.test(en);
		});
		expect(bad).toEqual([]);
	});

	it('cites the same sources and shows the same figures as the English page', () => {
		const diffs = pages.flatMap((p) => {
			const zh = mainOf(readDist(fileOf(p)));
			const en = mainOf(readDist(fileOf(englishOf(p))));
			return ['data-cite', 'data-figure'].flatMap((attr) => {
				const a = idsOf(en, attr);
				const b = idsOf(zh, attr);
				const missing = a.filter((id) => !b.includes(id));
				const extra = b.filter((id) => !a.includes(id));
				return missing.length || extra.length ? [`${p} ${attr}: missing ${missing.join(', ') || '-'}; extra ${extra.join(', ') || '-'}`] : [];
			});
		});
		expect(diffs).toEqual([]);
	});

	it('leaves no English prose in the body of a translated page', () => {
		const bad = pages.flatMap((p) => englishRuns(bodyProse(readDist(fileOf(p)))).map((run) => `${p}: "${run}"`));
		expect(bad).toEqual([]);
	});

	it('words every dated period in Chinese, and once its end date has passed says so and that what followed is not yet confirmed', () => {
		const periods = pages.flatMap((p) =>
			[...mainOf(readDist(fileOf(p))).matchAll(/<span class="period" data-period-until="([^"]+)" data-period-state="([a-z]+)">([^<]*)<\/span>/g)].map((m) => ({ page: p, until: m[1]!, state: m[2]!, text: m[3]! })),
		);
		// The suspension page states both Chinese suspensions with <Period>, so the check below has something to read.
		expect(periods.filter((x) => x.page === '/zh-cn/rules/suspension-and-busan/').map((x) => x.until)).toEqual(['2026-11-10', '2026-11-27']);
		const bad = periods.filter((x) => {
			if (/[A-Za-z]{3,}/.test(x.text) || !x.text.includes(`期限至${x.until.slice(0, 4)}年`)) return true;
			return x.state === 'ended' ? !/该期限已过，(此后的情况尚未确认|此后的记录显示)/.test(x.text) : /已过|尚未确认/.test(x.text);
		});
		expect(bad).toEqual([]);
	});

	it('shows the same control-item tables, with the same items, as the English page', () => {
		const tables = (html: string) => [...html.matchAll(/data-control-items="([^"]+)"/g)].map((m) => m[1]!).sort();
		const diffs = pages.flatMap((p) => {
			const zh = mainOf(readDist(fileOf(p)));
			const en = mainOf(readDist(fileOf(englishOf(p))));
			const a = `${tables(en).join(' | ')} // ${idsOf(en, 'data-item').join(' ')}`;
			const b = `${tables(zh).join(' | ')} // ${idsOf(zh, 'data-item').join(' ')}`;
			return a === b ? [] : [`${p}: English ${a}; Chinese ${b}`];
		});
		expect(diffs).toEqual([]);
	});

	it('gives the April 2025 control list in Chinese: caption, headings, element names, and each item as the original wording (原文) or this site\'s description (本站译述)', () => {
		const html = mainOf(readDist('zh-cn/rules/april-2025/index.html'));
		const table = html.slice(html.indexOf('data-control-items="cn-2025-18"'));
		const block = table.slice(0, table.indexOf('</table>'));
		expect(block).toMatch(/<caption[^>]*>第18号公告（2025年）所列物项（21项）<\/caption>/);
		const headings = [...block.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
		expect(headings).toEqual(['管制编码', '物项', '参考海关商品编号', '涉及元素']);
		const rows = [...block.matchAll(/<tr data-item="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
		expect(rows).toHaveLength(21);
		// Samarium's lines were read in Chinese: the official wording, marked as such. Dysprosium's were not: our own words, marked.
		const row = (id: string) => textOf(rows.find((r) => r[1] === id)![2]!);
		expect(row('cn-2025-18-samarium-a')).toContain('金属钐、含钐的合金及相关制品 原文');
		expect(row('cn-2025-18-dysprosium-b')).toContain('氧化镝及其混合物 本站译述');
		expect(rows.filter((r) => !/data-item-text="(original|site)"/.test(r[2]!)).map((r) => r[1])).toEqual([]);
		// No English item text: the English descriptions and element names are not there.
		expect(textOf(block)).not.toMatch(/Samarium|samarium|metal|oxide|not seen|none given/i);
		expect(englishRuns(textOf(table.slice(0, table.indexOf('</div>', table.indexOf('ci-source')))))).toEqual([]);
	});

	it('falls back to English, with Starlight\'s notice, where a page is not translated', () => {
		const html = readDist('zh-cn/reference/method/index.html');
		expect(html).toMatch(/<html lang="zh-CN"/);
		expect(html).toContain('此内容尚不支持你的语言');
		expect(html).toMatch(/<main[^>]*lang="en"/);
		// Its dated periods keep the English wording of the English text around them.
		expect(html).toContain('until 10 November 2026; what followed is not yet confirmed');
	});
});
