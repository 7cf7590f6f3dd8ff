/**
 * Chinese glyphs for the social cards. The cards of the Chinese edition draw their titles with Noto Sans SC
 * (SIL Open Font License 1.1), from the @fontsource/noto-sans-sc package: it splits the font into ~100 files
 * per weight by Unicode range. For each card we take only the files that hold its characters and subset each
 * to exactly those characters (harfbuzz, through subset-font), so no full CJK font is ever loaded and nothing
 * is fetched from the network. Latin text stays in Inter; satori falls back to these fonts glyph by glyph.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

interface Slice {
	file: string;
	ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const slices = new Map<400 | 700, Slice[]>();
const subsets = new Map<string, Promise<Buffer>>();

function packageDir(): string {
	try {
		return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
	} catch {
		throw new Error('Social cards: @fontsource/noto-sans-sc is not installed, so Chinese titles cannot be drawn. Run `npm ci` (it is a dev dependency), or build with OG_IMAGES=0.');
	}
}

/** The font files of one weight and the code points each covers, from the package's CSS. */
function slicesOf(weight: 400 | 700): Slice[] {
	const cached = slices.get(weight);
	if (cached) return cached;
	const dir = packageDir();
	const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
	const list = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
		const body = m[1]!;
		const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(body)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
		if (!file || !range) throw new Error(`Social cards: cannot read a @font-face in @fontsource/noto-sans-sc/${weight}.css.`);
		const ranges = range.split(',').map((r): [number, number] => {
			const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
		});
		return { file: join(dir, file), ranges };
	});
	slices.set(weight, list);
	return list;
}

/** True for characters Inter cannot draw and a CJK font must: Han, CJK punctuation, full-width forms. */
export const needsCjk = (ch: string) => /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf]/.test(ch);

export interface SatoriFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/** Subset fonts (weight 400 and 700) covering every CJK character of `text`, each under its own family name; empty when there are none. */
export async function cjkFontsFor(text: string): Promise<SatoriFont[]> {
	const chars = [...new Set([...text].filter(needsCjk))];
	if (chars.length === 0) return [];
	const fonts: SatoriFont[] = [];
	for (const weight of [400, 700] as const) {
		const byFile = new Map<string, string[]>();
		for (const ch of chars) {
			const cp = ch.codePointAt(0)!;
			const slice = slicesOf(weight).find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
			if (!slice) throw new Error(`Social cards: Noto Sans SC has no glyph for "${ch}" (U+${cp.toString(16)}). Rephrase the title or description.`);
			byFile.set(slice.file, [...(byFile.get(slice.file) ?? []), ch]);
		}
		for (const [file, fileChars] of byFile) {
			const key = `${file}\u0000${fileChars.sort().join('')}`;
			let subset = subsets.get(key);
			if (!subset) {
				subset = subsetFont(readFileSync(file), fileChars.join(''), { targetFormat: 'woff' });
				subsets.set(key, subset);
			}
			// One family name per file: satori falls back from one family to the next glyph by glyph.
			fonts.push({ name: `Noto Sans SC ${file.replace(/^.*noto-sans-sc-(\d+)-.*$/, '$1')}`, data: await subset, weight, style: 'normal' });
		}
	}
	return fonts;
}
