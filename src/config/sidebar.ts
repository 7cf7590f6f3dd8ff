/**
 * The sidebar, in the order of the site map. Each section is a folder of content/docs/, listed
 * from the files (pages order themselves with `sidebar.order`); the element pages are generated
 * from content/elements/, so their links are generated here too. Read when the config loads:
 * restart `npm run dev` after adding a page.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { isPageFile, listFiles, readFrontmatter } from '../lib/files';

export const SECTIONS = [
	{ label: 'Start', directory: 'start' },
	{ label: 'Basics', directory: 'basics' },
	{ label: 'Supply chain', directory: 'supply-chain' },
	{ label: "China's rules", directory: 'rules' },
	{ label: 'The mirror', directory: 'mirror' },
	{ label: 'Impacts', directory: 'impacts' },
	{ label: 'Reference', directory: 'reference' },
	{ label: 'Contribute', directory: 'contribute' },
] as const;

/** Sidebar links to the 17 element pages, in atomic-number order. */
export function elementLinks(root: string): { label: string; link: string }[] {
	return listFiles(join(root, 'content/elements'), (f) => f.endsWith('.yaml') && !f.startsWith('_'))
		.map((file) => ({ slug: basename(file, '.yaml'), data: parse(readFileSync(file, 'utf8')) as { name: string; symbol: string; atomicNumber: number } }))
		.sort((a, b) => a.data.atomicNumber - b.data.atomicNumber)
		.map(({ slug, data }) => ({ label: `${data.name} (${data.symbol})`, link: `/basics/elements/${slug}/` }));
}

interface PageMeta {
	title: string;
	sidebar?: { order?: number; label?: string; hidden?: boolean };
}

/**
 * Links to the pages of one section folder, ordered by `sidebar.order`, then title.
 * (Starlight's own `autogenerate` expects pages under src/content/docs/; ours live in content/docs/.)
 */
export function sectionLinks(root: string, directory: string): { label: string; link: string }[] {
	const dir = join(root, 'content/docs', directory);
	return listFiles(dir, isPageFile)
		.filter((file) => dirname(file) === dir)
		.map((file) => {
			const meta = readFrontmatter(readFileSync(file, 'utf8')) as unknown as PageMeta;
			const slug = basename(file).replace(/\.mdx?$/, '');
			return { meta, link: slug === 'index' ? `/${directory}/` : `/${directory}/${slug}/` };
		})
		.filter(({ meta }) => !meta.sidebar?.hidden)
		.sort((a, b) => (a.meta.sidebar?.order ?? 1e9) - (b.meta.sidebar?.order ?? 1e9) || a.meta.title.localeCompare(b.meta.title))
		.map(({ meta, link }) => ({ label: meta.sidebar?.label ?? meta.title, link }));
}

/**
 * The sidebar. In Basics, the page on the 17 elements and the 17 element pages form one collapsed group named
 * like the page ("The 17 elements"), opening with the overview, so the sidebar never shows two entries for it.
 */
export function sidebar(root: string) {
	return SECTIONS.map((s) => {
		const pages: ({ label: string; link: string } | { label: string; collapsed: boolean; items: { label: string; link: string }[] })[] = [
			...(s.directory === 'start' ? [{ label: 'Home', link: '/' }] : []),
			...sectionLinks(root, s.directory),
		];
		if (s.directory === 'basics') {
			const at = pages.findIndex((p) => 'link' in p && p.link === '/basics/elements/');
			const overview = at >= 0 ? (pages[at] as { label: string; link: string }) : undefined;
			const group = {
				label: overview?.label ?? 'The 17 elements',
				collapsed: true,
				items: [...(overview ? [{ label: 'All 17 at a glance', link: overview.link }] : []), ...elementLinks(root)],
			};
			if (at >= 0) pages.splice(at, 1, group);
			else pages.push(group);
		}
		return { label: s.label, items: pages };
	}).filter((group) => group.items.length > 0);
}
