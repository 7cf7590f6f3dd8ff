/**
 * Every HTML page in the build is valid, well-formed HTML by html-validate's recommended rules, relaxed only
 * where Starlight's own markup needs it (each relaxation is explained in .htmlvalidate.mjs).
 */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { htmlFiles, readDist, requireDist } from '../support/dist';
import config from '../../.htmlvalidate.mjs';

requireDist();
const validator = new HtmlValidate(config as unknown as ConfigData);
const files = htmlFiles();

describe('html-validate over dist/', () => {
	it('finds pages to check', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files)('%s is valid HTML', async (file) => {
		const report = await validator.validateString(readDist(file), file);
		const messages = report.results.flatMap((r) =>
			r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (at ${m.selector ?? '?'})`),
		);
		expect(messages, `html-validate on ${file} (rules: https://html-validate.org/rules/<rule>.html)`).toEqual([]);
	});
});
