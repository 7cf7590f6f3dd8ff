/**
 * Rule `uncited`: a page with factual content must cite at least one source. "Factual content" means at
 * least MIN_WORDS words of body prose, some of it with a number or a date (facts about rules and markets
 * come with dates and numbers; a page only about this site, such as the data-download guide, has none).
 * A page cites when it has a <Cite>, a <Figure>, a component that cites from the data (src/lib/component-refs.ts),
 * or `sources:` in its frontmatter. Pages about the site itself (EXEMPT) are
 * not checked by this rule.
 */
import type { Finding } from './finding';
import { citingComponents } from '../component-refs';
import { isJsx, walk } from './mdx';
import type { Page } from './page';
import { extractProse, wordCount } from './prose';

export const MIN_WORDS = 40;
/** Components that cite on the page's behalf, from the one table of what components cite. */
export const CITING_COMPONENTS = citingComponents();
/** Pages about the site itself rather than the subject: the Contribute section and the 404 page. */
export const EXEMPT = ['content/docs/contribute/', 'content/docs/404.mdx'];

export function checkCitations(page: Page, frontmatter: Record<string, unknown>): Finding[] {
	if (EXEMPT.some((d) => page.file.startsWith(d))) return [];
	let cites = Array.isArray(frontmatter['sources']) && frontmatter['sources'].length > 0;
	walk(page.tree, (node) => {
		if (isJsx(node) && CITING_COMPONENTS.has(node.name ?? '')) cites = true;
	});
	if (cites) return [];
	const body = extractProse(page).bodyText;
	const words = body.reduce((n, t) => n + wordCount(t.text), 0);
	const factual = body.find((t) => /\d/.test(t.text));
	if (words < MIN_WORDS || !factual) return [];
	return [
		{
			file: page.file,
			line: factual.line,
			rule: 'uncited',
			severity: 'error',
			text: `this page states facts (${words} words of prose; the first number or date is on this line) but cites no source. Add <Cite id="…" /> after each factual sentence (ids are file names in content/sources/), or list the works consulted under sources: in the frontmatter.`,
		},
	];
}
