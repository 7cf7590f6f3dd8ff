/** The names pages may import: whatever src/components/index.ts (the component barrel) exports. */
import { readFileSync } from 'node:fs';

export const BARREL = '~/components';

export function barrelExports(indexTs: string): Set<string> {
	const text = readFileSync(indexTs, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
	const names = new Set<string>();
	for (const m of text.matchAll(/export\s*\{([^}]*)\}/g)) {
		for (const part of m[1]!.split(',')) {
			const name = part.trim().split(/\s+as\s+/).pop()?.trim();
			if (name) names.add(name);
		}
	}
	for (const m of text.matchAll(/export\s+(?:const|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
	return names;
}
