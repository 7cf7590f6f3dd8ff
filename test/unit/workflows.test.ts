/**
 * The scheduled workflows, read as YAML: the deploy runs daily as well as on pushes to main, and the
 * freshness alert runs only on a schedule or by hand, with a read-only job for project code and an
 * issues-only job for the issue.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../support/dist';

interface Step {
	uses?: string;
	run?: string;
}
interface Job {
	permissions?: Record<string, string>;
	steps: Step[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}
const workflow = (name: string) => parse(readFileSync(join(root, '.github/workflows', name), 'utf8')) as Workflow;
const CRON = /^(\S+\s+){4}\S+$/;

describe('deploy.yml', () => {
	const deploy = workflow('deploy.yml');

	it('runs every day on a schedule, as well as on pushes to main', () => {
		const schedule = deploy.on['schedule'] as { cron: string }[];
		expect(schedule).toHaveLength(1);
		expect(schedule[0]!.cron).toMatch(CRON);
		// Day of month, month and day of week are all "*": once a day.
		expect(schedule[0]!.cron.split(/\s+/).slice(2)).toEqual(['*', '*', '*']);
		expect(deploy.on['push']).toEqual({ branches: ['main'] });
	});

	it('keeps a read-only token for the build and gives Pages rights only to the deploy job', () => {
		expect(deploy.permissions).toEqual({ contents: 'read' });
		expect(deploy.jobs['build']!.permissions).toEqual({ contents: 'read' });
		expect(deploy.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	});
});

describe('freshness.yml', () => {
	const freshness = workflow('freshness.yml');

	it('runs daily on a schedule or by hand, never on pull requests', () => {
		expect(Object.keys(freshness.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
		const schedule = freshness.on['schedule'] as { cron: string }[];
		expect(schedule[0]!.cron.split(/\s+/).slice(2)).toEqual(['*', '*', '*']);
	});

	it('runs project code with a read-only token, and writes the issue with only issues: write', () => {
		expect(freshness.permissions).toEqual({ contents: 'read' });
		const { report, issue } = freshness.jobs;
		expect(report!.permissions).toEqual({ contents: 'read' });
		expect(report!.steps.some((s) => s.run?.includes('npm run --silent freshness'))).toBe(true);
		expect(issue!.permissions).toEqual({ issues: 'write' });
		expect(issue!.steps.every((s) => !s.uses), 'the issue job checks nothing out and uses no action').toBe(true);
		expect(issue!.steps.map((s) => s.run ?? '').join('\n')).not.toMatch(/\bnpm\b|\bnode\b|\bnpx\b/);
	});

	it('pins every action to a full commit SHA', () => {
		const uses = Object.values(freshness.jobs).flatMap((j) => j.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
		expect(uses.length).toBeGreaterThan(0);
		for (const u of uses) expect(u, u).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
	});
});
