/**
 * Traditional characters → the simplified ones the Chinese pages use, for the characters those pages use only
 * (build time: src/pages/search-data/[lang].json.ts). A reader who types 鏑 or 釹 in traditional script then finds
 * the page that writes 镝 or 钕 (src/lib/search-chinese.ts simplify). The conversion is OpenCC's (opencc-js),
 * character by character from Taiwan and Hong Kong forms; a character that converts to more than one is left out.
 */
import { Converter } from 'opencc-js';

/** The CJK Unified Ideographs block, where the traditional forms of common characters are. */
const FIRST = 0x4e00;
const LAST = 0x9fff;

export function traditionalVariants(texts: Iterable<string>): Record<string, string> {
	const used = new Set<string>();
	for (const text of texts) for (const [c] of text.matchAll(/\p{Script=Han}/gu)) used.add(c);
	const converters = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'hk', to: 'cn' })];
	const variants: Record<string, string> = {};
	for (let code = FIRST; code <= LAST; code++) {
		const c = String.fromCodePoint(code);
		for (const convert of converters) {
			const simplified = convert(c);
			if (simplified !== c && [...simplified].length === 1 && used.has(simplified) && !used.has(c)) {
				variants[c] = simplified;
				break;
			}
		}
	}
	return variants;
}
