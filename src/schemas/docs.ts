import { z } from 'astro/zod';
import { isoDate, sourceIds } from './common';

/** Fields this site adds to Starlight's page frontmatter. */
export const docsExtension = z.object({
	sources: sourceIds
		.default([])
		.describe('Sources used for the page as a whole. Inline <Cite> ids are collected automatically; list here only works consulted but not cited inline.'),
	lastReviewed: isoDate
		.optional()
		.describe('The date someone last checked every fact on the page against its sources. Required on pages with factual content.'),
	summary: z
		.array(z.string())
		.max(4)
		.optional()
		.describe('Two to four "In short" points shown at the top of the page.'),
	section: z
		.enum(['start', 'basics', 'supply-chain', 'rules', 'mirror', 'impacts', 'reference', 'contribute'])
		.optional()
		.describe('The site section, used for search filters; taken from the folder when left out.'),
});

/** What a page's `sidebar:` may hold: its label, its place in the section and whether it is listed. */
export const pageSidebar = z
	.strictObject({
		label: z.string().min(1).optional().describe('The link text in the sidebar, when shorter than the title.'),
		order: z.number().int().optional().describe('The place of the page in its section of the sidebar (lower first).'),
		hidden: z.boolean().optional().describe('Leave the page out of the sidebar (it is still built and searchable).'),
	})
	.describe('How the page is listed in the sidebar.');

/**
 * Every field a page under content/docs/ may set, and nothing else. The content check (npm run check) judges
 * the raw frontmatter against this schema; the build runs the same check (src/integrations/source-integrity.ts)
 * and Starlight's own schema made strict (strictDocs below).
 */
export const pageFrontmatter = z.strictObject({
	title: z.string().min(1).describe('The page title: the <h1>, the browser tab and search results.'),
	description: z.string().min(1).optional().describe('One sentence on what the page explains, used in search results and link previews.'),
	sidebar: pageSidebar.optional(),
	...docsExtension.shape,
});

/** Why each of Starlight's (and MDX's) other page fields is refused in contributed pages. */
export const REFUSED_FIELDS: Record<string, string> = {
	head: 'it adds any tag to the page <head>, scripts included',
	banner: 'its content is rendered as raw HTML',
	hero: 'its tagline is rendered as raw HTML and its actions are links that are not checked',
	layout: 'MDX turns it into an import of code that runs at build time',
	slug: 'it moves the page to another address, and can take over an existing page such as the home page',
	editUrl: 'it is a link that is not checked',
	prev: 'it is a link that is not checked',
	next: 'it is a link that is not checked',
	template: 'it changes the page layout, which only maintainers decide',
	tableOfContents: 'the table of contents is the same on every page',
	lastUpdated: 'the site shows lastReviewed instead',
	pagefind: 'every page is searchable',
	draft: 'unfinished pages stay out of the main branch',
	'sidebar.badge': 'sidebar badges are set by maintainers in src/config/sidebar.ts',
	'sidebar.attrs': 'it adds HTML attributes to the sidebar link',
};

/**
 * The one visible list of exceptions: a page (path under the repository) that may set a field refused above,
 * because a maintainer needs it there, with the reason. Adding an entry is a maintainer's decision, reviewed
 * like code.
 */
export const FRONTMATTER_EXCEPTIONS: Record<string, string[]> = {
	// Starlight's /404 route builds this page as 404.html. `draft: true` keeps Starlight's catch-all page route
	// from building it a second time at /404, which collides with that route (a build warning, issue 11).
	'content/docs/404.mdx': ['draft'],
};

/**
 * Starlight's page schema made strict for the build: unknown keys (slug, layout, anything misspelt) fail the
 * build, and Starlight's fields this site refuses must keep their defaults unless a page in
 * FRONTMATTER_EXCEPTIONS needs them (the schema cannot see the file; the per-file check in the build does).
 */
export function strictDocs<S extends z.ZodObject>(schema: S): S {
	const excepted = new Set(Object.values(FRONTMATTER_EXCEPTIONS).flat());
	return schema.strict().superRefine((raw, ctx) => {
		const data = raw as Record<string, unknown> & { sidebar?: Record<string, unknown>; head?: unknown[] };
		const set: Record<string, boolean> = {
			head: Array.isArray(data.head) && data.head.length > 0,
			banner: data['banner'] !== undefined,
			hero: data['hero'] !== undefined,
			editUrl: data['editUrl'] !== true,
			prev: data['prev'] !== undefined,
			next: data['next'] !== undefined,
			template: data['template'] !== 'doc',
			lastUpdated: data['lastUpdated'] !== undefined,
			tableOfContents: data['tableOfContents'] !== undefined,
			pagefind: data['pagefind'] !== true,
			draft: data['draft'] !== false,
			'sidebar.badge': data.sidebar?.['badge'] !== undefined,
			'sidebar.attrs': Object.keys((data.sidebar?.['attrs'] as object | undefined) ?? {}).length > 0,
		};
		for (const [field, present] of Object.entries(set)) {
			if (present && !excepted.has(field)) {
				ctx.addIssue({ code: 'custom', path: field.split('.'), message: `${field} is not allowed in pages: ${REFUSED_FIELDS[field]}. Remove it.` });
			}
		}
	}) as unknown as S; // The same data, checked more strictly: the type Starlight's routes read is unchanged.
}
