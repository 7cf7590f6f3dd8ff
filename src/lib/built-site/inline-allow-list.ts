/**
 * The inline <script> and <style> blocks the built site may contain, each named, by the sha256 of its exact text.
 * This list — not the built HTML — is what the Content-Security-Policy allows (csp.ts), and the HTML policy
 * (policy.ts) fails the build on any other inline block, so an injected script can neither run nor pass.
 *
 * Every other script and style is an external file from the site itself ('self'): astro.config.mjs turns off
 * Astro's inlining of small scripts and stylesheets, so this list changes only when Starlight's or the site's
 * own is:inline code changes. Starlight 0.42 has six is:inline scripts (Search, ThemeSelect, ThemeProvider, two in
 * SidebarPersister, Tabs); all but Search's are below, since the site's own search does not render Starlight's.
 * The site has none of its own. When the build names a new hash: find the block in dist/, confirm it is Starlight's
 * (node_modules/@astrojs/starlight) or ours (src/), and add it here with its name and where it comes from.
 */
export interface InlineBlock {
	name: string;
	/** Where the code lives. */
	from: string;
	/** sha256-… of the exact text between the tags. */
	sha256: string;
}

export const INLINE_SCRIPTS: InlineBlock[] = [
	{
		name: 'Starlight theme provider: applies the stored light/dark theme before the page paints',
		from: '@astrojs/starlight 0.42 components/ThemeProvider.astro',
		sha256: 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	},
	{
		name: 'Starlight theme select: updates the theme pickers once they are on the page',
		from: '@astrojs/starlight 0.42 components/ThemeSelect.astro',
		sha256: 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	},
	{
		name: 'Starlight sidebar persister: restores which sidebar groups were open (wide screens)',
		from: '@astrojs/starlight 0.42 components/SidebarPersister.astro',
		sha256: 'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	},
	{
		name: 'Starlight tabs: restores the tab a reader last chose, on pages whose <Tabs> have a syncKey',
		from: '@astrojs/starlight 0.42 user-components/Tabs.astro',
		sha256: 'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=',
	},
	{
		name: 'Starlight sidebar persister: restores the sidebar scroll position',
		from: '@astrojs/starlight 0.42 components/SidebarPersister.astro',
		sha256: 'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
	},
	{
		name: 'Built-for notice: shows "This page was built for <date>" when the reader\'s date is later than the build date',
		from: 'src/overrides/Banner.astro (the text is STALE_NOTICE_SCRIPT in src/lib/build-date.ts)',
		sha256: 'sha256-N46qUokSI5LPKMCgiMANYmeVQo2kFp1s9cJSzRHZik0=',
	},
];

/** None: every stylesheet is an external file (build.inlineStylesheets: 'never'). */
export const INLINE_STYLES: InlineBlock[] = [];
