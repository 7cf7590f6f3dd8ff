// Types for the two Starlight virtual modules that src/overrides/Search.astro imports (as Starlight's own Search does).
declare module 'virtual:starlight/project-context' {
	const project: { build: { format: 'file' | 'directory' | 'preserve' }; root: string; srcDir: string; trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
