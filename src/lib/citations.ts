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


/** The words of a reference list in each language (the sources' own titles stay in their own language). */
export const REFERENCE_LABELS = {
	en: {
		kinds: { official: 'Official text', data: 'Data', analysis: 'Analysis', news: 'News' } as Record<Source['kind'], string>,
		translation: (kind: string) => `${kind} translation`,
		single: 'single secondary source',
		aggregator: 'aggregator copy, low reliability',
		undated: 'undated',
		archived: 'archived copy',
		accessed: (date: string) => `Accessed ${date}.`,
		references: 'References',
		alsoConsulted: 'Also consulted',
		back: 'Back to the first citation',
		source: (n: number, title?: string) => (title ? `Source ${n}: ${title}` : `Source ${n}`),
		sep: '; ',
	},
	'zh-cn': {
		kinds: { official: '官方文本', data: '数据', analysis: '分析', news: '新闻' } as Record<Source['kind'], string>,
		translation: (kind: string) => (kind === 'official' ? '官方译本' : '非官方译本'),
		single: '单一二手来源',
		aggregator: '转载，可靠性低',
		undated: '未注明日期',
		archived: '存档副本',
		accessed: (date: string) => `访问于${date}。`,
		references: '参考资料',
		alsoConsulted: '另见',
		back: '回到首次引用处',
		source: (n: number, title?: string) => (title ? `来源 ${n}：${title}` : `来源 ${n}`),
		sep: '；',
	},
} as const;
export type ReferenceLocale = keyof typeof REFERENCE_LABELS;

/** One source as a reference-list entry (HTML, escaped): the one way a source is written out, in every page's references and in the bibliography (labels in the page's language). */
export function formatSource(source: Source, locale: ReferenceLocale = 'en'): string {
	const L = REFERENCE_LABELS[locale];
	const parts: string[] = [];
	if (source.author) parts.push(`${escapeHtml(source.author)}.`);
	parts.push(`<cite>${escapeHtml(source.title)}</cite>.`);
	parts.push(`${escapeHtml(source.publisher)}, ${source.published ? formatDate(source.published, locale) : L.undated}.`);
	const notes: string[] = [L.kinds[source.kind]];
	if (source.translation) notes.push(L.translation(source.translation));
	if (source.reliability === 'single' || source.reliability === 'aggregator') notes.push(locale === 'en' ? reliabilityNote(source.reliability) : L[source.reliability]);
	if (source.language !== 'en') notes.push(locale === 'en' ? `language: ${source.language}` : `语言：${source.language}`);
	parts.push(`<span class="ref-meta">(${notes.join(L.sep)})</span>`);
	if (source.note) parts.push(`<span class="ref-note">${escapeHtml(source.note)}</span>`);
	parts.push(`<a class="ref-link" href="${escapeHtml(source.url)}" rel="external noopener">${escapeHtml(linkLabel(source.url))}</a>`);
	if (source.archiveUrl) parts.push(`<a class="ref-link" href="${escapeHtml(source.archiveUrl)}" rel="external noopener">${L.archived}</a>`);
	if (source.accessed) parts.push(L.accessed(formatDate(source.accessed, locale)));
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
export function numberCitations(html: string, lookup: (id: string) => Source | undefined, locale: ReferenceLocale = 'en'): NumberedPage {
	const L = REFERENCE_LABELS[locale];
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
		const label = L.source(n, source?.title);
		const anchor = k === 1 ? ` id="cite-${id}"` : '';
		return `<a${before}${anchor} data-cite="${id}" aria-label="${escapeHtml(label)}"${after}>[${n}]</a>`;
	});
	out = tidyCitationRuns(out);

	const placeholder = REFERENCES_PLACEHOLDER.exec(out);
	if (placeholder) {
		const extra = (placeholder[1] ?? '').split(/\s+/).filter((id) => id && !cited.includes(id));
		out = out.replace(REFERENCES_PLACEHOLDER, renderReferences(cited, extra, lookup, locale));
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

function renderReferences(cited: string[], extra: string[], lookup: (id: string) => Source | undefined, locale: ReferenceLocale): string {
	const L = REFERENCE_LABELS[locale];
	if (cited.length === 0 && extra.length === 0) return '';
	const entry = (id: string) => {
		const source = lookup(id);
		if (!source) throw new Error(`References: no source "${id}". The integrity check should have caught this; run npm run check.`);
		return source;
	};
	let html = '<section class="references" aria-labelledby="references" data-pagefind-ignore>';
	html += `<h2 id="references">${L.references}</h2>`;
	if (cited.length) {
		html += '<ol class="reference-list">';
		for (const id of cited) {
			html += `<li id="ref-${id}">${formatSource(entry(id), locale)} <a class="ref-back" href="#cite-${id}" aria-label="${L.back}">↩</a></li>`;
		}
		html += '</ol>';
	}
	if (extra.length) {
		html += `<h3 id="also-consulted">${L.alsoConsulted}</h3><ul class="reference-list">`;
		for (const id of extra) html += `<li id="ref-${id}">${formatSource(entry(id), locale)}</li>`;
		html += '</ul>';
	}
	return html + '</section>';
}
