// The bare Starlight reference site for `npm run bench` (test/bench/run.ts): Starlight's defaults, the same
// Astro/Starlight versions as the site (resolved from the repository's node_modules), four pages whose main text
// is about as long as the site's home, long article, element page and timeline.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'https://reference.invalid',
	trailingSlash: 'always',
	integrations: [starlight({ title: 'Reference' })],
});
