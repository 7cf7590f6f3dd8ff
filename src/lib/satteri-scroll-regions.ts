/**
 * Markdown/MDX plugin (Sätteri, Astro's Markdown processor): puts every <table> written in a page in a scroll
 * region (src/lib/scroll-region.ts), so a table wider than a phone scrolls inside its own focusable, named box.
 * The name comes from the table's caption, else the heading above it, else the page title; a second table under
 * the same heading is numbered. Tables that components render use src/components/ScrollRegion.astro instead.
 */
import type { HastPluginDefinition } from 'satteri';
import { SCROLL_REGION_TAG, scrollRegionAttributes, tableRegionName } from './scroll-region';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** One plugin instance per page (a factory), so the heading it remembers never leaks between pages. */
export function scrollRegionsPlugin(): HastPluginDefinition {
	let heading: string | undefined;
	const used = new Map<string, number>();
	return {
		name: 'scroll-regions',
		element: {
			filter: [...HEADINGS, 'table'],
			visit(node, ctx) {
				if (node.tagName !== 'table') {
					heading = ctx.textContent(node);
					return;
				}
				const caption = node.children.find((c) => c.type === 'element' && c.tagName === 'caption');
				const title = (ctx.data as { astro?: { frontmatter?: { title?: unknown } } }).astro?.frontmatter?.title;
				const base = tableRegionName({
					caption: caption ? ctx.textContent(caption) : undefined,
					heading,
					pageTitle: typeof title === 'string' ? title : undefined,
				});
				const n = (used.get(base) ?? 0) + 1;
				used.set(base, n);
				ctx.wrapNode(node, { type: 'element', tagName: SCROLL_REGION_TAG, properties: scrollRegionAttributes(n === 1 ? base : `${base} (${n})`), children: [] });
			},
		},
	};
}

/** For `satteri({ hastPlugins: [...] })`: a fresh plugin for each page. */
export const scrollRegions = () => scrollRegionsPlugin();
