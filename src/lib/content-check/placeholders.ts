/**
 * Rule `placeholder`: a FILL-IN left by `npm run new`, in a page (outside code and {/* comments *\/}) or in a
 * data file (outside # comments). Comments may keep their instructions; values and prose may not.
 */
import { blankOutCode } from '../mdx-refs';
import { PLACEHOLDER } from '../scaffold/placeholder';
import type { Finding } from './finding';
import type { TextFile } from './formatting';

const stripYamlComment = (line: string) => line.replace(/(^|\s)#.*$/, '');

export function checkPlaceholders(files: TextFile[]): Finding[] {
	const findings: Finding[] = [];
	for (const { file, text } of files) {
		const lines = text.split('\n');
		let visible: string[];
		if (file.endsWith('.mdx') || file.endsWith('.md')) {
			const body = blankOutCode(text).split('\n');
			const fm = /^---\n[\s\S]*?\n---/.exec(text);
			const fmLines = fm ? fm[0].split('\n').length : 0;
			visible = lines.map((line, i) => (i < fmLines ? stripYamlComment(line) : body[i] ?? ''));
		} else {
			visible = lines.map(stripYamlComment);
		}
		visible.forEach((line, i) => {
			if (line.includes(PLACEHOLDER)) {
				findings.push({
					file,
					line: i + 1,
					rule: 'placeholder',
					severity: 'error',
					text: `"${PLACEHOLDER}" is a placeholder left by npm run new. Replace it with the real text or value (the comment beside it, or the steps npm run new printed, say what goes there).`,
				});
			}
		});
	}
	return findings;
}
