import { describe, expect, it } from 'vitest';
import { headersFile, inlineBlocks, sha256, withMetaPolicy } from '../../src/lib/csp';

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>alert(1)</script><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script><style>p{}</style></head><body></body></html>`;

describe('CSP hashing', () => {
	it('finds executable inline scripts and inline styles only', () => {
		expect(inlineBlocks(page)).toEqual({ scripts: ['alert(1)'], styles: ['p{}'] });
	});

	it('puts the meta right after <meta charset>, allowing the inline script by its sha256 hash', () => {
		const out = withMetaPolicy(page);
		expect(out.indexOf('<meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
		expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256('alert(1)')}`);
		expect(/script-src[^;]*/.exec(out)?.[0]).not.toContain("'unsafe-inline'");
		// Idempotent: a second pass replaces the policy rather than adding another.
		expect(withMetaPolicy(out).match(/content-security-policy/g)).toHaveLength(1);
	});

	it('writes _headers for the base path', () => {
		expect(headersFile('/sub/', [page])).toMatch(/^\/sub\/\*$/m);
	});
});
