/**
 * Social cards (Open Graph images): a 1200×630 PNG per page, drawn at build time with satori (layout to SVG)
 * and resvg (SVG to PNG), using the Inter font files shipped in src/assets/fonts/ (no network).
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cjkFontsFor } from './og-cjk-font';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** False when OG_IMAGES=0: fast local builds skip the cards (and the pages leave out og:image). */
export const ogImagesEnabled = () => (typeof process === 'undefined' ? true : process.env['OG_IMAGES'] !== '0');

/** The card's URL path (under the base) for a page key: "index" → "og/index.png". */
export const ogImagePath = (key: string) => `og/${key}.png`;

export interface CardText {
	title: string;
	description: string;
	/** The section, e.g. "China's rules". */
	kicker: string;
	/** The card's language: Chinese cards name the site in Chinese and draw Chinese text with Noto Sans SC. */
	locale?: 'en' | 'zh-cn';
}

const FONT_DIR = 'src/assets/fonts';
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts(root: string) {
	if (fonts) return fonts;
	const file = (name: string) => {
		const path = join(root, FONT_DIR, name);
		if (!existsSync(path))
			throw new Error(`Social cards: the font ${path} is missing. Copy it from node_modules/@fontsource/inter/files/.`);
		return readFileSync(path);
	};
	fonts = [
		{ name: 'Inter', data: file('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
		{ name: 'Inter', data: file('inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
	];
	return fonts;
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	// Chinese has no spaces: cut at the last punctuation mark, or anywhere.
	if (!cut.includes(' ')) return `${cut.slice(0, Math.max(cut.search(/[，。；：、][^，。；：、]*$/), max / 2)).replace(/[，。；：、]+$/, '')}…`;
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.—–-]+$/, '')}…`;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export async function renderCard(card: CardText, root = process.cwd()): Promise<Buffer> {
	const zh = card.locale === 'zh-cn';
	const siteName = zh ? '稀土详解' : 'Rare Earths Explained';
	// A Chinese character is about twice as wide as a Latin letter: Chinese titles are clipped and sized by that.
	const title = clip(card.title, zh ? 45 : 90);
	const width = zh ? title.length * 2 : title.length;
	const titleSize = width > 60 ? 58 : width > 36 ? 68 : 80;
	const description = clip(card.description, zh ? 85 : 170);
	const kicker = card.kicker ? `${siteName} · ${card.kicker}` : siteName;
	const cjk = await cjkFontsFor(`${kicker}${title}${description}`);
	const tree = el(
		'div',
		{
			width: OG_WIDTH,
			height: OG_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			background: '#ffffff',
			color: '#111827',
			fontFamily: ['Inter', ...new Set(cjk.map((f) => f.name))].join(', '),
		},
		[
			el('div', { width: OG_WIDTH, height: 24, background: '#b45309' }),
			el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 72px 64px' }, [
				el('div', { display: 'flex', flexDirection: 'column' }, [
					el(
						'div',
						{ fontSize: 30, fontWeight: 700, color: '#b45309' },
						kicker,
					),
					el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginTop: 28 }, title),
				]),
				el('div', { fontSize: 32, lineHeight: 1.35, color: '#374151' }, description),
			]),
		],
	);
	const fonts = [...loadFonts(root), ...cjk];
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
