/**
 * Stops the build (and the dev server's start) when content/ holds anything the content check's security rules
 * refuse (files that are not pages or data, frontmatter fields, imports, exports, expressions, raw HTML, URLs),
 * and when any id in the content points nowhere:
 * a page's `sources`, a <Cite>/<Figure>/<Term>/<MeasureStatus> id, an element's controls,
 * an event's measures, a figure's source… See src/lib/integrity/check.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertIntegrity } from '../lib/integrity/check';
import { formatFinding } from '../lib/content-check/finding';
import { runContentCheck } from '../lib/content-check/run';
import { today } from '../lib/dates';

export default function sourceIntegrity(): AstroIntegration {
	return {
		name: 'rare-earths:source-integrity',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				// The content check's security rules, so a build never compiles what `npm run check` would refuse.
				const { errors } = await runContentCheck({ root, configRoot: fileURLToPath(new URL('../../', import.meta.url)), today: today(), securityOnly: true });
				if (errors.length) {
					throw new Error(`The content under content/ is not safe to build (npm run check explains each line):\n${errors.map(formatFinding).join('\n')}`);
				}
				assertIntegrity(root);
				logger.info('Every source, figure, term and measure id resolves.');
			},
		},
	};
}
