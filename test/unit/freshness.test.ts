/**
 * `npm run freshness`, the maintainers' report: for a given SITE_DATE it lists each measure whose last
 * status period has ended with no newer record and each measure last verified more than 90 days before,
 * with the file, the line, what to look for and what to change; it exits 0 whatever it finds.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/integrity/load';
import { freshnessItems } from '../../src/lib/freshness';
import { freshnessReport } from '../../src/lib/freshness-report';
import { root } from '../support/dist';

const fixture = join(root, 'test/fixtures/content-check');

function run(siteDate: string, contentRoot = fixture) {
	return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/freshness.ts'), '--root', contentRoot], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, SITE_DATE: siteDate },
	});
}

describe('npm run freshness', () => {
	it('reports an ended period and an old lastVerified date with file, line and what to look for, and exits 0', () => {
		const r = run('2026-11-22');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('Freshness report for 22 November 2026 (2026-11-22): 1 status period ended with no newer record; 1 measure last verified more than 90 days ago.');
		expect(r.stdout).toMatch(/^- content\/measures\/stale-measure\.yaml:\d+ — No\. 70 \(2025\), Announcement No\. 70 of 2025: the recorded period "in force until 10 November 2026" ended 12 days ago/m);
		expect(r.stdout).toContain('Look for: a notice from MOFCOM, or a dated report, on what happened to “Announcement No. 70 of 2025” after 10 November 2026');
		expect(r.stdout).toContain('npm run new -- status --measure stale-measure');
		expect(r.stdout.match(/^- content\/measures\/stale-measure\.yaml:\d+ — /gm)).toHaveLength(2);
		expect(r.stdout).not.toContain('fresh-measure.yaml');
	});

	it('reports nothing for a day before the end date, when the measure was recently verified', () => {
		const r = run('2025-12-01');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('0 status periods ended with no newer record; 0 measures last verified more than 90 days ago.');
		expect(r.stdout.match(/^- none$/gm)).toHaveLength(2);
	});

	it('stops with a message, not a stack trace, when SITE_DATE is not a date', () => {
		const r = run('29/11/2026');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('SITE_DATE="29/11/2026" must be YYYY-MM-DD.');
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('the freshness report for the site on 29 November 2026', () => {
	const tree = loadContent(root);
	const items = freshnessItems(tree, '2026-11-29');
	const ended = items.filter((i) => i.kind === 'ended').map((i) => i.id);

	it('lists both Chinese suspensions and the US pause, whose end dates have passed', () => {
		for (const id of ['cn-2025-55', 'cn-2025-56', 'cn-2025-57', 'cn-2025-58', 'cn-2025-61', 'cn-2025-62', 'cn-2025-70', 'cn-2025-72', 'cn-2024-46', 'us-2025-09-29-affiliates-rule']) {
			expect(ended, id).toContain(id);
		}
		expect(ended).not.toContain('cn-2025-18');
	});

	it('lists none of them on 1 November 2026, before the first end date', () => {
		expect(freshnessItems(tree, '2026-11-01').filter((i) => i.kind === 'ended')).toEqual([]);
	});

	it('names every listed file as it is on disk', () => {
		const text = freshnessReport(tree, '2026-11-29').text;
		for (const item of items) expect(text).toContain(`- ${item.file}:${item.line} — `);
	});
});
