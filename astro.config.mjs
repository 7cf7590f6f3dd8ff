// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import sourceIntegrity from './src/integrations/source-integrity';
import { sidebar } from './src/config/sidebar';
import postBuild from './src/integrations/post-build';
import { satteri } from '@astrojs/markdown-satteri';
import { scrollRegions } from './src/lib/satteri-scroll-regions';

const root = fileURLToPath(new URL('.', import.meta.url));

// SITE_URL and BASE_PATH let the same site deploy at a domain root or under a sub-path (e.g. /rare-earths/).
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://rare-earths-explained.github.io',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	markdown: {
		// Every table in a page scrolls inside its own focusable, named box (src/lib/scroll-region.ts).
		processor: satteri({ hastPlugins: [scrollRegions] }),
	},
	vite: {
		build: {
			// Scripts and stylesheets stay external files ('self' in the CSP), never inlined as data: URLs.
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Astro marks each MDX page's propagated assets with the directive "use astro:head-inject", and
				// Rolldown warns once per page that it may not survive bundling (MODULE_LEVEL_DIRECTIVE). Upstream:
				// https://github.com/withastro/astro/issues/18087 (open; astro 7.3.5, the latest, still warns).
				// Only that warning, for only that directive, is dropped; everything else is logged as before.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		sourceIntegrity(),
		starlight({
			title: { en: 'Rare Earths Explained', 'zh-CN': '稀土详解' },
			description:
				'A sourced, plain-language explainer on rare earths, China’s export controls and how they mirror US chip controls.',
			// English at the root, Simplified Chinese under /zh-cn/ (pages in content/docs/zh-cn/, same slugs).
			// Untranslated pages fall back to English with Starlight's notice. UI strings: content/i18n/.
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			components: {
				MarkdownContent: './src/overrides/MarkdownContent.astro',
				Head: './src/overrides/Head.astro',
				Footer: './src/overrides/Footer.astro',
				// Adds the notice shown when a page was built for an earlier date than the reader's (src/lib/build-date.ts).
				Banner: './src/overrides/Banner.astro',
				// The site's search (its own button and dialog; search code loads on first open): see the file's comment.
				Search: './src/overrides/Search.astro',
			},
			sidebar: sidebar(root),
			// A page with nothing to list under "On this page" shows no table of contents (src/config/route-data.ts);
			// pages not yet translated stay out of the Chinese search index (src/route-data.ts).
			routeMiddleware: ['./src/config/route-data.ts', './src/route-data.ts'],
			lastUpdated: false,
			// Code examples wrap long lines instead of scrolling sideways, so a phone shows all of a line
			// (wrapped lines keep their indent; the copy button copies the original lines).
			expressiveCode: { defaultProps: { wrap: true } },
			pagination: true,
		}),
		// Keep this last: it parses the final HTML in dist/ once (links, HTML policy) and adds the CSP.
		postBuild(),
	],
	// Scripts and stylesheets stay external files ('self' in the CSP): the only inline blocks left are Starlight's
	// and the site's own is:inline code, each allowed by name in src/lib/built-site/inline-allow-list.ts.
	build: { inlineStylesheets: 'never' },
});
