import { describe, expect, it } from 'vitest';
import { rebaseLinks } from '../../src/lib/base-links';
import { withBase } from '../../src/lib/pages';

describe('links under a sub-path', () => {
	it('puts the base in front of root-relative links written in pages', () => {
		expect(withBase('/rules/status-tracker/', '/rare-earths/')).toBe('/rare-earths/rules/status-tracker/');
		expect(withBase('/', '/rare-earths/')).toBe('/rare-earths/');
	});

	it('leaves external, relative, fragment and already-based links alone', () => {
		for (const url of ['https://example.org/', '//cdn.example.org/x.js', '#ref-1', 'other/', '/rare-earths/basics/', '/rare-earths']) {
			expect(withBase(url, '/rare-earths/')).toBe(url);
		}
		expect(withBase('/rules/', '/')).toBe('/rules/');
	});

	it('rewrites href and src in tags, but not code shown as text', () => {
		const html = '<a class="x" href="/rules/">r</a><img src=\'/a.png\' alt=""><code>&lt;a href="/rules/"&gt;</code><a href="#ref-x">1</a>';
		expect(rebaseLinks(html, '/rare-earths/')).toBe(
			'<a class="x" href="/rare-earths/rules/">r</a><img src=\'/rare-earths/a.png\' alt=""><code>&lt;a href="/rules/"&gt;</code><a href="#ref-x">1</a>',
		);
	});
});
