/** One problem the content check found: where it is, what is wrong and how to fix it. */
export type Severity = 'error' | 'warning';

export interface Finding {
	/** Path relative to the project root, e.g. content/docs/rules/april-2025.mdx. */
	file: string;
	/** 1-based line. */
	line: number;
	/** The rule that found it (see RULES in rules.ts). */
	rule: string;
	severity: Severity;
	/** "what is wrong. How to fix." — without the file and line. */
	text: string;
}

/** `file:line: what is wrong. How to fix.` */
export function formatFinding(f: Finding): string {
	return `${f.file}:${f.line}: ${f.text}`;
}

export function byPlace(a: Finding, b: Finding): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.text.localeCompare(b.text);
}
