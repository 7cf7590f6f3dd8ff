/**
 * Starlight route-data middleware (the supported seam for changing what a page shows). A page whose table of
 * contents would list only "Overview" — the home page, the glossary (it has its own letter index), the 404 —
 * shows none, so a phone does not spend a bar on "On this page: Overview".
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const items = route.toc?.items ?? [];
	const onlyOverview = items.length <= 1 && items.every((item) => item.children.length === 0);
	if (route.toc && onlyOverview) route.toc = undefined;
});
