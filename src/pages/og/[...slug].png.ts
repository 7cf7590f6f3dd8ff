/**
 * One social card per page, at /og/<page key>.png (og/index.png for the home page), rendered at build time
 * (src/lib/og-card.ts). OG_IMAGES=0 skips them for fast local builds; the default build and the tests include them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitePages, type SitePage } from '../../data/site-pages';
import { ogImagesEnabled, renderCard } from '../../lib/og-card';

export const getStaticPaths = (async () => {
	if (!ogImagesEnabled()) return [];
	return (await getSitePages()).map((page) => ({ params: { slug: page.key }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SitePage }> = async ({ props }) => {
	const { page } = props;
	const png = await renderCard({ title: page.title, description: page.description, kicker: page.sectionLabel, locale: page.locale });
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
