import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { arabicNumerals, joinNumbers, keyForm, matchKeys, numeralValue, percentFigures, simplify } from '../../src/lib/search-chinese';
import { QueryPlanner, rankPages, type SearchData } from '../../src/lib/search-query';
import { loadSynonyms } from '../../src/lib/search-data';
import { chinesePageKeys } from '../../src/lib/search-terms';
import { traditionalVariants } from '../../src/lib/search-variants';

const synonyms = loadSynonyms(readFileSync(new URL('../../src/data/search-synonyms.yaml', import.meta.url), 'utf8'));
const data: SearchData = {
	lang: 'zh-CN',
	words: {},
	groups: [...synonyms.groups, ...synonyms.zhGroups],
	numberForms: { ...synonyms.numberForms, canonical: '第{n}号公告' },
	zh: synonyms.zh,
	variants: traditionalVariants(['镝钕稀土出口管制许可证']),
};
const KEYS = ['镝', '第18号公告', '第61号公告', '10月9日', '状态追踪', '稀土', '重稀土', '0.1%规则'];
const planner = new QueryPlanner(data, KEYS);
const topic = (q: string) => planner.plan(q).slots.filter((s) => !s.optional).map((s) => s.typed);

describe('reading a Chinese query', () => {
	it('reads every way of writing an announcement number as the one the pages use, one word', () => {
		for (const q of ['第18号公告', '18号公告', '公告第18号', '2025年第18号', '商务部公告2025年第18号']) {
			expect(topic(q), q).toEqual(['第18号公告']);
			expect(planner.plan(q).keys.filter((k) => k.whole).map((k) => k.key), q).toEqual(['第18号公告']);
		}
	});

	it('keeps a number with its unit as one word', () => {
		expect(joinNumbers(['10', '月', '9', '日', '商务'], [])).toEqual(['10月9日', '商务']);
		expect(topic('17种稀土')).toEqual(['17种', '稀土']);
		expect(topic('2025年4月 稀土管制')).toContain('2025年4月');
	});

	it('makes particles and question words optional, never the whole query', () => {
		const plan = planner.plan('镝有什么用');
		expect(plan.slots.map((s) => [s.typed, s.optional ?? false])).toEqual([
			['镝', false],
			['有', true],
			['什么', true],
			['用', false],
		]);
		expect(planner.plan('什么').slots.every((s) => !s.optional)).toBe(true);
		expect(topic('钕被管制了吗')).toEqual(['钕', '管制']);
		expect(topic('暂停到什么时候')).toEqual(['暂停']);
	});

	it('adds the pages’ wording to what Chinese readers type, typos included', () => {
		expect(planner.plan('希土').slots[0]!.alternatives).toContain('稀土');
		expect(planner.plan('镝有什么用').slots.at(-1)!.alternatives).toContain('用途');
		expect(planner.plan('美国芯片出口管制 对比').slots.at(-1)!.alternatives).toContain('对照');
	});

	it('reads dates and announcement numbers in Chinese numerals as figures, and leaves counts in words', () => {
		expect(arabicNumerals('十月九日')).toBe('10月9日');
		expect(arabicNumerals('二〇二五年十一月七日')).toBe('2025年11月7日');
		expect(topic('第十八号公告')).toEqual(['第18号公告']);
		expect(arabicNumerals('七种中重稀土')).toBe('七种中重稀土');
		expect(numeralValue('二十一')).toBe(21);
	});

	it('reads traditional characters, full-width figures and percentages in words as the pages write them', () => {
		expect(topic('鏑')).toEqual(['镝']);
		expect(simplify('稀土出口管制許可證', data.variants)).toBe('稀土出口管制许可证');
		expect(topic('０．１％规则')).toEqual(topic('0.1%规则'));
		expect(percentFigures('百分之0.1').trim()).toBe('0.1%');
		expect(percentFigures('千分之一 价值 规则').trim()).toBe('0.1%  价值 规则'.trim());
	});
});

describe('page keys', () => {
	it('finds the keys a query names, the longest where they overlap, weighted by how much of the topic each is', () => {
		expect(matchKeys('重稀土', '重稀土', KEYS).filter((k) => k.whole)).toEqual([{ key: '重稀土', whole: true, weight: 1 }]);
		expect(matchKeys('镝有什么用', '镝用', KEYS).find((k) => k.key === '镝')).toEqual({ key: '镝', whole: true, weight: 0.5 });
		expect(matchKeys('0.1% 规则', '0.1%规则', KEYS).find((k) => k.key === '0.1%规则')?.whole).toBe(true);
	});

	it('counts a key the query names only in part for less, and only from two characters', () => {
		const partial = matchKeys('管制状态', '管制状态', KEYS, [['管制'], ['状态']]).find((k) => k.key === '状态追踪');
		expect(partial).toEqual({ key: '状态追踪', whole: false, weight: 0.25, via: '状态' });
		expect(matchKeys('追', '追', KEYS)).toEqual([]);
	});

	it('finds a key named in other wording, for that word’s share of the query', () => {
		expect(matchKeys('dysprosium', 'dysprosium', KEYS, [['dysprosium', '镝']])).toEqual([{ key: '镝', whole: true, weight: 1, via: 'dysprosium' }]);
		expect(planner.plan('dysprosium').keys.filter((k) => k.whole).map((k) => k.key)).toEqual(['镝']);
		expect(planner.plan('rare earth 稀土').slots[0]!.alternatives).toContain('稀土');
	});

	it('compares keys without spaces, punctuation or case', () => {
		expect(keyForm('Nd Fe B：“磁体”')).toBe('ndfeb磁体');
		expect(keyForm('０．１％ 规则')).toBe('0.1%规则');
	});

	it('gives a Chinese page its title and title parts, element, measure numbers, names and dates, and terms', () => {
		const keys = chinesePageKeys({
			titles: ['2025年4月：第18号公告'],
			measures: [
				{
					number: 'Announcement No. 18 of 2025',
					shortName: 'No. 18 (2025)',
					announced: '2025-04-04',
					zh: { shortName: '第18号公告（2025年）', plainName: '七种中重稀土出口许可' },
				},
			],
			terms: ['中重稀土'],
		});
		expect(keys).toEqual(expect.arrayContaining(['2025年4月第18号公告', '2025年4月', '第18号公告', '七种中重稀土出口许可', '4月4日', '2025年4月4日', '中重稀土']));
		expect(chinesePageKeys({ titles: ['为什么叫“稀”土？'], measures: [], terms: [] })).toEqual(['为什么叫稀土', '为什么叫']);
		expect(chinesePageKeys({ titles: ['镝（Dy）'], element: '镝', measures: [], terms: [] })).toContain('镝');
	});
});

describe('ranking with optional words and keys', () => {
	it('lists a page a specific key names with the exact results even if it misses one word', () => {
		// b lacks the second word, which a and four other pages use.
		const common = ['a', 'c', 'd', 'e', 'f'].map((id) => ({ id, score: 1 }));
		const slots = [[[{ id: 'a', score: 1 }, { id: 'b', score: 1 }]], [common]];
		const key = (spread: number) => [{ hits: [{ id: 'b', score: 1 }], weight: 1, whole: true, spread }];
		expect(rankPages(slots, [], 10)[0]).toBe('a');
		expect(rankPages(slots, [], 10, { keys: key(1) })[0]).toBe('b');
		// A key in words most pages use (稀土) lifts its page but does not excuse the missing word.
		expect(rankPages(slots, [], 10, { keys: key(8) })[0]).toBe('a');
	});

	it('does not require optional slots of the pages listed first', () => {
		const slots = [[[{ id: 'a', score: 1 }, { id: 'b', score: 1 }]], [[{ id: 'b', score: 1 }]]];
		expect(rankPages(slots, [], 10)[0]).toBe('b');
		expect(rankPages(slots, [], 10, { optional: [false, true] })).toEqual(['b', 'a']);
		const onlyA = [[[{ id: 'a', score: 1 }]], [[{ id: 'b', score: 1 }]]];
		expect(rankPages(onlyA, [], 10, { optional: [false, true] })[0]).toBe('a');
	});

	it('counts an optional slot for less than a required one', () => {
		const slots = [[[{ id: 'a', score: 1 }, { id: 'b', score: 0.2 }]], [[{ id: 'b', score: 1 }]]];
		expect(rankPages(slots, [], 10, { optional: [false, true] })[0]).toBe('a');
		// As a required slot, the rare word would put b first.
		expect(rankPages([slots[0]!, [[...slots[1]![0]!, { id: 'a', score: 0.01 }]]], [], 10)[0]).toBe('b');
	});

	it('lifts the page a key names, less for a key in common words, and the best partial key only once', () => {
		const slots = [[[{ id: 'a', score: 1 }, { id: 'b', score: 0.9 }]]];
		expect(rankPages(slots, [], 10)[0]).toBe('a');
		expect(rankPages(slots, [], 10, { keys: [{ hits: [{ id: 'b', score: 1 }], weight: 1, whole: true, spread: 2 }] })[0]).toBe('b');
		const many = Array.from({ length: 5 }, () => ({ hits: [{ id: 'b', score: 1 }], weight: 0.25, spread: 2 }));
		const one = [{ hits: [{ id: 'b', score: 1 }], weight: 0.25, spread: 2 }];
		expect(rankPages(slots, [], 10, { keys: many })).toEqual(rankPages(slots, [], 10, { keys: one }));
	});
});
