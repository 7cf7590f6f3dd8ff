/**
 * The build's page schema (strictDocs in src/schemas/docs.ts, applied to Starlight's schema in
 * src/content.config.ts) refuses unknown keys and Starlight's fields this site does not allow, so a page that
 * skipped the content check still fails the build's own validation.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { strictDocs } from '../../src/schemas/docs';

// The shape of Starlight's page schema, with its defaults (node_modules/@astrojs/starlight/dist/schema.js).
const starlightLike = z.object({
	title: z.string(),
	description: z.string().optional(),
	editUrl: z.union([z.url(), z.boolean()]).optional().default(true),
	head: z.array(z.object({ tag: z.string() })).default([]),
	template: z.enum(['doc', 'splash']).default('doc'),
	hero: z.object({ tagline: z.string().optional() }).optional(),
	banner: z.object({ content: z.string() }).optional(),
	prev: z.any().optional(),
	next: z.any().optional(),
	tableOfContents: z.any().optional(),
	lastUpdated: z.any().optional(),
	pagefind: z.boolean().default(true),
	draft: z.boolean().default(false),
	sidebar: z.object({ order: z.number().optional(), label: z.string().optional(), hidden: z.boolean().default(false), badge: z.any().optional(), attrs: z.record(z.string(), z.any()).default({}) }).default({ hidden: false, attrs: {} }),
});
const schema = strictDocs(starlightLike);
const issues = (data: object) => {
	const r = schema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('strictDocs', () => {
	it('accepts the fields this site uses', () => {
		expect(issues({ title: 'T', description: 'D', sidebar: { order: 2, label: 'L' } })).toEqual([]);
	});

	it('refuses unknown keys such as slug and layout', () => {
		expect(issues({ title: 'T', slug: 'index', layout: './x.js' }).join('\n')).toMatch(/slug[\s\S]*layout|Unrecognized key/);
	});

	it.each([
		['head', { head: [{ tag: 'script' }] }],
		['hero', { hero: { tagline: '<script>' } }],
		['banner', { banner: { content: '<img>' } }],
		['editUrl', { editUrl: 'https://evil.example/' }],
		['template', { template: 'splash' }],
		['sidebar.attrs', { sidebar: { attrs: { onclick: 'x' } } }],
	])('refuses %s', (field, extra) => {
		expect(issues({ title: 'T', ...extra }).some((m) => m.startsWith(`${field}: ${field} is not allowed in pages`))).toBe(true);
	});
});
