/**
 * One browser session on the built site for a test file: serves dist/ on 127.0.0.1, launches Debian's
 * Chromium, opens one tab (on the home page unless told otherwise), and closes it all after the file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dist, requireDist } from './dist';
import { serve, type StaticServer } from './server';
import { launch } from './browser';

export interface SiteSession {
	readonly server: StaticServer;
	readonly browser: Browser;
	readonly page: Page;
}

export function useSiteSession(options: { openHome?: boolean; afterAll?: () => void } = {}): SiteSession {
	const state: { server?: StaticServer; browser?: Browser; page?: Page } = {};
	beforeAll(async () => {
		requireDist();
		state.server = await serve(dist);
		state.browser = await launch();
		state.page = await state.browser.newPage();
		if (options.openHome ?? true) await state.page.goto(state.server.url);
	});
	afterAll(async () => {
		options.afterAll?.();
		await state.browser?.close();
		await state.server?.close();
	});
	const get = <K extends keyof typeof state>(key: K) => {
		const value = state[key];
		if (!value) throw new Error(`The site session's ${key} is not ready: use it inside a test, after beforeAll.`);
		return value as NonNullable<(typeof state)[K]>;
	};
	return {
		get server() {
			return get('server');
		},
		get browser() {
			return get('browser');
		},
		get page() {
			return get('page');
		},
	};
}
