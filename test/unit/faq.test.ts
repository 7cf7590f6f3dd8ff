import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { componentUses } from '../../src/lib/mdx-components';

const faq = readFileSync(new URL('../../content/docs/reference/faq.mdx', import.meta.url), 'utf8');
/** Each "## Question" with the text up to the next heading or rule. */
const entries = faq
	.split(/^## /m)
	.slice(1)
	.map((chunk) => {
		const [question, ...rest] = chunk.split('\n');
		return { question: question!.trim(), body: rest.join('\n').split(/^---$/m)[0]! };
	});

describe('FAQ', () => {
	it('has at least 15 questions, each phrased as a question', () => {
		expect(entries.length).toBeGreaterThanOrEqual(15);
		for (const e of entries) expect(e.question, e.question).toMatch(/\?$/);
	});

	it('answers each question with at least one source and a link to the full page', () => {
		for (const e of entries) {
			const cites = componentUses(e.body).filter((r) => r.name === 'Cite' || r.name === 'Figure');
			expect(cites.length, `"${e.question}" cites nothing`).toBeGreaterThan(0);
			expect(e.body, `"${e.question}" links to no page`).toMatch(/\]\(\/[a-z0-9/-]+\/(#[a-z0-9-]+)?\)/);
		}
	});

	it('never states a current status in its own words: statuses come from <MeasureStatus>', () => {
		expect(componentUses(faq).filter((r) => r.name === 'MeasureStatus').length).toBeGreaterThanOrEqual(4);
		expect(faq).not.toMatch(/\b(is|are) (currently |still )?(suspended|in force)\b/i);
	});
});
