import { describe, expect, it } from 'vitest';
import { bibtexKey, citePage } from '../../src/lib/cite-page';

const october = {
	title: 'The October 2025 package',
	url: 'https://rare-earths-explained.github.io/rules/october-2025/',
	lastReviewed: '2026-11-22',
};

describe('citePage for a known page (The October 2025 package, reviewed 22 November 2026)', () => {
	const c = citePage(october);

	it('writes APA 7 with the site as group author, the review date and the canonical URL', () => {
		expect(c.apa.text).toBe(
			'Rare Earths Explained. (2026, November 22). The October 2025 package. https://rare-earths-explained.github.io/rules/october-2025/',
		);
		expect(c.apa.html).toBe(
			'Rare Earths Explained. (2026, November 22). <i>The October 2025 package</i>. https://rare-earths-explained.github.io/rules/october-2025/',
		);
	});

	it('writes MLA 9 with the title in quotes, the site in italics and an abbreviated month', () => {
		expect(c.mla.text).toBe(
			'“The October 2025 package.” Rare Earths Explained, 22 Nov. 2026, rare-earths-explained.github.io/rules/october-2025/.',
		);
		expect(c.mla.html).toBe(
			'“The October 2025 package.” <i>Rare Earths Explained</i>, 22 Nov. 2026, rare-earths-explained.github.io/rules/october-2025/.',
		);
	});

	it('writes a BibTeX @misc entry', () => {
		expect(c.bibtex).toBe(
			[
				'@misc{rare-earths-explained-rules-october-2025,',
				'  author = {{Rare Earths Explained}},',
				'  title = {{The October 2025 package}},',
				'  howpublished = {\\url{https://rare-earths-explained.github.io/rules/october-2025/}},',
				'  url = {https://rare-earths-explained.github.io/rules/october-2025/},',
				'  year = {2026},',
				'  month = nov,',
				'  note = {Last reviewed 22 November 2026},',
				'}',
			].join('\n'),
		);
	});
});

describe('citePage edge cases', () => {
	it('uses n.d. (APA) and no date (MLA) for a page never reviewed in full', () => {
		const c = citePage({ title: 'Who is affected', url: 'https://example.org/impacts/who-is-affected/' });
		expect(c.apa.text).toBe('Rare Earths Explained. (n.d.). Who is affected. https://example.org/impacts/who-is-affected/');
		expect(c.mla.text).toBe('“Who is affected.” Rare Earths Explained, example.org/impacts/who-is-affected/.');
		expect(c.bibtex).toContain('note = {Not yet reviewed in full}');
		expect(c.bibtex).not.toContain('year =');
	});

	it('keeps a question mark instead of adding a full stop, and nests quotes in MLA', () => {
		const c = citePage({ title: 'Why "rare"?', url: 'https://example.org/basics/why-rare/', lastReviewed: '2026-05-01' });
		expect(c.apa.text).toBe('Rare Earths Explained. (2026, May 1). Why "rare"? https://example.org/basics/why-rare/');
		expect(c.mla.text).toBe('“Why ‘rare’?” Rare Earths Explained, 1 May 2026, example.org/basics/why-rare/.');
		expect(c.apa.html).toContain('<i>Why &quot;rare&quot;?</i> https://');
	});

	it('escapes BibTeX special characters such as %', () => {
		const c = citePage({
			title: 'The 0.1% rule explained (Announcement No. 61)',
			url: 'https://example.org/rules/point-one-percent-rule/',
		});
		expect(c.bibtex).toContain('title = {{The 0.1\\% rule explained (Announcement No. 61)}}');
	});

	it('keys the home page as -home', () => expect(bibtexKey('https://example.org/')).toBe('rare-earths-explained-home'));

	it('names the bad date and where to fix it', () =>
		expect(() => citePage({ title: 'x', url: 'https://example.org/', lastReviewed: '22/11/2026' })).toThrow(/"22\/11\/2026".*frontmatter/));
});
