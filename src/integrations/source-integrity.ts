/**
 * Stops the build (and the dev server's start) when any id in the content points nowhere:
 * a page's `sources`, a <Cite>/<Figure>/<Term>/<MeasureStatus> id, an element's controls,
 * an event's measures, a figure's source… See src/lib/integrity/check.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertIntegrity } from '../lib/integrity/check';

export default function sourceIntegrity(): AstroIntegration {
	return {
		name: 'rare-earths:source-integrity',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				assertIntegrity(root);
				logger.info('Every source, figure, term and measure id resolves.');
			},
		},
	};
}
