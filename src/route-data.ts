/**
 * Starlight route middleware (astro.config.mjs `routeMiddleware`). A page not yet translated is served under
 * /zh-cn/ as the English text with Starlight's "not translated" notice; it stays out of the search index, so the
 * Chinese index (Pagefind keeps one per <html lang>) holds Chinese pages only and the English text is found once,
 * from the English index.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
