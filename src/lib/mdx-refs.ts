/**
 * Reads an MDX page as text (never executes it) and finds the ids it refers to through the
 * site's components: <Cite id>, <Figure id>, <Term id>, <MeasureStatus id>.
 * Code (fenced blocks and inline `code`) is ignored, so a guide can show `<Cite id="…"/>` as an example.
 * Used by the integrity check (unknown ids) and by <Cite>/<References> (citation numbering).
 */

export const REF_COMPONENTS = {
	Cite: 'sources',
	Figure: 'figures',
	Term: 'terms',
	MeasureStatus: 'measures',
} as const;
export type RefComponent = keyof typeof REF_COMPONENTS;

export interface MdxRef {
	component: RefComponent;
	id: string;
	/** 1-based line number in the file. */
	line: number;
}

/** Replaces frontmatter, fenced code and inline code with spaces, keeping line breaks so line numbers stay right. */
export function blankOutCode(mdx: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	let text = mdx.replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank);
	text = text.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, blank);
	text = text.replace(/(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, blank);
	text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
	return text;
}

const TAG = /<(Cite|Figure|Term|MeasureStatus)\b([^>]*)>/g;
const ID_ATTR = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

export function findRefs(mdx: string): MdxRef[] {
	const text = blankOutCode(mdx);
	const refs: MdxRef[] = [];
	for (const match of text.matchAll(TAG)) {
		const component = match[1] as RefComponent;
		const attr = ID_ATTR.exec(match[2] ?? '');
		const id = attr ? (attr[1] ?? attr[2] ?? '') : '';
		const line = text.slice(0, match.index).split('\n').length;
		refs.push({ component, id, line });
	}
	return refs;
}

/**
 * The page's sources in citation order: each <Cite id> and each <Figure id>'s source, first use first.
 * `figureSource` maps a figure id to its source id.
 */
export function citationOrder(mdx: string, figureSource: (figureId: string) => string | undefined): string[] {
	const order: string[] = [];
	for (const ref of findRefs(mdx)) {
		const id = ref.component === 'Cite' ? ref.id : ref.component === 'Figure' ? figureSource(ref.id) : undefined;
		if (id && !order.includes(id)) order.push(id);
	}
	return order;
}
