import { describe, expect, it } from 'vitest';
import { cellText, columnsOf, quoteCell, toCsv } from '../../src/lib/csv';
import { parseCsvRecords } from '../support/csv';

describe('cellText', () => {
	it('writes plain values as text and leaves null and undefined empty', () => {
		expect(cellText('Nd')).toBe('Nd');
		expect(cellText(60)).toBe('60');
		expect(cellText(0.1)).toBe('0.1');
		expect(cellText(false)).toBe('false');
		expect(cellText(null)).toBe('');
		expect(cellText(undefined)).toBe('');
	});

	it('joins a list of plain values with "; "', () => {
		expect(cellText(['FDPR', 'FDP rule'])).toBe('FDPR; FDP rule');
		expect(cellText([1, 2, 3])).toBe('1; 2; 3');
		expect(cellText([])).toBe('');
	});

	it('writes nested objects, and lists holding objects, as JSON', () => {
		expect(cellText({ status: 'in-force', from: '2025-04-04' })).toBe('{"status":"in-force","from":"2025-04-04"}');
		expect(cellText([{ status: 'suspended', sources: ['a', 'b'] }])).toBe('[{"status":"suspended","sources":["a","b"]}]');
	});
});

describe('quoteCell', () => {
	it('leaves simple text alone', () => {
		expect(quoteCell('neodymium')).toBe('neodymium');
		expect(quoteCell('')).toBe('');
	});

	it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
		expect(quoteCell('magnets, motors')).toBe('"magnets, motors"');
		expect(quoteCell('the "0.1%" rule')).toBe('"the ""0.1%"" rule"');
		expect(quoteCell('line one\nline two')).toBe('"line one\nline two"');
		expect(quoteCell('a\r\nb')).toBe('"a\r\nb"');
		expect(quoteCell(' padded')).toBe('" padded"');
	});
});

describe('toCsv', () => {
	const records = [
		{ id: 'de-minimis', term: 'de minimis rule', aliases: ['de minimis'], short: 'A threshold, in value, of US content.' },
		{ id: 'fdpr', term: 'foreign direct product rule', aliases: ['FDPR', 'FDP rule'], note: 'Says "direct product".' },
	];

	it('writes a header of every key, first seen first, and one line per record', () => {
		expect(columnsOf(records)).toEqual(['id', 'term', 'aliases', 'short', 'note']);
		expect(toCsv(records)).toBe(
			'id,term,aliases,short,note\n' +
				'de-minimis,de minimis rule,de minimis,"A threshold, in value, of US content.",\n' +
				'fdpr,foreign direct product rule,FDPR; FDP rule,,"Says ""direct product""."\n',
		);
	});

	it('follows the given columns and their order', () => {
		expect(toCsv(records, ['term', 'id'])).toBe('term,id\nde minimis rule,de-minimis\nforeign direct product rule,fdpr\n');
	});

	it('writes only a header when there are no records', () => {
		expect(toCsv([], ['id', 'term'])).toBe('id,term\n');
	});
});

describe('what toCsv writes, read by csv-parse', () => {
	it('round-trips quotes, commas and line breaks', () => {
		const records = [
			{ a: 'plain', b: 'with, comma', c: 'with "quotes"' },
			{ a: 'two\nlines', b: '', c: 'x' },
		];
		expect(parseCsvRecords(toCsv(records))).toEqual(records);
	});

	it('quotes leading and trailing spaces so a reader keeps them', () => {
		expect(parseCsvRecords(toCsv([{ a: ' padded ' }]))).toEqual([{ a: ' padded ' }]);
	});
});
