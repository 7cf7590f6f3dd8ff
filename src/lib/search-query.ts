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

/** What the build writes for one language (src/pages/search-data/[lang].json.ts). */
export interface SearchData {
	lang: string;
	/** The site's own words (lower case) and how often each occurs. */
	words: Record<string, number>;
	groups: { site: string; readers: string[] }[];
	numberForms: { canonical: string; forms: string[] };
	/** Chinese word → English equivalent. */
	zh: Record<string, string>;
}

export interface Slot {
	/** The word or phrase as the (corrected) query has it. */
	typed: string;
	/** Strings to search for; a page matching any of them matches the slot. */
	alternatives: string[];
}

export interface SearchPlan {
	/** The query to search as a whole, after number forms, translation and spelling. */
	query: string;
	/** Set when spelling correction changed a word: the corrected query, to show above the results. */
	suggestion?: string;
	slots: Slot[];
	/** Chinese in the query on a non-Chinese page, split into words, to search as typed as well as translated. */
	han?: string;
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

/** Everything the planner needs, prepared once per language. */
export class QueryPlanner {
	readonly vocabulary: Vocabulary;
	private readonly numberPattern: RegExp;
	private readonly phrases: Phrase[];
	constructor(readonly data: SearchData) {
		const groupWords = data.groups.flatMap((g) => [g.site, ...g.readers]).flatMap(tokenize);
		this.vocabulary = new Vocabulary(data.words, groupWords);
		this.numberPattern = numberFormPattern(data.numberForms.forms);
		this.phrases = data.groups
			.flatMap((g) => [
				{ tokens: tokenize(g.site), site: g.site, isSite: true },
				...g.readers.map((r) => ({ tokens: tokenize(r), site: g.site, isSite: false })),
			])
			.filter((p) => p.tokens.length > 0)
			.sort((a, b) => b.tokens.length - a.tokens.length);
	}

	plan(input: string): SearchPlan {
		const isChinesePage = this.data.lang.toLowerCase().startsWith('zh');
		let text = applyNumberForms(input.normalize('NFKC'), this.data.numberForms, this.numberPattern);
		text = text.replace(/(\d+(?:\.\d+)?)\s*(?:percent|per cent|pct)\b/giu, '$1%');
		const han = !isChinesePage && hasHan(text) ? input.match(/\p{Script=Han}+/gu)!.flatMap((run) => segmentHan(run, 'zh')).join(' ') : undefined;
		if (han) text = translateHan(text, this.data.zh);

		let tokens = tokenize(text);
		if (isChinesePage) tokens = tokens.flatMap((t) => (hasHan(t) ? segmentHan(t, this.data.lang) : [t]));
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
		return { query, ...(corrected ? { suggestion: query } : {}), ...(han ? { han } : {}), slots: this.slots(kept) };
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
				const alternatives = phrase.isSite ? [typed] : [typed, phrase.site.toLowerCase()];
				slots.push({ typed, alternatives: [...new Set(alternatives)] });
				i += phrase.tokens.length;
			} else {
				slots.push({ typed: tokens[i]!, alternatives: [tokens[i]!] });
				i++;
			}
		}
		// The same slot twice ("rare earth rare earths") counts once.
		return slots.filter((s, k) => slots.findIndex((o) => o.typed === s.typed) === k);
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

/**
 * Ranks pages from per-slot results: pages that match every slot first (the exact results), then the rest;
 * within each, by the sum over matched slots of the slot's rarity (idf) times how well the page matched it
 * (its score relative to the slot's best page). `whole` (the query searched as a whole) breaks near-ties.
 */
export function rankPages(slotHits: Hit[][][], whole: Hit[], pageCount: number): string[] {
	const scores = new Map<string, { matched: number; score: number }>();
	for (const alternatives of slotHits) {
		const best = new Map<string, number>();
		for (const hits of alternatives) {
			const top = Math.max(...hits.map((h) => h.score), 1e-9);
			for (const h of hits) best.set(h.id, Math.max(best.get(h.id) ?? 0, h.score / top));
		}
		const idf = Math.log(1 + pageCount / Math.max(best.size, 1));
		for (const [id, norm] of best) {
			const s = scores.get(id) ?? { matched: 0, score: 0 };
			s.matched++;
			s.score += idf * (0.25 + 0.75 * norm);
			scores.set(id, s);
		}
	}
	const wholeTop = Math.max(...whole.map((h) => h.score), 1e-9);
	for (const h of whole) {
		const s = scores.get(h.id);
		if (s) s.score += 0.5 * (h.score / wholeTop);
	}
	const all = slotHits.length;
	return [...scores.entries()]
		.sort(([, a], [, b]) => Number(b.matched === all) - Number(a.matched === all) || b.score - a.score)
		.map(([id]) => id);
}
