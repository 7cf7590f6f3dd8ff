import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { assertIntegrity, checkCodeReferences, checkIntegrity } from '../../src/lib/integrity/check';
import { loadContent } from '../../src/lib/integrity/load';

const fixture = fileURLToPath(new URL('../fixtures/broken-references/', import.meta.url));
const project = fileURLToPath(new URL('../../', import.meta.url));

describe('content integrity', () => {
	it('names the file, the field and the missing id for every broken reference', () => {
		const messages = checkIntegrity(loadContent(fixture)).map((p) => p.message).sort();
		expect(messages).toEqual(
			[
				'content/docs/cites-missing.mdx:3: sources[1] refers to "no-such-source", which is not a source id. Fix the id, or add content/sources/no-such-source.yaml.',
				'content/docs/cites-missing.mdx:11: <Cite id> refers to "no-such-source", which is not a source id. Fix the id, or add content/sources/no-such-source.yaml.',
				'content/elements/samarium.yaml: controls[1] refers to "cn-2099-1", which is not a measure id. Fix the id, or add content/measures/cn-2099-1.yaml.',
				'content/events/2025-04-04-no-18.yaml: measures[0] refers to "cn-2025-81", which is not a measure id. Fix the id, or add content/measures/cn-2025-81.yaml.',
				'content/figures/china-share.yaml: source refers to "usgs-missing", which is not a source id. Fix the id, or add content/sources/usgs-missing.yaml.',
			].sort(),
		);
	});

	it('throws one error listing them all', () => {
		expect(() => assertIntegrity(fixture)).toThrow(/Content integrity check failed \(\d+ problems\)[\s\S]*no-such-source[\s\S]*<PeriodicTable> \(an id in code\)/);
	});

	it('passes on the real site', () => {
		expect(checkIntegrity(loadContent(project)).map((p) => p.message)).toEqual([]);
		expect(checkCodeReferences(loadContent(project)).map((p) => p.message)).toEqual([]);
	});

	it('checks ids written in component code against the content', () => {
		const messages = checkCodeReferences(loadContent(fixture)).map((p) => p.message);
		expect(messages).toContain('src/lib/component-refs.ts: <PeriodicTable> (an id in code) refers to "cn-2025-57", which is not a measure id. Fix the id, or add content/measures/cn-2025-57.yaml.');
	});
});

describe('element facts', () => {
	const source = (id: string, reliability: string) => ({ collection: 'sources' as const, id, file: `content/sources/${id}.yaml`, data: { reliability } });
	const element = (uses: { text: string; sources: string[] }[]) => ({
		collection: 'elements' as const,
		id: 'xenonium',
		file: 'content/elements/xenonium.yaml',
		data: { uses, mined: { text: 'Mined.', sources: ['usgs'] }, separated: { text: 'Separated.', sources: ['usgs'] } },
	});
	const tree = (uses: { text: string; sources: string[] }[]) => ({
		root: '/',
		pages: [],
		parseErrors: [],
		data: [source('usgs', 'primary'), source('trader', 'aggregator'), element(uses)],
	});

	it('refuse a fact that rests on aggregator sources alone, naming the file and the field', () => {
		const messages = checkIntegrity(tree([{ text: 'a use', sources: ['trader'] }])).map((p) => p.message);
		expect(messages).toEqual([
			'content/elements/xenonium.yaml: uses[0] rests only on aggregator sources (trader), which cannot carry a fact on their own. Add a source of another reliability, or remove the fact.',
		]);
	});

	it('accept an aggregator alongside a better source', () => {
		expect(checkIntegrity(tree([{ text: 'a use', sources: ['trader', 'usgs'] }]))).toEqual([]);
	});
});
