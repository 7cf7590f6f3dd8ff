import { describe, expect, it } from 'vitest';
import { absoluteUrl, builtFileOfPath, keyOfFile, keyOfPath, pathOfBuiltFile, pathOfKey, withBase } from '../../src/lib/pages';

describe('one page model: file ↔ key ↔ path ↔ URL', () => {
	it('goes from a content file to its key and path', () => {
		expect(keyOfFile('rules/october-2025.mdx')).toBe('rules/october-2025');
		expect(keyOfFile('content/docs/reference/faq.mdx')).toBe('reference/faq');
		expect(keyOfFile('index.mdx')).toBe('index');
		expect(keyOfFile('rules/index.md')).toBe('rules');
		expect(keyOfFile('Rules/April-2025.mdx')).toBe('rules/april-2025');
		expect(pathOfKey('index')).toBe('/');
		expect(pathOfKey('basics/elements/neodymium')).toBe('/basics/elements/neodymium/');
	});

	it('reads a key back from a URL path, with or without the base', () => {
		expect(keyOfPath('/rare-earths/rules/status-tracker/', '/rare-earths/')).toBe('rules/status-tracker');
		expect(keyOfPath('/rare-earths/', '/rare-earths/')).toBe('index');
		expect(keyOfPath('/rules/x/')).toBe('rules/x');
		for (const key of ['index', 'rules/october-2025', 'basics/elements/terbium']) expect(keyOfPath(pathOfKey(key))).toBe(key);
	});

	it('maps paths to built files and back', () => {
		expect(builtFileOfPath('/')).toBe('index.html');
		expect(builtFileOfPath('/rules/x/')).toBe('rules/x/index.html');
		expect(builtFileOfPath('/changes.xml')).toBe('changes.xml');
		expect(pathOfBuiltFile('rules/x/index.html')).toBe('/rules/x/');
		expect(pathOfBuiltFile('index.html')).toBe('/');
		expect(pathOfBuiltFile('404.html')).toBe('/404.html');
	});

	it('adds the base in one place, and only to root-relative paths', () => {
		expect(withBase('/rules/', '/rare-earths/')).toBe('/rare-earths/rules/');
		expect(withBase('/rare-earths/rules/', '/rare-earths')).toBe('/rare-earths/rules/');
		expect(withBase('https://example.org/x', '/rare-earths/')).toBe('https://example.org/x');
		expect(withBase('//cdn.example/x', '/rare-earths/')).toBe('//cdn.example/x');
		expect(absoluteUrl('/rules/', 'https://example.org', '/rare-earths/')).toBe('https://example.org/rare-earths/rules/');
	});
});
