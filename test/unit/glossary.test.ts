import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { glossaryGroups, groupLabel, sortTerms } from '../../src/lib/glossary';
import { loadContent } from '../../src/lib/integrity/load';

describe('glossary order', () => {
	it('sorts alphabetically ignoring case, numbers and symbols first', () => {
		const terms = [
			{ id: 'ear', term: 'Export Administration Regulations' },
			{ id: 'end-use', term: 'end use' },
			{ id: 'point-one-percent-rule', term: '0.1% rule' },
			{ id: 'bastnaesite', term: 'bastnaesite' },
			{ id: 'fifty-percent-rule', term: '50% rule' },
		];
		expect(sortTerms(terms).map((t) => t.id)).toEqual(['point-one-percent-rule', 'fifty-percent-rule', 'bastnaesite', 'end-use', 'ear']);
	});

	it('groups by first letter with anchors that cannot clash with term ids', () => {
		expect(groupLabel('Émigré')).toBe('E');
		expect(groupLabel('0.1% rule')).toBe('0–9');
		const groups = glossaryGroups([
			{ id: 'b', term: 'beta' },
			{ id: 'a2', term: 'Alpha two' },
			{ id: 'a1', term: 'alpha one' },
			{ id: 'n', term: '50% rule' },
		]);
		expect(groups.map((g) => [g.label, g.anchor, g.items.map((i) => i.id)])).toEqual([
			['0–9', 'letter-0-9', ['n']],
			['A', 'letter-a', ['a1', 'a2']],
			['B', 'letter-b', ['b']],
		]);
	});
});

describe('glossary content', () => {
	const project = fileURLToPath(new URL('../../', import.meta.url));
	const terms = loadContent(project).data.filter((d) => d.collection === 'terms');
	const ids = new Set(terms.map((t) => t.id));

	it('has at least 45 terms, including those the reference section promises', () => {
		expect(terms.length).toBeGreaterThanOrEqual(45);
		for (const id of ['de-minimis', 'fdpr', 'eccn', 'entity-list', 'dual-use', 'end-user', 'end-use', 'reo', 'separation', 'solvent-extraction', 'ndfeb', 'general-licence']) {
			expect(ids, id).toContain(id);
		}
	});

	it('links related terms that exist, never to itself', () => {
		for (const t of terms) {
			const related = ((t.data as { related?: string[] }).related ?? []);
			for (const r of related) {
				expect(ids, `${t.file}: related "${r}"`).toContain(r);
				expect(r, `${t.file} lists itself as related`).not.toBe(t.id);
			}
		}
	});

	it('has ids that cannot clash with the letter headings', () => {
		for (const id of ids) expect(id.startsWith('letter-'), id).toBe(false);
	});
});
