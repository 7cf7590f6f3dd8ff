// Types for subset-font (it ships none): subset a TTF/WOFF/WOFF2 font to the given characters.
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype' },
	): Promise<Buffer>;
}
