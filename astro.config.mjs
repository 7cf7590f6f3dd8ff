// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import sourceIntegrity from './src/integrations/source-integrity';
import { sidebar } from './src/config/sidebar';
import postBuild from './src/integrations/post-build';

const root = fileURLToPath(new URL('.', import.meta.url));

// SITE_URL and BASE_PATH let the same site deploy at a domain root or under a sub-path (e.g. /rare-earths/).
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://rare-earths-explained.github.io',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	integrations: [
		sourceIntegrity(),
		starlight({
			title: 'Rare Earths Explained',
			description:
				'A sourced, plain-language explainer on rare earths, China’s export controls and how they mirror US chip controls.',
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
			lastUpdated: false,
			pagination: true,
		}),
		// Keep this last: it parses the final HTML in dist/ once (links, HTML policy) and adds the CSP.
		postBuild(),
	],
	// Scripts and stylesheets stay external files ('self' in the CSP): the only inline blocks left are Starlight's
	// and the site's own is:inline code, each allowed by name in src/lib/built-site/inline-allow-list.ts.
	build: { inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
});
