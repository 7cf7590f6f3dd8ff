/**
 * Every page of the site in one list (the MDX pages of content/docs/ and the generated element pages),
 * keyed as in the change log: "index", "rules/october-2025", "basics/elements/neodymium".
 * Used by the social-card endpoint, the change log and its feed, so they all agree on what a page is.
 */
import { getCollection } from 'astro:content';
import { SECTIONS } from '../config/sidebar';
import { baseId } from '../lib/locale';

export interface SitePage {
	key: string;
	title: string;
	description: string;
	/** The sidebar section's folder ("rules"), or "" for the home and 404 pages. */
	section: string;
	/** The section's label as readers see it ("China's rules"). */
	sectionLabel: string;
	isElement: boolean;
	/** The page's language: "zh-cn" for the Chinese edition (keys start with "zh-cn/"), else "en". */
	locale: 'en' | 'zh-cn';
}

const sectionLabel = (section: string, locale: 'en' | 'zh-cn' = 'en') => {
	const entry = SECTIONS.find((s) => s.directory === section);
	return (locale === 'zh-cn' ? entry?.zh : entry?.label) ?? '';
};

let cache: Promise<SitePage[]> | undefined;

export function getSitePages(): Promise<SitePage[]> {
	cache ??= (async () => {
		const docs = (await getCollection('docs')).map((entry): SitePage => {
			const id = baseId(entry.id);
			const locale = id === entry.id ? 'en' : 'zh-cn';
			const section = entry.data.section ?? (id.includes('/') ? id.split('/')[0]! : '');
			return {
				key: locale === 'en' ? entry.id : id === 'index' ? 'zh-cn' : `zh-cn/${id}`,
				title: entry.data.title,
				description: entry.data.description ?? '',
				section,
				sectionLabel: sectionLabel(section, locale),
				isElement: false,
				locale,
			};
		});
		const elements = (await getCollection('elements')).map((e): SitePage => ({
			key: `basics/elements/${e.id}`,
			title: `${e.data.name} (${e.data.symbol})`,
			description: `${e.data.name}, atomic number ${e.data.atomicNumber}: what it is used for, how common it is, and which Chinese export controls list it.`,
			section: 'basics',
			sectionLabel: `${sectionLabel('basics')} · element ${e.data.atomicNumber}`,
			isElement: true,
			locale: 'en',
		}));
		const zhElements = (await getCollection('elements')).flatMap((e): SitePage[] =>
			e.data.zh
				? [
						{
							key: `zh-cn/basics/elements/${e.id}`,
							title: `${e.data.zh.name}（${e.data.symbol}）`,
							description: `${e.data.zh.name}，原子序数${e.data.atomicNumber}：主要用途、在地壳中有多常见，以及哪些中国出口管制措施列入了它。`,
							section: 'basics',
							sectionLabel: `${sectionLabel('basics', 'zh-cn')} · 第${e.data.atomicNumber}号元素`,
							isElement: true,
							locale: 'zh-cn',
						},
					]
				: [],
		);
		return [...docs, ...elements, ...zhElements].sort((a, b) => a.key.localeCompare(b.key));
	})();
	return cache;
}
