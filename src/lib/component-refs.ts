/**
 * What each authoring component refers to and cites: the one table the integrity check, the content check
 * and the bibliography read (and the build test that holds it to the rendered pages,
 * test/build/component-citations.test.ts). A component that cites sources from the data on the page's
 * behalf declares it here; forgetting to fails that test, because the page's rendered citations would no
 * longer match what this table says.
 *
 * - `props`: props whose value is the id of an entry in a collection (checked like any schema reference).
 * - `fixed`: ids the component's code uses itself (checked too, so no id typed in code goes unchecked).
 * - `cites`: the source ids the component cites on a page, given its props (as written in the MDX) and the data.
 */
import type { RefTarget } from '../schemas/common';
import type { Comparison } from '../schemas/comparisons';
import type { Change } from '../schemas/changes';
import type { Element } from '../schemas/elements';
import type { Event } from '../schemas/events';
import type { Figure } from '../schemas/figures';
import type { Measure } from '../schemas/measures';
import type { Term } from '../schemas/terms';
import type { Claim } from '../schemas/claims';
import { chartSources, chartSpec, isChartId } from '../data/chart-specs';
import { STAGE_ROWS } from './charts';
import { today } from './dates';
import { hasPassed, watchDates } from './watch-dates';

/** The data the components cite from, by collection and id (src/lib/site-data.ts builds it in Astro and outside). */
export interface SiteData {
	figures: ReadonlyMap<string, Figure>;
	measures: ReadonlyMap<string, Measure>;
	events: ReadonlyMap<string, Event>;
	terms: ReadonlyMap<string, Term>;
	comparisons: ReadonlyMap<string, Comparison>;
	changes: ReadonlyMap<string, Change>;
	elements: ReadonlyMap<string, Element>;
	claims: ReadonlyMap<string, Claim>;
}

/** A component's props as written in an MDX page: literal strings (expressions are not allowed in pages). */
export type Props = Readonly<Record<string, string | undefined>>;

export interface ComponentRefs {
	props?: Readonly<Record<string, RefTarget>>;
	fixed?: readonly { collection: RefTarget; id: string }[];
	cites?: (props: Props, data: SiteData) => (string | undefined)[];
}

/** The two lists the periodic table marks, in legend order (its cells and legend read them from here). */
export const PERIODIC_TABLE_LISTS = [
	{ id: 'cn-2025-18', key: 'april', mark: '18', label: 'April 2025 list' },
	{ id: 'cn-2025-57', key: 'october', mark: '57', label: 'October 2025 list' },
] as const;

/** The source of the crustal abundance on every element page. */
export const ABUNDANCE_SOURCE = 'rudnick-gao-2003-continental-crust';

const latestSources = (m: Measure | undefined) => m?.statusHistory.at(-1)?.sources ?? [];
const all = <T>(map: ReadonlyMap<string, T>) => [...map.values()];

export const COMPONENT_REFS: Readonly<Record<string, ComponentRefs>> = {
	Cite: { props: { id: 'sources' }, cites: (p) => [p['id']] },
	Figure: { props: { id: 'figures' }, cites: (p, d) => [d.figures.get(p['id'] ?? '')?.source] },
	Term: { props: { id: 'terms' } },
	MeasureStatus: { props: { id: 'measures' } },
	Period: { props: { measure: 'measures' } },
	ControlItems: { props: { measure: 'measures' } },
	ControlCount: { props: { measure: 'measures' } },
	Claim: { props: { id: 'claims' }, cites: (p, d) => { const c = d.claims.get(p['id'] ?? ''); return c ? [...c.seenIn, ...c.sources] : []; } },
	StatusGroups: {},
	DatesToWatch: {
		cites: (p, d) =>
			watchDates([...d.measures].map(([id, data]) => ({ id, data })))
				.filter((w) => hasPassed(w.date, today()) === (p['when'] === 'passed'))
				.flatMap((w) => w.period?.sources ?? w.measure.sources.slice(0, 1)),
	},
	StatusBadge: {},
	StatusList: {},
	StatusTable: {
		cites: (p, d) => all(d.measures).filter((m) => !p['jurisdiction'] || m.jurisdiction === p['jurisdiction']).flatMap(latestSources),
	},
	Timeline: {
		cites: (p, d) => all(d.events).filter((e) => !p['jurisdiction'] || e.jurisdiction === p['jurisdiction']).flatMap((e) => e.sources),
	},
	Comparison: {
		cites: (_p, d) => all(d.comparisons).flatMap((c) => [...c.us.sources, ...c.china.sources]),
	},
	Glossary: { cites: (_p, d) => all(d.terms).flatMap((t) => t.sources) },
	ChangeLog: { cites: (_p, d) => all(d.changes).flatMap((c) => c.sources) },
	BarChart: {
		props: { source: 'sources' },
		fixed: STAGE_ROWS.map((r) => ({ collection: 'figures' as const, id: r.figure })),
		cites: (p, d) => (isChartId(p['chart']) ? chartSources(chartSpec(p['chart'], d.figures)) : [p['source']]),
	},
	PeriodicTable: {
		fixed: PERIODIC_TABLE_LISTS.map((l) => ({ collection: 'measures' as const, id: l.id })),
		cites: (_p, d) => PERIODIC_TABLE_LISTS.flatMap((l) => latestSources(d.measures.get(l.id))),
	},
	ThresholdCalculator: {},
	SourceList: {},
	DataDownloads: {},
	SearchButton: {},
	// Starlight's, or the site's wrappers of them: they cite nothing and refer to no collection.
	Aside: {},
	Card: {},
	CardGrid: {},
	LinkCard: {},
	Badge: {},
	Steps: {},
	Tabs: {},
	TabItem: {},
};

/** The ids a generated element page's code uses (src/components/ElementPage.astro, in both languages). */
export const ELEMENT_PAGE: { fixed: readonly { collection: RefTarget; id: string }[] } = {
	fixed: [{ collection: 'sources', id: ABUNDANCE_SOURCE }],
};

/**
 * What a generated element page cites: each use's, the mining and separation facts' sources, its figures'
 * sources, the latest status sources of the measures that list it, and the abundance source when there is a value.
 */
export function elementPageSources(element: Element, data: SiteData): string[] {
	const ids = [
		...element.uses.flatMap((u) => u.sources),
		...element.mined.sources,
		...element.separated.sources,
		...element.figures.map((f) => data.figures.get(f)?.source),
		...element.controls.flatMap((m) => latestSources(data.measures.get(m))),
		...(element.abundancePpm !== null ? [ABUNDANCE_SOURCE] : []),
	];
	return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/** Components whose presence makes a page cite something (for the content check's "uncited" rule). */
export const citingComponents = (): Set<string> => new Set(Object.entries(COMPONENT_REFS).filter(([, c]) => c.cites).map(([name]) => name));

/** The sources one use of a component cites, without duplicates or gaps. */
export function citesOf(name: string, props: Props, data: SiteData): string[] {
	const ids = COMPONENT_REFS[name]?.cites?.(props, data) ?? [];
	return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}
