/**
 * Every page of the site in one list (the MDX pages of content/docs/ and the generated element pages),
 * keyed as in the change log: "index", "rules/october-2025", "basics/elements/neodymium".
 * Used by the social-card endpoint, the change log and its feed, so they all agree on what a page is.
 */
import { getCollection } from 'astro:content';
import { SECTIONS } from '../config/sidebar';

export interface SitePage {
	key: string;
	title: string;
	description: string;
	/** The sidebar section's folder ("rules"), or "" for the home and 404 pages. */
	section: string;
	/** The section's label as readers see it ("China's rules"). */
	sectionLabel: string;
	isElement: boolean;
}

const sectionLabel = (section: string) => SECTIONS.find((s) => s.directory === section)?.label ?? '';

let cache: Promise<SitePage[]> | undefined;

export function getSitePages(): Promise<SitePage[]> {
	cache ??= (async () => {
		const docs = (await getCollection('docs')).map((entry): SitePage => {
			const section = entry.data.section ?? (entry.id.includes('/') ? entry.id.split('/')[0]! : '');
			return {
				key: entry.id,
				title: entry.data.title,
				description: entry.data.description ?? '',
				section,
				sectionLabel: sectionLabel(section),
				isElement: false,
			};
		});
		const elements = (await getCollection('elements')).map((e): SitePage => ({
			key: `basics/elements/${e.id}`,
			title: `${e.data.name} (${e.data.symbol})`,
			description: `${e.data.name}, atomic number ${e.data.atomicNumber}: what it is used for, how common it is, and which Chinese export controls list it.`,
			section: 'basics',
			sectionLabel: `${sectionLabel('basics')} · element ${e.data.atomicNumber}`,
			isElement: true,
		}));
		return [...docs, ...elements].sort((a, b) => a.key.localeCompare(b.key));
	})();
	return cache;
}
