import { describe, expect, it } from 'vitest';
import { numberCitations, tidyCitationRuns } from '../../src/lib/citations';
import type { Source } from '../../src/schemas/sources';

const source = (title: string): Source => ({
	title,
	publisher: 'Publisher',
	published: '2025-10-09',
	url: 'https://example.org/x',
	kind: 'official',
	language: 'en',
	reliability: 'primary',
});
const lookup = (id: string) => ({ a: source('Alpha'), b: source('Beta'), c: source('Gamma') })[id];
const cite = (id: string) => `<sup class="cite"><a href="#ref-${id}" data-cite="${id}">[?]</a></sup>`;

describe('numberCitations', () => {
	it('numbers sources in document order and reuses a number when a source is cited again', () => {
		const html = `<p>x${cite('b')} y${cite('a')} z${cite('b')}</p><div data-references-placeholder data-extra=""></div>`;
		const { html: out, cited } = numberCitations(html, lookup);
		expect(cited).toEqual(['b', 'a']);
		expect(out.match(/>\[(\d)\]</g)).toEqual(['>[1]<', '>[2]<', '>[1]<']);
		expect(out).toContain('<li id="ref-b">');
		expect(out.indexOf('ref-b"')).toBeLessThan(out.indexOf('ref-a"'));
		expect(out).not.toContain('[?]');
	});

	it('lists frontmatter sources that are not cited inline under "Also consulted"', () => {
		const html = `<p>${cite('a')}</p><div data-references-placeholder data-extra="a c"></div>`;
		const out = numberCitations(html, lookup).html;
		expect(out).toContain('Also consulted');
		expect(out.match(/id="ref-a"/g)).toHaveLength(1);
		expect(out).toContain('id="ref-c"');
	});

	it('leaves no reference list on a page that cites nothing', () => {
		const out = numberCitations('<p>x</p><div data-references-placeholder data-extra=""></div>', lookup).html;
		expect(out).toBe('<p>x</p>');
	});

	it('escapes titles in labels and entries', () => {
		const evil = (id: string) => (id === 'a' ? source('<b>"x"</b>') : undefined);
		const out = numberCitations(`${cite('a')}<div data-references-placeholder></div>`, evil).html;
		expect(out).not.toContain('<b>');
		expect(out).toContain('&lt;b&gt;');
	});
});

describe('citations that stand together', () => {
	const sup = (id: string, n: number, first = false) =>
		`<sup class="cite" data-pagefind-ignore><a href="#ref-${id}"${first ? ` id="cite-${id}"` : ''} data-cite="${id}" aria-label="Source ${n}">[${n}]</a></sup>`;

	it('are put in number order', () => {
		expect(tidyCitationRuns(`A.${sup('b', 2)}${sup('a', 1)} B.`)).toBe(`A.${sup('a', 1)}${sup('b', 2)} B.`);
		expect(tidyCitationRuns(`A.${sup('c', 3)} ${sup('a', 1)}`)).toBe(`A.${sup('a', 1)}${sup('c', 3)}`);
	});

	it('show a source once when it is cited twice in a row, even across a full stop', () => {
		expect(tidyCitationRuns(`270,000 t REO${sup('u', 1, true)}.${sup('u', 1)} Next.`)).toBe(`270,000 t REO${sup('u', 1, true)}. Next.`);
		expect(tidyCitationRuns(`x${sup('u', 1, true)}${sup('u', 1)}`)).toBe(`x${sup('u', 1, true)}`);
	});

	it('leave citations apart when words stand between them', () => {
		const html = `One${sup('b', 2)} and two${sup('a', 1)}. Again${sup('b', 2)}.`;
		expect(tidyCitationRuns(html)).toBe(html);
	});
});
