import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { QueryPlanner, applyNumberForms, editDistance, rankPages, translateHan, type SearchData } from '../../src/lib/search-query';
import { chineseIndexText, countWords, loadSynonyms, proseOf } from '../../src/lib/search-data';

const yamlText = readFileSync(new URL('../../src/data/search-synonyms.yaml', import.meta.url), 'utf8');
const synonyms = loadSynonyms(yamlText);
const words = countWords([
	'Neodymium and terbium are rare earths. Export controls cover magnets; permanent magnet makers need a licence.',
	'Dysprosium, yttrium, lanthanum. Controls on semiconductors and chips. Refining and processing.',
]);
const data: SearchData = { lang: 'en', words, groups: synonyms.groups, numberForms: synonyms.numberForms, zh: synonyms.zh };
const planner = new QueryPlanner(data);

describe('the synonyms file', () => {
	it('passes its schema', () => expect(synonyms.groups.length).toBeGreaterThan(5));
	it('names the file and the field when an entry is wrong', () => {
		const broken = yamlText.replace('  canonical: Announcement {n}', '  canonical: Announcement');
		expect(() => loadSynonyms(broken)).toThrow(/src\/data\/search-synonyms\.yaml: numberForms\.canonical/);
		expect(parse(broken)).toBeTruthy();
	});
});

describe('query planning', () => {
	it('corrects words the site never uses to the nearest site word, and leaves known words and prefixes alone', () => {
		expect(planner.plan('neodimium').suggestion).toBe('neodymium');
		expect(planner.plan('terbuim').suggestion).toBe('terbium');
		expect(planner.plan('raer earths').suggestion).toBe('rare earths');
		expect(planner.plan('export contols').suggestion).toBe('export controls');
		expect(planner.plan('neodym').suggestion).toBeUndefined();
		expect(planner.plan('magnets').suggestion).toBeUndefined();
	});

	it('drops stop and question words, keeping the topic', () => {
		expect(planner.plan('how many rare earths are there').slots.map((s) => s.typed)).toEqual(['rare earths']);
		expect(planner.plan('why are they called rare').slots.map((s) => s.typed)).toEqual(['rare']);
	});

	it('adds the site wording to a reader word as an alternative', () => {
		const slots = planner.plan('china rare earth ban').slots;
		expect(slots.find((s) => s.typed === 'ban')?.alternatives).toEqual(['ban', 'export controls']);
		expect(planner.plan('semiconductors').slots[0]!.alternatives).toEqual(['semiconductors', 'chip']);
	});

	it('reads every number form as the canonical one', () => {
		for (const q of ['No. 61', 'no 61', 'MOFCOM 61', 'Announcement No. 61', '61号', '第61号公告', '61号公告', '商务部公告2025年第61号']) {
			expect(applyNumberForms(q, data.numberForms).trim(), q).toBe('Announcement 61');
		}
		expect(applyNumberForms('2025 rules', data.numberForms)).toBe('2025 rules');
		expect(planner.plan('mofcom no. 70 suspension').slots.map((s) => s.typed)).toEqual(['announcement 70', 'suspension']);
	});

	it('keeps the Chinese of a query, split into words, to search as typed too', () => {
		expect(planner.plan('稀土出口管制').han).toBe('稀土 出口 管制');
		expect(planner.plan('rare earths').han).toBeUndefined();
	});

	it('turns Chinese words into English by longest match', () => {
		expect(translateHan('稀土出口管制', data.zh).trim()).toBe('rare earths export controls');
		expect(planner.plan('镝').query).toBe('dysprosium');
		expect(planner.plan('第62号公告').query).toBe('announcement 62');
	});

	it('counts edits with transpositions', () => {
		expect(editDistance('terbuim', 'terbium', 2)).toBe(1);
		expect(editDistance('perminant', 'permanent', 2)).toBe(2);
		expect(editDistance('abc', 'xyz12', 1)).toBe(2);
	});
});

describe('ranking', () => {
	it('lists pages matching every slot first, then the rest by the rarer slot', () => {
		const ranked = rankPages(
			[
				[[{ id: 'a', score: 1 }, { id: 'b', score: 5 }, { id: 'c', score: 2 }]],
				[[{ id: 'a', score: 1 }, { id: 'd', score: 3 }]],
			],
			[{ id: 'a', score: 1 }],
			10,
		);
		expect(ranked[0]).toBe('a');
		expect(ranked).toEqual(['a', 'd', 'b', 'c']);
	});
});

describe('the vocabulary', () => {
	it('keeps prose words and drops MDX syntax, code and link targets', () => {
		const counts = countWords([proseOf("import X from './x';\n\n<Cite id=\"usgs-2026\" /> Magnets [link](/basics/why-rare/) `code`")]);
		expect(Object.keys(counts)).toEqual(['magnets', 'link']);
	});
});

describe('Chinese in the index', () => {
	it('gives a page the Chinese names of what it explains and its Chinese titles, split into words', () => {
		const text = chineseIndexText(['dysprosium'], ['公布对境外相关稀土物项实施出口管制的决定'], synonyms.zh).split(' ');
		expect(text).toContain('镝');
		expect(text).toEqual(expect.arrayContaining(['稀土', '出口', '管制']));
		expect(chineseIndexText(['nothing here'], [], synonyms.zh)).toBe('');
	});
});
