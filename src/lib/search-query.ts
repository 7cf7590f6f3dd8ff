/**
 * What a reader typed → what the site search looks for (issue 15). Pure functions, used in the browser by
 * src/lib/search-client.ts and tested in test/unit/search-query.test.ts.
 *
 * A query becomes a plan:
 * 1. number forms ("No. 61", "MOFCOM 61", "第61号公告") become one canonical form ("Announcement 61");
 * 2. on a non-Chinese page, Chinese words become their English equivalents (longest match against the `zh`
 *    list of src/data/search-synonyms.yaml), so Chinese queries find English pages;
 * 3. words the site never uses are corrected to the nearest site word by edit distance ("neodimium" →
 *    "neodymium"): the corrected query is searched and shown as "Showing results for …";
 * 4. stop words and question words ("how", "many", "are", "there") are dropped;
 * 5. each remaining word or reader phrase is a slot; a slot with a synonym ("ban") is also searched in the
 *    site's wording ("export controls"). The client searches each slot and ranks pages that match every slot
 *    first, then pages that match the rarer slots best.
 */

import { CHINESE_OPTIONAL_WORDS, arabicNumerals, joinNumbers, matchKeys, percentFigures, simplify, type KeyMatch } from './search-chinese';

/** What the build writes for one language (src/pages/search-data/[lang].json.ts). */
export interface SearchData {
	lang: string;
	/** The site's own words (lower case) and how often each occurs. */
	words: Record<string, number>;
	groups: { site: string; readers: string[] }[];
	numberForms: { canonical: string; forms: string[] };
	/** Chinese word → English equivalent. */
	zh: Record<string, string>;
	/** Chinese pages only: traditional character → the simplified one the pages use. */
	variants?: Record<string, string>;
}

export interface Slot {
	/** The word or phrase as the (corrected) query has it. */
	typed: string;
	/** Strings to search for; a page matching any of them matches the slot. */
	alternatives: string[];
	/** A Chinese particle or question word: counts when a page has it, but a page need not (search-chinese.ts). */
	optional?: boolean;
}

export interface SearchPlan {
	/** The query to search as a whole, after number forms, translation and spelling. */
	query: string;
	/** Set when spelling correction changed a word: the corrected query, to show above the results. */
	suggestion?: string;
	slots: Slot[];
	/** Chinese in the query on a non-Chinese page, split into words, to search as typed as well as translated. */
	han?: string;
	/** Chinese pages: the page keys the query names (search-chinese.ts matchKeys). */
	keys: KeyMatch[];
}

/** Words that carry no topic: articles, pronouns, auxiliaries and the words questions are made of. */
export const STOP_WORDS = new Set(
	(
		'a an the and or but of in on at to for from by with without about as into onto over under between vs versus ' +
		'is are was were be been being am do does did done has have had having can could should would will shall may might must ' +
		'i me my we us our you your he him his she her it its they them their this that these those there here ' +
		'how what why when where who whom which whose whats hows whys ' +
		'many much any some so such than then too very just also not if ' +
		'called named mean means meaning define definition explain explained tell know need get really actually ' +
		'please thing things work works working'
	).split(' '),
);

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string) => HAN.test(s);

/** Words, numbers (with a decimal point or %) and hyphenated compounds, lower-cased. */
export function tokenize(text: string): string[] {
	return [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*%?/gu)].map((m) => m[0]);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for every number form; the number is the last run of digits in a match. */
export function numberFormPattern(forms: string[]): RegExp {
	const parts = [...forms]
		.sort((a, b) => b.length - a.length)
		.map((form) => {
			const body = escapeRegExp(form)
				.replace(/\\\{n\\\}|\{n\}/g, '\\d{1,4}')
				.replace(/\\\{y\\\}|\{y\}/g, '\\d{4}')
				.replace(/ +/g, '\\s*');
			const latin = /^[A-Za-z#]/.test(form) ? '(?<![\\p{L}\\p{N}])' : '';
			return `${latin}${body}(?!\\p{N})`;
		});
	return new RegExp(parts.join('|'), 'giu');
}

export function applyNumberForms(query: string, numberForms: SearchData['numberForms'], pattern = numberFormPattern(numberForms.forms)): string {
	return query.replace(pattern, (match) => {
		const n = match.match(/\d+/g)!.at(-1)!;
		return ` ${numberForms.canonical.replace('{n}', n)} `;
	});
}

/** Chinese runs → English, by longest match against the dictionary; characters it does not know are dropped. */
export function translateHan(query: string, zh: Record<string, string>): string {
	const longest = Math.max(1, ...Object.keys(zh).map((k) => k.length));
	return query.replace(/\p{Script=Han}+/gu, (run) => {
		const out: string[] = [];
		for (let i = 0; i < run.length; ) {
			let step = 1;
			for (let len = Math.min(longest, run.length - i); len > 0; len--) {
				const english = zh[run.slice(i, i + len)];
				if (english) {
					out.push(english);
					step = len;
					break;
				}
			}
			i += step;
		}
		return ` ${out.join(' ')} `;
	});
}

/** Optimal string alignment distance (edits, with adjacent transpositions), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows[i] = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[0]![j] = j;
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			if (d < best) best = d;
		}
		if (i > 0 && best > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/** The site's vocabulary prepared for look-ups: the words, sorted, and their frequencies. */
export class Vocabulary {
	readonly sorted: string[];
	/** Words by length, so a correction only compares words of nearly the same length. */
	private readonly byLength = new Map<number, string[]>();
	constructor(readonly freq: Record<string, number>, extra: Iterable<string> = []) {
		this.freq = { ...freq };
		for (const w of extra) this.freq[w] ??= 1;
		this.sorted = Object.keys(this.freq).sort();
		for (const w of this.sorted) {
			const list = this.byLength.get(w.length) ?? [];
			list.push(w);
			this.byLength.set(w.length, list);
		}
	}
	has(word: string): boolean {
		return word in this.freq;
	}
	/** True when some site word starts with `prefix`. */
	hasPrefix(prefix: string): boolean {
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.sorted[mid]! < prefix) lo = mid + 1;
			else hi = mid;
		}
		return lo < this.sorted.length && this.sorted[lo]!.startsWith(prefix);
	}
	/** A word the site knows: itself, a word it starts (a reader still typing), or one of its inflections. */
	knows(word: string): boolean {
		if (this.has(word) || this.hasPrefix(word)) return true;
		const stem = word.replace(/(?:ies|es|s|ed|ing|ly|'s|’s)$/, '');
		return stem.length >= 4 && stem !== word && this.hasPrefix(stem);
	}
	/** The nearest site word within 1 edit (words of 4–5 letters) or 2 (longer); the more frequent on a tie. */
	correct(word: string): string | undefined {
		if (word.length < 4 || /\d/.test(word) || hasHan(word) || this.knows(word)) return undefined;
		const max = word.length <= 5 ? 1 : 2;
		let best: string | undefined;
		let bestDistance = max + 1;
		const candidates = [-2, -1, 0, 1, 2]
			.filter((d) => Math.abs(d) <= max)
			.flatMap((d) => this.byLength.get(word.length + d) ?? []);
		for (const candidate of candidates) {
			if (candidate.length < 3) continue;
			const d = editDistance(word, candidate, Math.min(max, bestDistance));
			if (d < bestDistance || (d === bestDistance && best && this.freq[candidate]! > this.freq[best]!)) {
				if (d > max) continue;
				best = candidate;
				bestDistance = d;
			}
		}
		return best;
	}
}

interface Phrase {
	tokens: string[];
	site: string;
	isSite: boolean;
}

/**
 * On Chinese pages, English words a reader mixes in ("rare earth 稀土", "dysprosium") are also searched as the
 * Chinese the pages use: the `zh` list read the other way, singular and plural alike.
 */
function englishToChinese(zh: Record<string, string>): Phrase[] {
	return Object.entries(zh).flatMap(([chinese, english]) => {
		const tokens = tokenize(english);
		const last = tokens.at(-1) ?? '';
		const other = last.endsWith('s') ? last.slice(0, -1) : `${last}s`;
		return [tokens, [...tokens.slice(0, -1), other]].map((t) => ({ tokens: t, site: chinese, isSite: false }));
	});
}

/** Everything the planner needs, prepared once per language. */
export class QueryPlanner {
	readonly vocabulary: Vocabulary;
	private readonly numberPattern: RegExp;
	private readonly phrases: Phrase[];
	private readonly isChinese: boolean;
	/** The announcement number's canonical form as the segmenter splits it (第 | 0 | 号 | 公告), Chinese pages only. */
	private readonly canonicalPieces: string[];
	/**
	 * @param keys Chinese pages: every page key in the index (the values of Pagefind's KEY_FILTER filter).
	 */
	constructor(
		readonly data: SearchData,
		readonly keys: readonly string[] = [],
	) {
		this.isChinese = data.lang.toLowerCase().startsWith('zh');
		this.canonicalPieces = this.isChinese ? segmentHan(data.numberForms.canonical.replace('{n}', '0'), data.lang) : [];
		const groupWords = data.groups.flatMap((g) => [g.site, ...g.readers]).flatMap(tokenize);
		this.vocabulary = new Vocabulary(data.words, groupWords);
		this.numberPattern = numberFormPattern(data.numberForms.forms);
		this.phrases = data.groups
			.flatMap((g) => [
				{ tokens: this.words(g.site), site: g.site, isSite: true },
				...g.readers.map((r) => ({ tokens: this.words(r), site: g.site, isSite: false })),
			])
			.concat(this.isChinese ? englishToChinese(data.zh) : [])
			.filter((p) => p.tokens.length > 0)
			.sort((a, b) => b.tokens.length - a.tokens.length);
	}

	/** Words as the planner compares them: on Chinese pages, Chinese split by the browser's segmenter, numbers joined to their units. */
	private words(text: string): string[] {
		const tokens = tokenize(text);
		if (!this.isChinese) return tokens;
		return joinNumbers(
			tokens.flatMap((t) => (hasHan(t) ? segmentHan(t, this.data.lang) : [t])),
			this.canonicalPieces,
		);
	}

	plan(input: string): SearchPlan {
		const isChinesePage = this.isChinese;
		let text = input.normalize('NFKC');
		if (isChinesePage) text = arabicNumerals(percentFigures(simplify(text, this.data.variants)));
		text = applyNumberForms(text, this.data.numberForms, this.numberPattern);
		text = text.replace(/(\d+(?:\.\d+)?)\s*(?:percent|per cent|pct)\b/giu, '$1%');
		const han = !isChinesePage && hasHan(text) ? input.match(/\p{Script=Han}+/gu)!.flatMap((run) => segmentHan(run, 'zh')).join(' ') : undefined;
		if (han) text = translateHan(text, this.data.zh);

		let tokens = this.words(text);
		let corrected = false;
		tokens = tokens.map((t) => {
			if (STOP_WORDS.has(t)) return t;
			const fix = this.vocabulary.correct(t);
			if (fix) corrected = true;
			return fix ?? t;
		});
		const query = tokens.join(' ');
		const content = tokens.filter((t) => !STOP_WORDS.has(t));
		const kept = content.length > 0 ? content : tokens;
		const slots = this.slots(kept);
		const topic = slots.filter((s) => !s.optional);
		const keys = isChinesePage ? matchKeys(text, topic.map((s) => s.typed).join(''), this.keys, topic.map((s) => s.alternatives)) : [];
		return { query, ...(corrected ? { suggestion: query } : {}), ...(han ? { han } : {}), slots, keys };
	}

	/** Groups tokens into slots: the longest synonym phrase at each position, else the single word. */
	private slots(tokens: string[]): Slot[] {
		const slots: Slot[] = [];
		// A measure number in its canonical form ("announcement 61") is one slot: the number belongs to the word.
		const canonical = tokenize(this.data.numberForms.canonical.replace('{n}', '0'));
		const isNumberAt = (i: number) =>
			canonical.every((t, k) => (t === '0' ? /^\d+$/.test(tokens[i + k] ?? '') : tokens[i + k] === t));
		for (let i = 0; i < tokens.length; ) {
			if (isNumberAt(i)) {
				const typed = tokens.slice(i, i + canonical.length).join(' ');
				slots.push({ typed, alternatives: [typed] });
				i += canonical.length;
				continue;
			}
			const phrase = this.phrases.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
			if (phrase) {
				const typed = phrase.tokens.join(' ');
				// On Chinese pages every group the phrase is in (a reader word may be in two) adds its site wording.
				const same = this.isChinese ? this.phrases.filter((p) => p.tokens.join(' ') === typed) : [phrase];
				const alternatives = [typed, ...same.filter((p) => !p.isSite).map((p) => p.site.toLowerCase())];
				slots.push({ typed, alternatives: [...new Set(alternatives)] });
				i += phrase.tokens.length;
			} else {
				slots.push({ typed: tokens[i]!, alternatives: [tokens[i]!] });
				i++;
			}
		}
		// The same slot twice ("rare earth rare earths") counts once.
		const unique = slots.filter((s, k) => slots.findIndex((o) => o.typed === s.typed) === k);
		// On Chinese pages particles and question words are optional, unless the query has nothing else.
		if (!this.isChinese || unique.every((s) => CHINESE_OPTIONAL_WORDS.has(s.typed))) return unique;
		return unique.map((s) => (CHINESE_OPTIONAL_WORDS.has(s.typed) ? { ...s, optional: true } : s));
	}
}

/** Chinese words by the browser's (ICU) word segmenter, punctuation dropped. */
export function segmentHan(text: string, lang: string): string[] {
	if (typeof Intl.Segmenter !== 'function') return [text];
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export interface Hit {
	id: string;
	score: number;
}

/** What else ranks pages besides the slots' hits. */
export interface RankOptions {
	/** Per slot: true when a page need not match it to count as matching every slot. */
	optional?: boolean[];
	/**
	 * Per key the query names: the pages that carry it, the match's weight (search-chinese.ts matchKeys) and how
	 * many pages use the key's words at all (`spread`): a key in common words (稀土) lifts its page less than a
	 * rare one (镝, 第18号公告).
	 */
	keys?: { hits: Hit[]; weight: number; whole?: boolean; spread?: number }[];
}

/** How much an optional slot (吗, 什么) counts, against a required one: a particle says little of the topic. */
const OPTIONAL_WEIGHT = 0.25;

/** How much a page named by a key gains, times the key's rarity and the match's weight. */
const KEY_BONUS = 1.5;

/**
 * Ranks pages from per-slot results: pages that match every slot first (the exact results, with pages a key
 * names that miss one slot), then the rest;
 * within each, by the sum over matched slots of the slot's rarity (idf) times how well the page matched it
 * (its score relative to the slot's best page), plus a bonus for pages that carry a key the query names.
 * `whole` (the query searched as a whole) breaks near-ties.
 */
export function rankPages(slotHits: Hit[][][], whole: Hit[], pageCount: number, options: RankOptions = {}): string[] {
	const scores = new Map<string, { matched: number; score: number; named?: boolean }>();
	for (const [slot, alternatives] of slotHits.entries()) {
		const required = !options.optional?.[slot];
		const best = new Map<string, number>();
		for (const hits of alternatives) {
			const top = Math.max(...hits.map((h) => h.score), 1e-9);
			for (const h of hits) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score / top));
		}
		const idf = Math.log(1 + pageCount / Math.max(best.size, 1));
		for (const [id, norm] of best) {
			const s = scores.get(id) ?? { matched: 0, score: 0 };
			if (required) s.matched++;
			s.score += (required ? 1 : OPTIONAL_WEIGHT) * idf * (0.25 + 0.75 * norm);
			scores.set(id, s);
		}
	}
	// Each key the query names in full adds its bonus; of the keys it names in part, only the best one counts, so a
	// page with many keys (the glossary) does not gather a bonus from every key that shares a word with the query.
	const partial = new Map<string, number>();
	for (const key of options.keys ?? []) {
		const idf = Math.log(1 + pageCount / Math.max(key.spread ?? 0, key.hits.length, 1));
		for (const h of key.hits) {
			const s = scores.get(h.id) ?? { matched: 0, score: 0 };
			const bonus = KEY_BONUS * key.weight * idf;
			if (key.whole) {
				s.score += bonus;
				// Only a key in words most pages do not use names the page (镝, not 稀土).
				if ((key.spread ?? key.hits.length) <= pageCount / 2) s.named = true;
			} else partial.set(h.id, Math.max(partial.get(h.id) ?? 0, bonus));
			scores.set(h.id, s);
		}
	}
	for (const [id, bonus] of partial) scores.get(id)!.score += bonus;
	const wholeTop = Math.max(...whole.map((h) => h.score), 1e-9);
	for (const h of whole) {
		const s = scores.get(h.id);
		if (s) s.score += 0.5 * (h.score / wholeTop);
	}
	const all = slotHits.filter((_, slot) => !options.optional?.[slot]).length;
	// A page the query names by a key ("镝和铽有什么区别": the dysprosium page) is listed with the pages that match
	// every slot even if it misses one other word.
	const exact = (s: { matched: number; named?: boolean }) => s.matched === all || (s.named === true && s.matched >= all - 1);
	return [...scores.entries()]
		.sort(([, a], [, b]) => Number(exact(b)) - Number(exact(a)) || b.score - a.score)
		.map(([id]) => id);
}
