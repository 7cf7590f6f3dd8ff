/** `npm run new -- translation`: what a translator starts from. */
import { describe, expect, it } from 'vitest';
import { toChineseLinks, translationScaffold } from '../../src/lib/scaffold/translation';
import { componentUses } from '../../src/lib/mdx-components';

const findRefs = (text: string) => componentUses(text).map((u) => ({ component: u.name, id: u.props['id'] ?? '' }));

const english = `---
title: April 2025 — Announcement No. 18
description: What it controls.
summary:
  - Seven rare earths need a licence.
sources:
  - mofcom-announcement-18-2025-en
---
import { Cite, Figure } from '~/components';

China added seven elements.<Cite id="mofcom-announcement-18-2025-en" /> See [the tracker](/rules/status-tracker/) and <Figure id="cn-magnet-exports-2025-05" />.
`;

describe('translation scaffold', () => {
	const s = translationScaffold('rules/april-2025', english);

	it('goes to the same path under content/docs/zh-cn/', () => {
		expect(s.file).toBe('content/docs/zh-cn/rules/april-2025.mdx');
	});

	it('keeps every citation and figure of the English page, and the import first', () => {
		expect(findRefs(s.text).map((r) => `${r.component}:${r.id}`)).toEqual(findRefs(english).map((r) => `${r.component}:${r.id}`));
		expect(s.text.split('---\n')[2]!.startsWith("import { Cite, Figure } from '~/components';")).toBe(true);
	});

	it('marks the title, description, summary and body FILL-IN, but not source ids', () => {
		expect(s.text).toContain('title: "FILL-IN: April 2025 — Announcement No. 18"');
		expect(s.text).toContain('  - "FILL-IN: Seven rare earths need a licence."');
		expect(s.text).toContain('  - mofcom-announcement-18-2025-en\n');
		expect(s.text).toMatch(/\{\/\* FILL-IN: translate this page/);
	});

	it('points the site\'s own links at the Chinese edition', () => {
		expect(s.text).toContain('](/zh-cn/rules/status-tracker/)');
		expect(toChineseLinks('<LinkCard href="/rules/x/" /> [a](/zh-cn/b/) [c](https://example.org/)')).toBe('<LinkCard href="/zh-cn/rules/x/" /> [a](/zh-cn/b/) [c](https://example.org/)');
	});
});
