/**
 * `npm run new -- translation --page rules/april-2025`: starts the Chinese translation of an English page at
 * content/docs/zh-cn/<same path>. The English text is copied in, with every <Cite>, <Figure>, <Term> and
 * <MeasureStatus> in place (a translation cites the same sources and shows the same figures), the site's own
 * links pointed at the Chinese edition, and FILL-IN markers where Chinese must be written, so `npm run check`
 * fails until the translation is done. The English prose is there to be replaced, not kept.
 */
import type { Scaffold } from './templates';
import { PLACEHOLDER } from './placeholder';

/** Internal links of the site ("](/rules/x/)" and href="/rules/x/") pointed at the Chinese edition. */
export const toChineseLinks = (mdx: string) =>
	mdx.replace(/\]\(\/(?!zh-cn\/)/g, '](/zh-cn/').replace(/href="\/(?!zh-cn\/)/g, 'href="/zh-cn/');

export function translationScaffold(page: string, english: string): Scaffold {
	const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(english);
	if (!match) throw new Error(`content/docs/${page}.mdx has no frontmatter; every page starts with --- title: … ---.`);
	const [, front, body] = match;
	const frontmatter = front!
		.split('\n')
		.map((line) => line.replace(/^(title|description|\s+label):\s*(.+)$/, (_m, key: string, value: string) => `${key}: "${PLACEHOLDER}: ${value.replace(/^["']|["']$/g, '').replace(/"/g, '\\"')}"`))
		.map((line) => line.replace(/^(\s+-\s+)(.+)$/, (_m, dash: string, value: string) => (/^[a-z0-9-]+$/.test(value) ? `${dash}${value}` : `${dash}"${PLACEHOLDER}: ${value.replace(/^["']|["']$/g, '').replace(/"/g, '\\"')}"`)))
		.join('\n');
	const [imports, ...rest] = body!.split(/\n(?=[^\n]*\n)/);
	const hasImport = imports?.startsWith('import ');
	const note = `{/* ${PLACEHOLDER}: translate this page into Chinese, as a careful Chinese explainer would write it, not word for word. Keep every <Cite>, <Figure>, <Term> and <MeasureStatus> (same ids: the parity check compares them with the English page), quote official Chinese titles exactly, then delete this note. */}`;
	const text = `---\n${frontmatter}\n---\n${hasImport ? `${imports}\n\n${note}\n${rest.join('\n')}` : `${note}\n\n${body}`}`;
	return {
		file: `content/docs/zh-cn/${page}.mdx`,
		text: toChineseLinks(text),
		steps: [
			`Write the Chinese title, description and summary in the frontmatter (the English is there after each ${PLACEHOLDER}).`,
			'Replace every English paragraph with Chinese; keep each <Cite>, <Figure>, <Term> and <MeasureStatus> where its fact is.',
			'Keep each <ControlItems> call as it is (it renders in Chinese on a Chinese page); give each <Period> its words in Chinese (present="暂停实施第61号公告", no past needed): the build stops on English words there.',
			`Delete the ${PLACEHOLDER} note at the top, then run \`npm run check\`: it reports any source or figure that differs from the English page, and any term, figure or measure shown on the page that lacks its Chinese text (the \`zh:\` block of its data file).`,
			'Run `npm run build` and `npx vitest run test/build/translations.test.ts`: the built page must carry the same citations and figures as the English page and no English prose.',
		],
	};
}
