/**
 * Numbers a page's citations and writes its reference list, after the page has rendered.
 *
 * <Cite> renders a marker link (data-cite="id") without a number, because components on a page
 * may render in any order. Once the whole page's HTML exists, this numbers the markers in
 * document order (one number per source, reused when a source is cited again) and fills the
 * reference-list placeholder that the page layout puts at the end of the content.
 * Runs in src/middleware.ts, at build time and in the dev server.
 */
import type { Source } from '../schemas/sources';
import { formatDate } from './dates';
import { escapeHtml } from './escape';
import { reliabilityNote } from './bibliography';

/** The placeholder the layout emits; `data-extra` holds the page's frontmatter `sources` (consulted, not cited inline). */
export const REFERENCES_PLACEHOLDER = /<div data-references-placeholder(?: data-extra(?:="([^"]*)")?)?><\/div>/;
const CITE_MARKER = /<a([^>]*?) data-cite="([^"]+)"([^>]*)>\[\?\]<\/a>/g;


const KIND_LABELS: Record<Source['kind'], string> = {
	official: 'Official text',
	data: 'Data',
	analysis: 'Analysis',
	news: 'News',
};

/** One source as a reference-list entry (HTML, escaped): the one way a source is written out, in every page's references and in the bibliography. */
export function formatSource(source: Source): string {
	const parts: string[] = [];
	if (source.author) parts.push(`${escapeHtml(source.author)}.`);
	parts.push(`<cite>${escapeHtml(source.title)}</cite>.`);
	parts.push(`${escapeHtml(source.publisher)}, ${source.published ? formatDate(source.published) : 'undated'}.`);
	const notes: string[] = [KIND_LABELS[source.kind]];
	if (source.translation) notes.push(`${source.translation} translation`);
	if (source.reliability === 'single' || source.reliability === 'aggregator') notes.push(reliabilityNote(source.reliability));
	if (source.language !== 'en') notes.push(`language: ${source.language}`);
	parts.push(`<span class="ref-meta">(${notes.join('; ')})</span>`);
	if (source.note) parts.push(`<span class="ref-note">${escapeHtml(source.note)}</span>`);
	parts.push(`<a class="ref-link" href="${escapeHtml(source.url)}" rel="external noopener">${escapeHtml(linkLabel(source.url))}</a>`);
	if (source.archiveUrl) parts.push(`<a class="ref-link" href="${escapeHtml(source.archiveUrl)}" rel="external noopener">archived copy</a>`);
	if (source.accessed) parts.push(`Accessed ${formatDate(source.accessed)}.`);
	return parts.join(' ');
}

/** A readable label for a link: the host name. */
function linkLabel(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export interface NumberedPage {
	html: string;
	/** Source ids in citation order. */
	cited: string[];
}

/**
 * Numbers every citation marker in `html` and replaces the references placeholder with the list.
 * `lookup` returns the source entry for an id (ids were checked before the build, so a miss is a bug).
 */
export function numberCitations(html: string, lookup: (id: string) => Source | undefined): NumberedPage {
	const cited: string[] = [];
	const seen = new Map<string, number>();
	let out = html.replace(CITE_MARKER, (_m, before: string, id: string, after: string) => {
		let n = cited.indexOf(id) + 1;
		if (n === 0) {
			cited.push(id);
			n = cited.length;
		}
		const k = (seen.get(id) ?? 0) + 1;
		seen.set(id, k);
		const source = lookup(id);
		const label = source ? `Source ${n}: ${source.title}` : `Source ${n}`;
		const anchor = k === 1 ? ` id="cite-${id}"` : '';
		return `<a${before}${anchor} data-cite="${id}" aria-label="${escapeHtml(label)}"${after}>[${n}]</a>`;
	});
	out = tidyCitationRuns(out);

	const placeholder = REFERENCES_PLACEHOLDER.exec(out);
	if (placeholder) {
		const extra = (placeholder[1] ?? '').split(/\s+/).filter((id) => id && !cited.includes(id));
		out = out.replace(REFERENCES_PLACEHOLDER, renderReferences(cited, extra, lookup));
	}
	return { html: out, cited };
}

/** A numbered citation as <Cite> renders it: the <sup> with its link, id and number. */
const NUMBERED = /<sup class="cite"[^>]*><a [^>]*data-cite="([^"]+)"[^>]*>\[(\d+)\]<\/a><\/sup>/g;

/**
 * Citations that stand together read as one group, whichever components wrote them: markers side by side are put
 * in number order ("[2][1]" → "[1][2]") and a source cited twice in a row is shown once, also across a full stop or
 * comma ("REO[1].[1]" → "REO[1]."). The first citation of a source (the back-link target) always stays.
 */
export function tidyCitationRuns(html: string): string {
	const marks = [...html.matchAll(NUMBERED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, id: m[1]!, n: Number(m[2]), text: m[0] }));
	if (marks.length < 2) return html;
	let out = '';
	let at = 0;
	let i = 0;
	let previous: Set<string> = new Set();
	while (i < marks.length) {
		// A run: markers separated by white space only.
		const run = [marks[i]!];
		while (i + 1 < marks.length && /^\s*$/.test(html.slice(marks[i]!.end, marks[i + 1]!.start))) run.push(marks[++i]!);
		const gap = html.slice(at, run[0]!.start);
		// Right after another run, past nothing but punctuation: that run's sources are not repeated.
		const follows = /^[.,;:]\s*$/.test(gap) ? previous : new Set<string>();
		const kept: typeof run = [];
		for (const m of run) if (!follows.has(m.id) && !kept.some((k) => k.id === m.id)) kept.push(m);
		kept.sort((a, b) => a.n - b.n);
		out += gap + kept.map((m) => m.text).join('');
		previous = new Set(run.map((m) => m.id));
		at = run.at(-1)!.end;
		i++;
	}
	return out + html.slice(at);
}

function renderReferences(cited: string[], extra: string[], lookup: (id: string) => Source | undefined): string {
	if (cited.length === 0 && extra.length === 0) return '';
	const entry = (id: string) => {
		const source = lookup(id);
		if (!source) throw new Error(`References: no source "${id}". The integrity check should have caught this; run npm run check.`);
		return source;
	};
	let html = '<section class="references" aria-labelledby="references" data-pagefind-ignore>';
	html += '<h2 id="references">References</h2>';
	if (cited.length) {
		html += '<ol class="reference-list">';
		for (const id of cited) {
			html += `<li id="ref-${id}">${formatSource(entry(id))} <a class="ref-back" href="#cite-${id}" aria-label="Back to the first citation">↩</a></li>`;
		}
		html += '</ol>';
	}
	if (extra.length) {
		html += '<h3 id="also-consulted">Also consulted</h3><ul class="reference-list">';
		for (const id of extra) html += `<li id="ref-${id}">${formatSource(entry(id))}</li>`;
		html += '</ul>';
	}
	return html + '</section>';
}
