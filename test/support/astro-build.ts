/** Runs a real `astro build` in a child process, for tests that build a variant of the site (a base path, a copy). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './dist';

/** This process's environment without what Vitest adds (BASE_URL=/, DEV=1, MODE=test…), which Astro would take as its own. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
	return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * Builds the project at `projectRoot` into `outDir`. Keep `outDir` inside the project root: Astro then keeps its
 * intermediate chunks there rather than in .astro/, which other builds running at the same time share.
 * Throws with Astro's output when the build fails.
 */
export function astroBuild(projectRoot: string, outDir: string, env: Record<string, string> = {}): string {
	const { status, output } = tryAstroBuild(projectRoot, outDir, env);
	if (status !== 0) throw new Error(`astro build in ${projectRoot} failed:\n${output}`);
	return output;
}

/** Like `astroBuild`, for tests of builds that must fail: returns the exit status and the output instead of throwing. */
export function tryAstroBuild(projectRoot: string, outDir?: string, env: Record<string, string> = {}): { status: number | null; output: string } {
	const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', projectRoot, ...(outDir ? ['--outDir', outDir] : [])];
	const result = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', env: cleanEnv(env) });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
