/**
 * Rules for the Chinese edition (content/docs/zh-cn/), checked from the text like every other rule:
 * - `translation-orphan`: a translation has an English page with the same slug (content/docs/<same path>).
 * - `translation-parity`: it cites the same sources (<Cite id>) and shows the same figures (<Figure id>) as that
 *   page: the same facts, the same sources. (test/build/translations.test.ts checks the built pages too.)
 * - `translation-data`: every data entry the translated page shows has its Chinese text (the entry's `zh`
 *   object): the terms, figures and measures it names, the lists its components show (<StatusTable>,
 *   <StatusList>, <Glossary>, <Comparison>, <PeriodicTable>), every item its <ControlItems> tables show (the
 *   official wording `zh` or `zhSite.description`, and `zhSite.seenNote`), and every element (each has a Chinese page).
 * - `translation-parity` also asks for the same <ControlItems> tables as the English page.
 */
import type { ContentTree, DataFile } from '../integrity/load';
import { blankOutCode } from '../mdx-refs';
import { componentUses } from '../mdx-components';
import type { Finding } from './finding';
import { itemsOf, missingItemZh, thresholdItems } from '../control-items';
import type { ControlItem } from '../../schemas/control-items';

export const ZH_PAGES = 'content/docs/zh-cn/';

/** What the Chinese text of each collection must hold, as a list of `zh` fields, and (for comparisons) nested sides. */
const REQUIRED: Partial<Record<DataFile['collection'], string[]>> = {
	terms: ['term', 'short'],
	figures: ['label'],
	measures: ['shortName', 'plainName', 'covers', 'summary'],
	elements: ['name', 'pinyin', 'uses', 'mined', 'separated'],
	comparisons: ['mechanism', 'question', 'difference', 'us', 'china'],
	events: ['title'],
	claims: ['question', 'claim', 'explanation'],
};

/** The collections a component shows in full (or filtered) when it appears on a page. */
const LIST_COMPONENTS: Record<string, { collection: DataFile['collection']; keep?: (d: DataFile, attrs: string) => boolean }> = {
	StatusTable: { collection: 'measures', keep: byJurisdiction },
	StatusList: { collection: 'measures', keep: byJurisdiction },
	Glossary: { collection: 'terms' },
	Comparison: { collection: 'comparisons' },
	PeriodicTable: { collection: 'elements' },
	Timeline: { collection: 'events' },
};

function byJurisdiction(d: DataFile, attrs: string): boolean {
	const j = /\bjurisdiction\s*=\s*"([^"]+)"/.exec(attrs)?.[1];
	return !j || (d.data as { jurisdiction?: string }).jurisdiction === j;
}

/** What the Chinese text of one entry lacks (field names), or [] when complete. */
export function missingZh(d: DataFile): string[] {
	const data = d.data as Record<string, unknown> & { zh?: Record<string, unknown> };
	const required = REQUIRED[d.collection] ?? [];
	const zh = data.zh ?? {};
	const missing = required.filter((f) => zh[f] === undefined).map((f) => `zh.${f}`);
	// Optional English fields that are present need their Chinese counterpart too.
	for (const optional of ['note', 'detail', 'groupNote', 'abundanceNote']) {
		if (typeof data[optional] === 'string' && zh[optional] === undefined && (d.collection !== 'figures' || optional === 'note')) missing.push(`zh.${optional}`);
	}
	if (d.collection === 'elements' && Array.isArray(data['uses']) && Array.isArray(zh['uses']) && zh['uses'].length !== data['uses'].length) {
		missing.push(`zh.uses (one item per item of uses: ${data['uses'].length}, not ${zh['uses'].length})`);
	}
	if (d.collection === 'control-items') return missingItemZh(data as unknown as ControlItem);
	if (d.collection === 'measures') {
		// A Chinese act shows its original title; without one on record (or for other countries' acts), a Chinese translation.
		const m = data as { jurisdiction?: string; originalTitle?: string };
		if (!(m.jurisdiction === 'CN' && m.originalTitle) && zh['title'] === undefined) missing.push(m.jurisdiction === 'CN' ? 'originalTitle or zh.title' : 'zh.title');
		// A period that names its parts (endsFor/continues) is worded with their Chinese names.
		const history = (data['statusHistory'] ?? []) as { from: string; endsFor?: string; continues?: string }[];
		const parts = (zh['parts'] ?? {}) as Record<string, { endsFor?: string; continues?: string }>;
		for (const p of history) {
			if (p.endsFor && !parts[p.from]) missing.push(`zh.parts."${p.from}".endsFor`);
			if (p.continues && !parts[p.from]?.continues) missing.push(`zh.parts."${p.from}".continues`);
		}
	}
	return [...new Set(missing)];
}

const sortedSet = (xs: string[]) => [...new Set(xs)].sort();

/** The item tables a page shows: one key per <ControlItems> ("threshold", "cn-2025-61", "cn-2025-61:Annex 1, Part II"), as the built table's data-control-items. */
export const controlItemTables = (text: string) =>
	componentUses(text)
		.filter((u) => u.name === 'ControlItems')
		.map((u) => ({ key: u.props['threshold'] === 'true' ? 'threshold' : `${u.props['measure'] ?? ''}${u.props['part'] ? `:${u.props['part']}` : ''}`, props: u.props, line: u.line }));

/** The components a page uses with the id each refers to, read from its MDX syntax tree (src/lib/mdx-components.ts). */
const findRefs = (text: string) => componentUses(text).map((u) => ({ component: u.name, id: u.props['id'] ?? '', line: u.line }));

export function checkTranslations(tree: ContentTree, texts: Map<string, string>): Finding[] {
	const findings: Finding[] = [];
	const byKey = new Map(tree.data.map((d) => [`${d.collection}/${d.id}`, d]));
	const needs = new Map<string, { entry: DataFile; page: string; line: number }>();
	const need = (collection: DataFile['collection'], id: string, page: string, line: number) => {
		const entry = byKey.get(`${collection}/${id}`);
		if (entry && !needs.has(`${collection}/${id}`)) needs.set(`${collection}/${id}`, { entry, page, line });
	};

	for (const page of tree.pages.filter((p) => p.file.startsWith(ZH_PAGES))) {
		const text = texts.get(page.file) ?? '';
		const englishFile = `content/docs/${page.file.slice(ZH_PAGES.length)}`;
		const english = texts.get(englishFile);
		if (english === undefined) {
			findings.push({
				file: page.file,
				line: 1,
				rule: 'translation-orphan',
				severity: 'error',
				text: `this translation has no English page ${englishFile}. Give it the same path under content/docs/zh-cn/ as the page it translates.`,
			});
			continue;
		}
		const refs = findRefs(text);
		const englishRefs = findRefs(english);
		const tables = controlItemTables(text);
		const showTable = (k: string) => (k === 'threshold' ? '<ControlItems threshold />' : `<ControlItems measure="${k.split(':')[0]}"${k.includes(':') ? ` part="${k.slice(k.indexOf(':') + 1)}"` : ''} />`);
		/** What a translation must share with its English page: the same facts, sources and control-item tables. */
		const parity = [
			...(['Cite', 'Figure'] as const).map((component) => ({
				what: `<${component}> ids (same facts, same sources)`,
				mine: refs.filter((r) => r.component === component).map((r) => r.id),
				theirs: englishRefs.filter((r) => r.component === component).map((r) => r.id),
				show: (id: string) => id,
				fix: 'Bring the translation up to date with the English page (or the English page with the translation).',
			})),
			// The same control-item tables as the English page, so the Chinese reader sees the same lists.
			{
				what: 'control-item tables',
				mine: tables.map((t) => t.key),
				theirs: controlItemTables(english).map((t) => t.key),
				show: showTable,
				fix: 'Use the same <ControlItems> calls as the English page (they render in Chinese on Chinese pages).',
			},
		];
		for (const { what, mine: mineList, theirs: theirList, show, fix } of parity) {
			const mine = sortedSet(mineList);
			const theirs = sortedSet(theirList);
			const lacking = theirs.filter((id) => !mine.includes(id));
			const extra = mine.filter((id) => !theirs.includes(id));
			if (lacking.length || extra.length) {
				findings.push({
					file: page.file,
					line: 1,
					rule: 'translation-parity',
					severity: 'error',
					text:
						`this translation and ${englishFile} must ${what.startsWith('<') ? 'use' : 'show'} the same ${what}. ` +
						[lacking.length && `Missing here: ${lacking.map(show).join(', ')}.`, extra.length && `Not on the English page: ${extra.map(show).join(', ')}.`].filter(Boolean).join(' ') +
						` ${fix}`,
				});
			}
		}
		// Every item those tables show needs its Chinese text.
		const items = tree.data.filter((x) => x.collection === 'control-items').map((x) => ({ id: x.id, data: x.data as ControlItem }));
		for (const t of tables) {
			const shown = t.key === 'threshold' ? thresholdItems(items) : itemsOf(items, t.props['measure'] ?? '', t.props['part']);
			for (const item of shown) need('control-items', item.id, page.file, t.line);
		}
		for (const r of refs) {
			if (r.component === 'Figure') need('figures', r.id, page.file, r.line);
			if (r.component === 'Term') need('terms', r.id, page.file, r.line);
			if (r.component === 'MeasureStatus') need('measures', r.id, page.file, r.line);
			if (r.component === 'Claim') need('claims', r.id, page.file, r.line);
		}
		const body = blankOutCode(text);
		for (const match of body.matchAll(/<(StatusTable|StatusList|Glossary|Comparison|PeriodicTable|Timeline)\b([^>]*)>/g)) {
			const spec = LIST_COMPONENTS[match[1]!]!;
			const line = body.slice(0, match.index).split('\n').length;
			for (const d of tree.data.filter((x) => x.collection === spec.collection && (!spec.keep || spec.keep(x, match[2] ?? '')))) need(d.collection, d.id, page.file, line);
		}
	}
	// Every element has a Chinese page (src/pages/zh-cn/basics/elements/[slug].astro), which shows its figures too.
	for (const d of tree.data.filter((x) => x.collection === 'elements')) {
		need('elements', d.id, 'src/pages/zh-cn/basics/elements/[slug].astro', 1);
		for (const f of (d.data as { figures?: string[] }).figures ?? []) need('figures', f, `src/pages/zh-cn/basics/elements/[slug].astro (${d.id})`, 1);
	}

	for (const { entry, page, line } of needs.values()) {
		const missing = missingZh(entry);
		if (missing.length === 0) continue;
		findings.push({
			file: entry.file,
			line: 1,
			rule: 'translation-data',
			severity: 'error',
			text: `shown on the Chinese page ${page}${line > 1 ? ` (line ${line})` : ''}, but has no Chinese ${missing.join(', ')}. Add the Chinese text under \`${entry.collection === 'control-items' ? 'zhSite' : 'zh'}:\` (see the field descriptions in src/schemas/${entry.collection}.ts).`,
		});
	}
	return findings;
}
