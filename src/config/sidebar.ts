/**
 * The sidebar, in the order of the site map. Each section is a folder of content/docs/ listed
 * automatically (pages order themselves with `sidebar.order`); the element pages are generated
 * from content/elements/, so their links are generated here too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

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
	const dir = join(root, 'content/elements');
	let files: string[] = [];
	try {
		files = readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
	} catch {
		return [];
	}
	return files
		.map((f) => ({ slug: f.slice(0, -5), data: parse(readFileSync(join(dir, f), 'utf8')) as { name: string; symbol: string; atomicNumber: number } }))
		.sort((a, b) => a.data.atomicNumber - b.data.atomicNumber)
		.map(({ slug, data }) => ({ label: `${data.name} (${data.symbol})`, link: `/basics/elements/${slug}/` }));
}

export function sidebar(root: string) {
	const hasDir = (d: string) => {
		try {
			return readdirSync(join(root, 'content/docs', d)).length > 0;
		} catch {
			return false;
		}
	};
	return SECTIONS.filter((s) => hasDir(s.directory)).map((s) => {
		if (s.directory !== 'basics') return { label: s.label, autogenerate: { directory: s.directory } };
		const elements = elementLinks(root);
		return {
			label: s.label,
			items: [
				{ label: s.label, autogenerate: { directory: s.directory } },
				...(elements.length ? [{ label: 'The 17 elements, one by one', collapsed: true, items: elements }] : []),
			],
		};
	});
}
