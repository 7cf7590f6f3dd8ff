/**
 * The sidebar, in the order of the site map. Each section is a folder of content/docs/, listed
 * from the files (pages order themselves with `sidebar.order`); the element pages are generated
 * from content/elements/, so their links are generated here too. Read when the config loads:
 * restart `npm run dev` after adding a page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { isPageFile, listFiles, readFrontmatter } from '../lib/files';

export const SECTIONS = [
	{ label: 'Start', zh: '开始', directory: 'start' },
	{ label: 'Basics', zh: '基础知识', directory: 'basics' },
	{ label: 'Supply chain', zh: '供应链', directory: 'supply-chain' },
	{ label: "China's rules", zh: '中国的管制规定', directory: 'rules' },
	{ label: 'The mirror', zh: '镜像对照', directory: 'mirror' },
	{ label: 'Impacts', zh: '影响', directory: 'impacts' },
	{ label: 'Reference', zh: '参考', directory: 'reference' },
	{ label: 'Contribute', zh: '参与贡献', directory: 'contribute' },
] as const;

/** The Chinese edition's folder in content/docs/ (its pages have the English pages' slugs under it). */
const ZH_DIR = 'zh-cn';
/** Starlight's key for the Chinese label of a sidebar item (the locale's BCP-47 tag). */
const ZH_LANG = 'zh-CN';
/** Each sidebar item's Chinese label, as Starlight expects it; Starlight adds /zh-cn/ to links on Chinese pages. */
const zhLabel = (label: string | undefined) => (label ? { translations: { [ZH_LANG]: label } } : {});

/** Sidebar links to the 17 element pages, in atomic-number order. */
export function elementLinks(root: string): { label: string; link: string }[] {
	return listFiles(join(root, 'content/elements'), (f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.map((file) => ({
			slug: basename(file, '.yaml'),
			data: parse(readFileSync(file, 'utf8')) as { name: string; symbol: string; atomicNumber: number; zh?: { name: string } },
		}))
		.sort((a, b) => a.data.atomicNumber - b.data.atomicNumber)
		.map(({ slug, data }) => ({
			label: `${data.name} (${data.symbol})`,
			link: `/basics/elements/${slug}/`,
			...zhLabel(data.zh && `${data.zh.name}（${data.symbol}）`),
		}));
}

interface PageMeta {
	title: string;
	sidebar?: { order?: number; label?: string; hidden?: boolean };
}

/**
 * Links to the pages of one section folder, ordered by `sidebar.order`, then title.
 * (Starlight's own `autogenerate` expects pages under src/content/docs/; ours live in content/docs/.)
 */
export function sectionLinks(root: string, directory: string): { label: string; link: string; translations?: Record<string, string> }[] {
	const dir = join(root, 'content/docs', directory);
	const zhMeta = (file: string): PageMeta | undefined => {
		const zhFile = join(root, 'content/docs', ZH_DIR, directory, basename(file));
		return existsSync(zhFile) ? (readFrontmatter(readFileSync(zhFile, 'utf8')) as unknown as PageMeta) : undefined;
	};
	return listFiles(dir, isPageFile)
		.filter((file) => dirname(file) === dir)
		.map((file) => {
			const meta = readFrontmatter(readFileSync(file, 'utf8')) as unknown as PageMeta;
			const slug = basename(file).replace(/\.mdx?$/, '');
			return { meta, zh: zhMeta(file), link: slug === 'index' ? `/${directory}/` : `/${directory}/${slug}/` };
		})
		.filter(({ meta }) => !meta.sidebar?.hidden)
		.sort((a, b) => (a.meta.sidebar?.order ?? 1e9) - (b.meta.sidebar?.order ?? 1e9) || a.meta.title.localeCompare(b.meta.title))
		.map(({ meta, zh, link }) => ({ label: meta.sidebar?.label ?? meta.title, link, ...zhLabel(zh && (zh.sidebar?.label ?? zh.title)) }));
}

/**
 * The sidebar. In Basics, the page on the 17 elements and the 17 element pages form one collapsed group named
 * like the page ("The 17 elements"), opening with the overview, so the sidebar never shows two entries for it.
 */
export function sidebar(root: string) {
	return SECTIONS.map((s) => {
		type Link = { label: string; link: string; translations?: Record<string, string> };
		type Group = { label: string; translations?: Record<string, string>; collapsed: boolean; items: Link[] };
		const pages: (Link | Group)[] = [
			...(s.directory === 'start' ? [{ label: 'Home', link: '/', ...zhLabel('首页') }] : []),
			...sectionLinks(root, s.directory),
		];
		if (s.directory === 'basics') {
			const at = pages.findIndex((p) => 'link' in p && p.link === '/basics/elements/');
			const overview = at >= 0 ? (pages[at] as Link) : undefined;
			const group: Group = {
				label: overview?.label ?? 'The 17 elements',
				...(overview?.translations ? { translations: overview.translations } : zhLabel('17种元素')),
				collapsed: true,
				items: [...(overview ? [{ label: 'All 17 at a glance', link: overview.link, ...zhLabel('17种元素一览') }] : []), ...elementLinks(root)],
			};
			if (at >= 0) pages.splice(at, 1, group);
			else pages.push(group);
		}
		return { label: s.label, ...zhLabel(s.zh), items: pages };
	}).filter((group) => group.items.length > 0);
}
