/**
 * How a Chinese query is read before it is searched (issue 16), used by src/lib/search-query.ts on Chinese pages.
 * Pure functions; tested in test/unit/search-chinese.test.ts.
 *
 * - Traditional characters become the simplified ones the pages use (鏑 → 镝), from a map the build makes for
 *   the characters of the Chinese pages (src/lib/search-data.ts).
 * - Percentages written in words become figures (百分之0.1, 千分之一 → 0.1%), and so do dates and announcement
 *   numbers in Chinese numerals (十月九日 → 10月9日, 第十八号 → 第18号).
 * - A number with its unit (10月9日, 2025年, 17种) is one word, not a run of one-character words.
 * - Particles and question words (的, 吗, 什么, 有哪些…) are optional: searched, but a page need not contain them.
 * - Keys: the names a page is the answer for (its element, its measures' numbers, its glossary terms, its title),
 *   carried by each page as a Pagefind filter (src/components/SearchHints.astro). A query that contains a key, or
 *   is part of one, lifts that key's page.
 */

/** The Pagefind filter that carries a page's keys; readers never see it. */
export const KEY_FILTER = 'key';

/**
 * Words that make a Chinese question or sentence and say nothing of its topic: particles, pronouns, prepositions,
 * question words, and what a question asks for (意思, 区别, 什么时候) rather than what it is about. Whole ICU words
 * only: 有 is here, 有效 is not. A word here still counts when a page has it, but no page needs it.
 */
export const CHINESE_OPTIONAL_WORDS = new Set(
	(
		'的 了 吗 呢 吧 啊 呀 么 嘛 是 有 在 和 与 及 或 跟 都 也 就 还 又 很 太 最 更 真 真的 到底 究竟 ' +
		'什么 为什么 为何 怎么 怎么样 怎样 如何 哪 哪些 哪个 哪里 几 多少 谁 请问 一下 介绍 关于 ' +
		'这 那 这个 那个 这些 那些 我 我们 你 您 他 她 它 他们 能 会 可以 要 是否 是不是 叫 称 个 种 之 ' +
		'被 把 给 让 对 从 向 于 到 已 已经 曾 过 着 得 地 所 该 此 等 吧 哦 ' +
		'什么时候 何时 几时 哪天 多久 意思 区别 差别 不同 关系'
	).split(' '),
);

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 百分之0.1 → 0.1%, 千分之一 → 0.1%, 百分之五 → 5% (figures or one Chinese digit). */
export function percentFigures(text: string): string {
	const value = (s: string) => (/^\d/.test(s) ? Number(s) : (CHINESE_DIGITS[s] ?? NaN));
	return text.replace(/(百|千)分之(\d+(?:\.\d+)?|[零一二两三四五六七八九十])/gu, (match, per: string, n: string) => {
		const v = value(n) / (per === '千' ? 10 : 1);
		return Number.isFinite(v) ? ` ${Number(v.toFixed(4))}% ` : match;
	});
}

const NUMERAL = '[零〇一二三四五六七八九十]';

/** A number in Chinese numerals (十八, 二十一, 二〇二五) as figures; NaN when it is not one. */
export function numeralValue(text: string): number {
	const digit = (c: string) => (c === '〇' ? 0 : (CHINESE_DIGITS[c] ?? NaN));
	if (!text.includes('十')) return Number([...text].map(digit).join(''));
	const [tens, ones] = text.split('十');
	if (ones === undefined || text.split('十').length > 2) return NaN;
	return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}

/**
 * Dates and announcement numbers written in Chinese numerals, as the pages write them, in figures:
 * 十月九日 → 10月9日, 二〇二五年 → 2025年, 第十八号 → 第18号. Counts (七种) stay as they are: the pages write
 * them in words too.
 */
export function arabicNumerals(text: string): string {
	return text
		.replace(new RegExp(`(第)?(${NUMERAL}+)(?=[年月日号])`, 'gu'), (match, nth: string | undefined, n: string) => {
			const value = numeralValue(n);
			return Number.isFinite(value) ? `${nth ?? ''}${value}` : match;
		})
		.replace(new RegExp(`第(${NUMERAL}+)(?=号|期)`, 'gu'), (match, n: string) => {
			const value = numeralValue(n);
			return Number.isFinite(value) ? `第${value}` : match;
		});
}

/** Characters through the traditional → simplified map; others unchanged. */
export function simplify(text: string, variants: Record<string, string> | undefined): string {
	if (!variants) return text;
	return [...text].map((c) => variants[c] ?? c).join('');
}

/** Units a number is written with in Chinese: it is read as one word with them. */
const UNIT = /^[年月日号种项条个天]$/u;

/**
 * Joins a number and its unit into one word: 10 | 月 | 9 | 日 → 10月9日, 17 | 种 → 17种, and keeps an
 * announcement number in its canonical form (第 | 18 | 号 | 公告 → 第18号公告).
 */
export function joinNumbers(tokens: string[], canonicalPieces: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length; ) {
		// The canonical announcement form, with any number in the place of the template's 0.
		if (canonicalPieces.length > 1 && canonicalPieces.every((p, k) => (p === '0' ? /^\d+$/.test(tokens[i + k] ?? '') : tokens[i + k] === p))) {
			out.push(tokens.slice(i, i + canonicalPieces.length).join(''));
			i += canonicalPieces.length;
			continue;
		}
		if (/^\d+(?:\.\d+)?$/.test(tokens[i]!) && UNIT.test(tokens[i + 1] ?? '')) {
			let word = tokens[i]! + tokens[i + 1]!;
			let j = i + 2;
			while (/^\d+$/.test(tokens[j] ?? '') && UNIT.test(tokens[j + 1] ?? '')) {
				word += tokens[j]! + tokens[j + 1]!;
				j += 2;
			}
			out.push(word);
			i = j;
			continue;
		}
		out.push(tokens[i]!);
		i++;
	}
	return out;
}

/** The query as keys are matched: lower case, without spaces or punctuation (but for the . and % of 0.1%). */
export const keyForm = (text: string) =>
	arabicNumerals(text.normalize('NFKC'))
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]/gu, (c) => (c === '%' || c === '.' ? c : ''));

export interface KeyMatch {
	key: string;
	/** True when the query contains the whole key. */
	whole: boolean;
	/** How much of the query the key is (whole keys), or how much of the key the query's words are (partial). */
	weight: number;
	/**
	 * The word of the query the key was found by, when it is not the key itself: a word in other wording, or the part
	 * of a longer key. How common it is on the pages decides how much the key counts.
	 */
	via?: string;
}

/** At most this many keys the query names in part are searched. */
const MAX_PARTIAL = 12;

/** A key the query only partly names counts this much at most (for a part that is half the key, half of it). */
const PARTIAL = 0.5;

/**
 * The keys a query names. Whole: each key the query contains (the longest where keys overlap: 重稀土, not 稀土
 * inside it), weighted by how much of the query's topic (`topic`: the query without particles and question
 * words) it is; and each key that is one of a slot's words in other wording (`slots`: each topic slot's words
 * and their site wording), for that slot's share of the query. Partial: the keys that contain the whole query
 * or one of the slots' words (e.g. 状态, the site wording of 现在), of two characters or more and at least 40% of
 * the key, weighted by how much of the key they are.
 */
export function matchKeys(query: string, topic: string, keys: readonly string[], slots: readonly (readonly string[])[] = []): KeyMatch[] {
	const words = slots.flat();
	const q = keyForm(query);
	const topicLength = Math.max([...keyForm(topic)].length, 1);
	if (!q) return [];
	const spans: { key: string; start: number; end: number }[] = [];
	for (const key of keys) {
		const k = keyForm(key);
		if (!k) continue;
		for (let at = q.indexOf(k); at >= 0; at = q.indexOf(k, at + 1)) spans.push({ key, start: at, end: at + k.length });
	}
	const outer = spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
	// A whole key's share of the query: its share of the topic's characters, or, for a short key such as an element
	// (镝 in 镝为什么重要), at least one slot's share.
	const share = (chars: number) => Math.min(1, Math.max(chars / topicLength, slots.length > 0 ? 1 / slots.length : 0));
	const found = new Map<string, KeyMatch>(outer.map((s) => [s.key, { key: s.key, whole: true, weight: share([...q.slice(s.start, s.end)].length) }]));
	const parts = [...new Set([q, ...words.map(keyForm)])].filter((w) => [...w].length >= 2);
	for (const key of keys) {
		if (found.has(key)) continue;
		const k = keyForm(key);
		// A slot's other wording that is a key (dysprosium → 镝, 希土 → 稀土) names it whole, for that slot's share.
		const slot = k ? slots.find((alternatives) => alternatives.some((w) => keyForm(w) === k)) : undefined;
		if (slot) {
			found.set(key, { key, whole: true, weight: 1 / Math.max(slots.length, 1), via: slot[0]! });
			continue;
		}
		const length = [...k].length;
		// The longest of the query's words the key contains: how common that word is decides how much the key counts.
		const part = parts.filter((w) => k.includes(w)).sort((a, b) => [...b].length - [...a].length)[0];
		const cover = part ? [...part].length / length : 0;
		if (part && cover >= 0.4) found.set(key, { key, whole: false, weight: PARTIAL * cover, via: part });
	}
	// Partial keys: the best few only, so a query in common words does not cost a search for every key there is.
	const whole = [...found.values()].filter((m) => m.whole);
	const partial = [...found.values()].filter((m) => !m.whole).sort((a, b) => b.weight - a.weight);
	return [...whole, ...partial.slice(0, MAX_PARTIAL)];
}
