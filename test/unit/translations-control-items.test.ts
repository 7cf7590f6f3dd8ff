/**
 * The content check's rules for control-item tables on Chinese pages (src/lib/content-check/translations.ts): a
 * Chinese page shows the same <ControlItems> tables as its English page, and every item it shows has Chinese text —
 * the official wording (`zh`) or this site's description (`zhSite.description`), and `zhSite.seenNote` for a note.
 */
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/lib/content-check/translations';
import type { ContentTree, DataFile } from '../../src/lib/integrity/load';

const item = (id: string, data: Record<string, unknown>): DataFile => ({
	collection: 'control-items',
	id,
	file: `content/control-items/${id}.yaml`,
	data: { measure: 'cn-2025-18', part: 'Item 1 (samarium)', order: 1, description: 'Samarium oxide', annexSeen: true, sources: ['s'], ...data },
});
const page = (file: string) => ({ file, frontmatter: {}, refs: [], keyLines: {} });
const EN = 'content/docs/rules/april-2025.mdx';
const ZH = 'content/docs/zh-cn/rules/april-2025.mdx';
const TABLE = "import { ControlItems } from '~/components';\n\n<ControlItems measure=\"cn-2025-18\" />\n";

function run(data: DataFile[], zhText: string) {
	const tree: ContentTree = { root: '/', data, pages: [page(EN), page(ZH)], parseErrors: [] };
	return checkTranslations(tree, new Map([[EN, TABLE], [ZH, zhText]]));
}

describe('control-item tables on Chinese pages', () => {
	it('pass when each item has the official wording or the site\'s Chinese description, and its note in Chinese', () => {
		const findings = run(
			[item('a', { zh: '氧化钐及其混合物' }), item('b', { annexSeen: false, seenNote: 'Not seen.', zhSite: { description: '氧化镝及其混合物', seenNote: '未见。' } })],
			TABLE,
		);
		expect(findings).toEqual([]);
	});

	it('name the file and the missing field of an item shown without Chinese text', () => {
		const findings = run([item('a', {}), item('b', { zh: '氧化钐', seenNote: 'Code from the copy.' })], TABLE);
		expect(findings.map((f) => [f.file, f.rule])).toEqual([
			['content/control-items/a.yaml', 'translation-data'],
			['content/control-items/b.yaml', 'translation-data'],
		]);
		expect(findings[0]!.text).toContain('zhSite.description');
		expect(findings[0]!.text).toContain(ZH);
		expect(findings[1]!.text).toContain('zhSite.seenNote');
	});

	it('ask for the same tables as the English page', () => {
		const findings = run([item('a', { zh: '氧化钐' })], "import { Cite } from '~/components';\n\n见英文版页面的表格。\n");
		expect(findings).toHaveLength(1);
		expect(findings[0]).toMatchObject({ file: ZH, rule: 'translation-parity' });
		expect(findings[0]!.text).toContain('Missing here: <ControlItems measure="cn-2025-18" />');
	});

	it('read a bare `threshold` prop as the 0.1% table', () => {
		const en = "<ControlItems threshold />\n";
		const tree: ContentTree = { root: '/', data: [], pages: [page(EN), page(ZH)], parseErrors: [] };
		expect(checkTranslations(tree, new Map([[EN, en], [ZH, '<ControlItems measure="cn-2025-61" />\n']]))[0]!.text).toContain('Missing here: <ControlItems threshold />');
	});
});
