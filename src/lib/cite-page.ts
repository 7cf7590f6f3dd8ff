/**
 * "Cite this page": one page of this site as an APA 7, MLA 9 and BibTeX reference.
 * The author is the site itself (a group author), the date is the page's last-reviewed date
 * (APA "n.d." / no date in MLA when a page has none), and the URL is the page's canonical URL.
 * Plain text is what the copy button copies; `html` marks the italic parts with <i>.
 */
import { MONTHS } from './dates';
import { escapeHtml } from './escape';

export const SITE_NAME = 'Rare Earths Explained';

export interface CitablePage {
	/** The page title as shown in its <h1>. */
	title: string;
	/** The canonical, absolute URL of the page. */
	url: string;
	/** YYYY-MM-DD, the date every fact on the page was last checked; absent when it has not been. */
	lastReviewed?: string | undefined;
}

export interface PageCitation {
	apa: { text: string; html: string };
	mla: { text: string; html: string };
	bibtex: string;
}

/** MLA 9 abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string): { y: string; m: number; d: number } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
		throw new Error(`cite-page: lastReviewed "${iso}" must be a YYYY-MM-DD date (set it in the page's frontmatter).`);
	}
	return { y: match[1]!, m: Number(match[2]), d: Number(match[3]) };
}


/** Ends a title with a full stop unless it already ends in punctuation that closes a sentence. */
const closed = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

/** Straight double quotes inside a quoted title become single curly quotes (MLA nests quotation marks). */
const nestQuotes = (title: string) => title.replace(/"([^"]*)"/g, '‘$1’').replace(/“([^”]*)”/g, '‘$1’');

/** A BibTeX key from the URL path: rare-earths-explained-rules-october-2025 (the home page: …-home). */
export function bibtexKey(url: string): string {
	const path = new URL(url).pathname.replace(/^\/+|\/+$/g, '');
	const slug = path
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `rare-earths-explained-${slug || 'home'}`;
}

/** Escapes the characters BibTeX treats specially in a field value. */
const bibEscape = (s: string) =>
	s
		.replace(/\\/g, '\\textbackslash{}')
		.replace(/([&%$#_{}])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}')
		.replace(/\^/g, '\\textasciicircum{}');

export function citePage(page: CitablePage): PageCitation {
	const { title, url } = page;
	const date = page.lastReviewed ? parts(page.lastReviewed) : undefined;

	// APA 7: Group author. (Year, Month Day). *Title*. URL — the site name is left out when it is also the author.
	const apaDate = date ? `(${date.y}, ${MONTHS[date.m - 1]} ${date.d})` : '(n.d.)';
	const apa = {
		text: `${SITE_NAME}. ${apaDate}. ${closed(title)} ${url}`,
		html: `${SITE_NAME}. ${apaDate}. <i>${escapeHtml(title)}</i>${/[.?!]$/.test(title) ? '' : '.'} ${escapeHtml(url)}`,
	};

	// MLA 9: "Title." *Website*, Day Mon. Year, URL.  (no author when the organisation is also the publisher)
	const mlaDate = date ? `, ${date.d} ${MLA_MONTHS[date.m - 1]} ${date.y}` : '';
	const quoted = `“${closed(nestQuotes(title))}”`;
	const urlNoScheme = url.replace(/^https?:\/\//, '');
	const mla = {
		text: `${quoted} ${SITE_NAME}${mlaDate}, ${urlNoScheme}.`,
		html: `${escapeHtml(quoted)} <i>${SITE_NAME}</i>${mlaDate}, ${escapeHtml(urlNoScheme)}.`,
	};

	const fields: [string, string][] = [
		['author', `{${SITE_NAME}}`],
		['title', `{${bibEscape(title)}}`],
		['howpublished', `\\url{${url}}`],
		['url', url],
	];
	if (date) {
		fields.push(['year', date.y], ['month', BIB_MONTHS[date.m - 1]!], ['note', `Last reviewed ${date.d} ${MONTHS[date.m - 1]} ${date.y}`]);
	} else {
		fields.push(['note', 'Not yet reviewed in full']);
	}
	const bibtex = [`@misc{${bibtexKey(url)},`, ...fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v},` : `  ${k} = {${v}},`)), '}'].join(
		'\n',
	);

	return { apa, mla, bibtex };
}
