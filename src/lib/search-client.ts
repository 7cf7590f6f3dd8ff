/**
 * The search dialog's behaviour, loaded when a reader first opens search (src/overrides/Search.astro).
 * Loads Pagefind (its index for the page's language) and /search-data/<lang>.json, plans each query with
 * src/lib/search-query.ts, searches every slot with Pagefind's JavaScript API, ranks the pages, and lists them.
 */
import { KEY_FILTER } from './search-chinese';
import { QueryPlanner, rankPages, type Hit, type SearchData } from './search-query';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindData>;
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	preload: (term: string) => Promise<void>;
	search: (term: string | null, options?: { filters?: unknown }) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Results listed per query: the first FIRST as soon as their fragments load, then the rest up to SHOWN. */
const FIRST = 3;
const SHOWN = 10;
/** Up to this many pages, every page's fragment (about 3 KB compressed each) is fetched after the first query. */
const PREFETCH_PAGES = 150;

export async function attach(root: HTMLElement): Promise<void> {
	const input = root.querySelector('input')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const note = root.querySelector<HTMLElement>('[data-search-note]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const base = root.dataset['base'] ?? '/';
	const lang = root.dataset['lang'] ?? 'en';
	const locale = root.dataset['locale'] ?? 'en';
	const text = JSON.parse(root.dataset['messages'] ?? '{}') as Record<string, string>;

	if (import.meta.env.DEV) {
		status.textContent = text['dev'] ?? '';
		return;
	}
	let pagefind: Pagefind;
	let planner: QueryPlanner;
	let pageCount = 50;
	try {
		const bundle = `${base.replace(/\/$/, '')}/pagefind/`;
		const [pf, data, entry] = await Promise.all([
			import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
			fetch(`${base.replace(/\/$/, '')}/search-data/${locale}.json`).then((r) => r.json() as Promise<SearchData>),
			fetch(`${bundle}pagefind-entry.json`).then((r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>),
		]);
		pagefind = pf;
		// noWorker: on the main thread; a Web Worker's message round trips cost more than this small index's searches.
		await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
		await pagefind.init();
		// Chinese pages carry their keys as a filter (src/lib/search-chinese.ts): its values are every key there is.
		// Without them (an index built without keys) search still works, as plain full-text search.
		const filters = lang.startsWith('zh') ? await pagefind.filters().catch((): Record<string, Record<string, number>> => ({})) : {};
		const keys = Object.keys(filters[KEY_FILTER] ?? {});
		planner = new QueryPlanner({ ...data, lang }, keys);
		pageCount = Math.max(...Object.values(entry.languages).map((l) => l.page_count), 1);
	} catch {
		status.textContent = text['failed'] ?? '';
		return;
	}

	const cache = new Map<string, Promise<PagefindResult[]>>();
	const find = (term: string) => {
		let hits = cache.get(term);
		if (!hits) {
			hits = pagefind.search(term).then((r) => r?.results ?? []);
			cache.set(term, hits);
		}
		return hits;
	};
	const keyed = new Map<string, Promise<PagefindResult[]>>();
	const findKey = (key: string) => {
		let hits = keyed.get(key);
		if (!hits) {
			hits = pagefind.search(null, { filters: { [KEY_FILTER]: key } }).then((r) => r?.results ?? []);
			keyed.set(key, hits);
		}
		return hits;
	};
	const fill = (template: string, q: string, n = 0) => template.replace('{q}', q).replace('{n}', String(n));

	let latest = 0;
	let busy = 0;
	const run = async () => {
		busy++;
		try {
			await answer();
		} finally {
			busy--;
		}
	};
	const answer = async () => {
		const ticket = ++latest;
		const typed = input.value.trim();
		if (!typed) {
			list.replaceChildren();
			list.removeAttribute('data-complete');
			status.textContent = '';
			note.hidden = true;
			return;
		}
		const plan = planner.plan(typed);
		const slots = plan.slots.length > 0 ? plan.slots : [{ typed, alternatives: [typed] }];
		const whole = slots.map((s) => s.typed).join(' ');
		// The query as a whole only breaks near-ties, and costs a search of its own: only for two or three slots.
		const [wholeHits, slotHits, rawHits, keyHits, keySpread] = await Promise.all([
			slots.length === 1 || slots.length > 3 ? Promise.resolve([]) : find(whole),
			Promise.all(slots.map((s) => Promise.all(s.alternatives.map(find)))),
			plan.han ? find(plan.han) : Promise.resolve([]),
			Promise.all(plan.keys.map((k) => findKey(k.key))),
			// How many pages use each key's words: a key in common words counts for less.
			Promise.all(plan.keys.map((k) => find(k.via ?? k.key).then((hits) => hits.length))),
		]);
		if (ticket !== latest) return;
		const byId = new Map<string, PagefindResult>();
		for (const r of [...slotHits.flat(2), ...rawHits, ...wholeHits, ...keyHits.flat()]) byId.set(r.id, r);
		const strip = (hits: PagefindResult[]): Hit[] => hits.map(({ id, score }) => ({ id, score }));
		const ranked = rankPages(slotHits.map((alts) => alts.map(strip)), strip(wholeHits), pageCount, {
			optional: slots.map((s) => s.optional === true),
			keys: keyHits.map((hits, k) => ({ ...plan.keys[k]!, hits: strip(hits), spread: keySpread[k]! })),
		});
		for (const r of rawHits) if (!ranked.includes(r.id)) ranked.push(r.id);

		const load = (from: number, to: number) => Promise.all(ranked.slice(from, to).map((id) => byId.get(id)!.data()));
		const first = await load(0, FIRST);
		if (ticket !== latest) return;
		renderNote(plan.suggestion, typed);
		list.replaceChildren(...first.map(renderResult));
		list.removeAttribute('data-complete');
		const n = ranked.length;
		status.textContent = fill(n === 0 ? text['none']! : n === 1 ? text['one']! : text['results']!, typed, n);
		const more = await load(FIRST, SHOWN);
		if (ticket !== latest) return;
		list.append(...more.map(renderResult));
		list.setAttribute('data-complete', '');
	};

	const renderNote = (suggestion: string | undefined, typed: string) => {
		const translated = /\p{Script=Han}/u.test(typed) && !lang.startsWith('zh');
		const shownQuery = suggestion ?? (translated ? planner.plan(typed).query : undefined);
		note.hidden = !shownQuery;
		if (!shownQuery) return;
		const strong = document.createElement('strong');
		strong.textContent = shownQuery;
		note.replaceChildren(`${translated ? text['translated'] : text['corrected']} `, strong);
	};

	input.addEventListener('input', () => void run());
	// While the reader types their first query, load the index and the most-read pages' fragments; on a site this
	// small (PREFETCH_PAGES or fewer pages) then the whole index and every page's fragment, one at a time while no
	// query is being answered, so later queries list results without waiting for the network. The root gets
	// data-prefetched when that is done. Whether or not the reader has typed already: loading the index, the search
	// data and (on Chinese pages) the key filter takes a moment, and a fast typist is done before it is.
	void find('rare earths')
		.then((hits) => Promise.all(hits.slice(0, FIRST).map((h) => h.data())))
		.then(async () => {
			if (pageCount > PREFETCH_PAGES) return;
			for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') await pagefind.preload(c);
			// A Chinese index holds mostly Han words: its chunks are ranges of them in code-point order, so one
			// character every 512 code points across the CJK block reaches each chunk.
			if (lang.startsWith('zh')) for (let cp = 0x4e00; cp <= 0x9fff; cp += 0x200) await pagefind.preload(String.fromCodePoint(cp));
			// The filter's name and values are in the page's language (SearchHints writes them with the same strings).
			const type = text['pageType'] ?? 'Page type';
			const types = { any: [{ [type]: text['topicPage'] ?? 'Topic page' }, { [type]: text['elementPage'] ?? 'Element page' }] };
			const all = (await pagefind.search(null, { filters: types }))?.results ?? [];
			// One fragment at a time, only while no query is being answered.
			const idle = () => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve));
			for (const page of all) {
				do await idle();
				while (busy > 0);
				await page.data();
			}
			root.toggleAttribute('data-prefetched', true);
		})
		.catch(() => undefined);
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter') return;
		const first = list.querySelector<HTMLAnchorElement>('a.search-result-link');
		if (first) first.click();
	});
	if (input.value) void run();
}

/** Pagefind's excerpt is escaped text with <mark> around matches: keep exactly that, nothing else. */
function excerpt(html: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'search-excerpt';
	const body = new DOMParser().parseFromString(html, 'text/html').body;
	for (const node of body.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			p.append(mark);
		} else p.append(node.textContent ?? '');
	}
	return p;
}

function renderResult(data: PagefindData): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'search-result';
	const link = document.createElement('a');
	link.className = 'search-result-link';
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	li.append(link, excerpt(data.excerpt));
	// Headings inside the page that matched; the page's own title (its #_top anchor) is the result itself.
	const subs = data.sub_results.filter((s) => s.url.includes('#') && !s.url.endsWith('#_top') && s.title !== data.meta.title).slice(0, 2);
	if (subs.length > 0) {
		const ul = document.createElement('ul');
		ul.className = 'search-sub';
		for (const s of subs) {
			const item = document.createElement('li');
			const a = document.createElement('a');
			a.href = s.url;
			a.textContent = s.title;
			item.append(a, excerpt(s.excerpt));
			ul.append(item);
		}
		li.append(ul);
	}
	return li;
}
