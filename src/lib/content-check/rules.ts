/** Every rule of the content check, what it catches and its fixture (test/fixtures/content-check/). */
export interface RuleInfo {
	id: string;
	severity: 'error' | 'warning';
	what: string;
}

export const RULES: RuleInfo[] = [
	{ id: 'file', severity: 'error', what: 'a file under content/ that is not a page (.mdx) or data (.yaml) with a lower-case name, a symbolic link, or a file too big, deeply nested, not UTF-8, with control characters or unreadable' },
	{ id: 'yaml', severity: 'error', what: 'a YAML anchor, alias, merge key or tag in a data file (frontmatter: rule frontmatter)' },
	{ id: 'frontmatter', severity: 'error', what: 'a page frontmatter field this site does not use (head, hero, slug, layout…), an invalid value, or YAML anchors, aliases, merge keys or tags' },
	{ id: 'mdx-syntax', severity: 'error', what: 'the page is not valid MDX (nothing else can be checked until it is)' },
	{ id: 'construct', severity: 'error', what: 'a syntax-tree node the site does not render (raw HTML node, second frontmatter, a directive that is not an aside)' },
	{ id: 'import', severity: 'error', what: "anything in an import/export block but `import { Name } from '~/components'` of names it exports" },
	{ id: 'export', severity: 'error', what: 'any export' },
	{ id: 'expression', severity: 'error', what: 'a {…} JavaScript expression (in text or an attribute) other than a {/* block comment */}' },
	{ id: 'raw-html', severity: 'error', what: 'an element that is neither a component from ~/components nor in the allow-list of harmless HTML elements' },
	{ id: 'attribute', severity: 'error', what: 'an attribute not allowed on that element (style, class, id, directives…)' },
	{ id: 'event-handler', severity: 'error', what: 'an on… attribute (onclick, onError…)' },
	{ id: 'set-html', severity: 'error', what: 'set:html, set:text or is:raw' },
	{ id: 'url', severity: 'error', what: 'a link or prop whose scheme is not https:, http: or mailto:, or an image not on this site' },
	{ id: 'placeholder', severity: 'error', what: 'a FILL-IN left by npm run new (outside comments)' },
	{ id: 'uncited', severity: 'error', what: 'a page with factual content that cites no source' },
	{ id: 'unknown-id', severity: 'error', what: 'a citation, figure, term or measure id that does not exist' },
	{ id: 'schema', severity: 'error', what: 'a data entry that is missing a required field or has an invalid value' },
	{ id: 'period-tense', severity: 'warning', what: 'a dated period stated in the present tense ("is suspended until 10 November 2026"), or said in fixed Chinese words to have ended ("这一日期已经过去"), without <Period> or a {{period:…}} template' },
	{ id: 'stale-status', severity: 'warning', what: "a measure whose last status period has ended, or last verified more than 90 days ago" },
	{ id: 'spelling', severity: 'error', what: 'a word in the prose that is neither in the dictionaries nor in cspell-words.txt' },
	{ id: 'formatting', severity: 'error', what: 'a page or data file that prettier would format differently' },
];
