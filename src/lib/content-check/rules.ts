/** Every rule of the content check, what it catches and its fixture (test/fixtures/content-check/). */
export interface RuleInfo {
	id: string;
	severity: 'error' | 'warning';
	what: string;
}

export const RULES: RuleInfo[] = [
	{ id: 'mdx-syntax', severity: 'error', what: 'the page is not valid MDX (nothing else can be checked until it is)' },
	{ id: 'import', severity: 'error', what: "an import from anywhere but '~/components', or of a name it does not export" },
	{ id: 'export', severity: 'error', what: 'any export' },
	{ id: 'expression', severity: 'error', what: 'a {…} JavaScript expression (in text or an attribute) other than a {/* comment */}' },
	{ id: 'raw-html', severity: 'error', what: 'raw <script>, <style>, <iframe>, <object> or <embed>' },
	{ id: 'event-handler', severity: 'error', what: 'an on… attribute (onclick, onError…)' },
	{ id: 'set-html', severity: 'error', what: 'set:html' },
	{ id: 'url', severity: 'error', what: 'a javascript: or data: URL in a link, image, link definition or attribute' },
	{ id: 'placeholder', severity: 'error', what: 'a FILL-IN left by npm run new (outside comments)' },
	{ id: 'uncited', severity: 'error', what: 'a page with factual content that cites no source' },
	{ id: 'unknown-id', severity: 'error', what: 'a citation, figure, term or measure id that does not exist' },
	{ id: 'schema', severity: 'error', what: 'a data entry that is missing a required field or has an invalid value' },
	{ id: 'period-tense', severity: 'warning', what: 'a dated period stated in the present tense ("is suspended until 10 November 2026") without <Period> or a {{period:…}} template' },
	{ id: 'stale-status', severity: 'warning', what: "a measure whose last status period has ended, or last verified more than 90 days ago" },
	{ id: 'spelling', severity: 'error', what: 'a word in the prose that is neither in the dictionaries nor in cspell-words.txt' },
	{ id: 'formatting', severity: 'error', what: 'a page or data file that prettier would format differently' },
];
