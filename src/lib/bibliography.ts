/** Grouping and wording for the bibliography page (<SourceList>). Pure, so it can be unit-tested. */
import type { Source } from '../schemas/sources';

export const KIND_ORDER = ['official', 'data', 'analysis', 'news'] as const;

const KIND_TEXT: Record<Source['kind'], { heading: string; intro: string }> = {
	official: {
		heading: 'Official texts',
		intro: 'Laws, announcements, rules and government statements, or faithful copies and translations of them. Where an official text was read through a translation or a copy hosted elsewhere, the entry says so.',
	},
	data: { heading: 'Data', intro: 'Statistical publications, such as the USGS Mineral Commodity Summaries.' },
	analysis: { heading: 'Analysis', intro: 'Think tanks, law firms, government research services and scholars.' },
	news: { heading: 'News', intro: 'Reporting by news outlets and wire services, including copies of wire stories carried by other sites.' },
};

const RELIABILITY_TEXT: Record<Source['reliability'], string> = {
	primary: 'primary source',
	corroborated: 'secondary source, agreed by others',
	single: 'single secondary source: treat with care',
	aggregator: 'aggregator or repost: low reliability, used only where nothing better was found',
};

export const reliabilityNote = (r: Source['reliability']) => RELIABILITY_TEXT[r];

export type SourceRow = Source & { id: string };

export interface BibliographyGroup {
	kind: Source['kind'];
	heading: string;
	intro: string;
	anchor: string;
	items: SourceRow[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sort key: the author if named, else the publisher, ignoring a leading "The". */
const sortName = (s: SourceRow) => (s.author ?? s.publisher).replace(/^the\s+/i, '');

/** Sources grouped by kind in a fixed order (empty kinds left out); within a kind by author or publisher, then newest first, then title. */
export function bibliographyGroups(sources: readonly SourceRow[]): BibliographyGroup[] {
	return KIND_ORDER.map((kind) => ({
		kind,
		...KIND_TEXT[kind],
		anchor: `kind-${kind}`,
		items: sources
			.filter((s) => s.kind === kind)
			.sort((a, b) => collator.compare(sortName(a), sortName(b)) || (b.published ?? '').localeCompare(a.published ?? '') || collator.compare(a.title, b.title)),
	})).filter((g) => g.items.length > 0);
}
