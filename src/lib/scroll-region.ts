/**
 * Scroll regions: the one way this site lets something wider than its column (a table, a wide chart) scroll
 * sideways inside its own box instead of the page. A scroll region is reachable and scrollable by keyboard
 * whether or not it overflows on the reader's screen (which depends on their fonts and width): it is focusable,
 * has the role "region" (a <section> with a name has it) and a name that says what it holds, and shows a focus
 * ring and, when it overflows, a shadow on the side where more is hidden (src/styles/site.css, `.scroll-region`).
 *
 * Two places make them, both with these attributes:
 * - src/lib/satteri-scroll-regions.ts wraps every table written in Markdown in a page;
 * - src/components/ScrollRegion.astro wraps the tables and charts that components render.
 */

/** The class every scroll region carries; the site's CSS and the tests key on it. */
export const SCROLL_REGION_CLASS = 'scroll-region';

/** The element a scroll region is: a <section>, whose name (aria-label) gives it the role "region". */
export const SCROLL_REGION_TAG = 'section';

/** The HTML attributes of a scroll region (a <section>) named `label`, what it holds, e.g. "Table: Fields of sources". */
export function scrollRegionAttributes(label: string): Record<string, string> {
	const name = label.replace(/\s+/g, ' ').trim();
	if (!name) throw new Error('A scroll region needs a name that says what it holds (e.g. the table caption).');
	return { class: SCROLL_REGION_CLASS, tabindex: '0', 'aria-label': name };
}

/** The name of a region holding a table: its caption, else the heading it sits under, else the page title. */
export function tableRegionName(table: { caption?: string | undefined; heading?: string | undefined; pageTitle?: string | undefined }): string {
	const caption = table.caption?.replace(/\s+/g, ' ').trim();
	if (caption) return `Table: ${caption}`;
	const under = (table.heading ?? table.pageTitle)?.replace(/\s+/g, ' ').trim();
	return under ? `Table: ${under}` : 'Table';
}
