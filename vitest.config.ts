import { defineConfig } from 'vitest/config';

// Tests are grouped by where they run: test/unit (pure code), test/build (over dist/, after `astro build`),
// test/browser (a real Chromium against dist/ served locally). `npm test` builds first, then runs them all.
export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/fixtures/**', 'node_modules/**'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
	},
});
