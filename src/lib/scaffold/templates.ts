/**
 * What `npm run new` writes: a page or a data entry with every required field, each with a comment saying
 * what goes there, and FILL-IN wherever the contributor must write something (the content check fails on
 * any FILL-IN left outside comments). Optional fields are included as comments to uncomment. Each template
 * comes with the instructions the command prints. Pure functions: src/cli/new.ts does the writing.
 */
import { PLACEHOLDER as F } from './placeholder';

export interface Scaffold {
	/** Path relative to the project root. */
	file: string;
	text: string;
	/** What the contributor must fill in, one step per line, printed after the file is written. */
	steps: string[];
}

export const SECTIONS = ['start', 'basics', 'supply-chain', 'rules', 'mirror', 'impacts', 'reference', 'contribute'] as const;

const yamlString = (s: string) => JSON.stringify(s);
export const slugify = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

const CHECK_STEP = 'Run `npm run check`: it lists every FILL-IN left and anything else to fix, with file and line. Then run `npm test`.';

export function pageScaffold(o: { section: string; slug: string; title: string; today: string }): Scaffold {
	const text = `---
# Made with npm run new. Replace every ${F} (comments may stay), then run npm run check.
title: ${yamlString(o.title)} # the page title: plain words, no jargon
description: "${F}: one sentence, under 160 characters, saying what the page explains."
lastReviewed: ${o.today} # the date you last checked every fact on the page against its sources
summary: # the "In short" box: two to four plain points, no components, no numbers that are not cited below
  - "${F}: the first thing a reader should take away."
  - "${F}: the second thing a reader should take away."
sidebar:
  order: 50 # position within the section: 1 comes first
---

import { Cite, Figure, Term, MeasureStatus } from '~/components';

{/* Write in plain language and in your own words. Put <Cite id="source-id" /> after each factual sentence,
use <Figure id="figure-id" /> for every statistic, <Term id="term-id">words</Term> for the first use of a
term of art, and <MeasureStatus id="measure-id" /> for the status of a measure (never "is in force" without
"as of <date>"). Explain what rules say, not what anyone should do. The reference list is added for you. */}

${F}: the first factual sentence of the page, in plain words.<Cite id="${F}-source-id" />

## ${F}: a heading that says what this part answers

${F}: more sentences, each followed by its citation.<Cite id="${F}-source-id" />
`;
	return {
		file: `content/docs/${o.section}/${o.slug}.mdx`,
		text,
		steps: [
			'description: one sentence under 160 characters saying what the page explains.',
			'summary: two to four "In short" points in plain words (no components).',
			'The body: replace each FILL-IN sentence with your own words, a source id in each <Cite id="…" /> (a file name in content/sources/ without .yaml; add one with `npm run new -- source`), and a real heading.',
			'lastReviewed: keep today\'s date only if you checked every fact against its sources today.',
			CHECK_STEP,
		],
	};
}

export function sourceScaffold(o: { id: string }): Scaffold {
	return {
		file: `content/sources/${o.id}.yaml`,
		text: `# Made with npm run new. Replace every ${F} (comments may stay), then run npm run check.
# The file name is the id pages cite: <Cite id="${o.id}" />. Ids: publisher or author, topic, date.
title: "${F}: the title exactly as the work gives it, in its own language"
publisher: "${F}: the agency, journal, firm or outlet that published it"
published: "${F}" # YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the work is dated
url: "https://${F}.example" # where a reader can find it; prefer the official page
kind: ${F} # official (law, announcement, government statement), data (statistics), analysis (think tank, law firm, scholar) or news
reliability: ${F} # primary (the official text or data), corroborated (agreed by other sources), single (one secondary source) or aggregator (a repost)
# author: "Named author(s), if the work names any"
# language: zh # ISO 639-1 code of the text at url, when it is not English
# translation: unofficial # when the text at url is a translation: official or unofficial
# accessed: "YYYY-MM-DD" # only if you read the page at url yourself
# archiveUrl: "https://web.archive.org/…" # a stable archived copy
# note: "Anything a reader should know: a copy, a translation, a summary of another work, disputed"
`,
		steps: [
			'title, publisher, published and url: copy them exactly from the work.',
			'kind: official, data, analysis or news.',
			'reliability: primary, corroborated, single or aggregator (see /reference/method/).',
			'Optional fields are commented out: remove the # in front of any you need.',
			CHECK_STEP,
		],
	};
}

export function figureScaffold(o: { id: string }): Scaffold {
	return {
		file: `content/figures/${o.id}.yaml`,
		text: `# Made with npm run new. Replace every ${F} (comments may stay), then run npm run check.
# Pages show this number with <Figure id="${o.id}" />; never type the number in prose.
value: ${F} # the number itself, in unit, e.g. 69
unit: ${F} # percent, tonnes, tonnes REO, kg, USD/kg or count
approx: false # true when the source says "about" or "roughly"
label: "${F}: what the number measures, in plain words"
stage: ${F} # mining, separation, refining, metal, magnets, production, reserves, trade, content or other
year: ${F} # the year the data describe, not the year of publication
source: ${F}-source-id # the id (file name) of the source in content/sources/ the number comes from
# edition: "Mineral Commodity Summaries 2026" # the edition of the publication
# conflictsWith: [other-figure-id] # figures that measure the same thing differently
# note: "Why it differs from conflicting figures, or any caveat a reader should know"
`,
		steps: [
			'value, unit, year: as the source gives them (approx: true if it says "about").',
			'label and stage: what the number measures, in plain words, and which part of the story it belongs to.',
			'source: the id of an entry in content/sources/ (add one with `npm run new -- source`).',
			CHECK_STEP,
		],
	};
}

export function termScaffold(o: { id: string }): Scaffold {
	return {
		file: `content/terms/${o.id}.yaml`,
		text: `# Made with npm run new. Replace every ${F} (comments may stay), then run npm run check.
# Pages link the first use of the term with <Term id="${o.id}">words</Term>.
term: "${F}: the term as readers meet it, e.g. de minimis rule"
short: "${F}: a one-sentence plain definition, under 200 characters"
sources: [${F}-source-id] # ids of sources in content/sources/ that define or explain it
# aliases: ["Other name", "ABBR"]
# note: "A longer explanation for the glossary page"
# related: [other-term-id]
# page: "/section/page/" # the page that explains the term fully
`,
		steps: [
			'term and short: the term and a one-sentence definition in plain words.',
			'sources: the ids of the sources the definition rests on.',
			CHECK_STEP,
		],
	};
}

export function eventScaffold(o: { id: string }): Scaffold {
	return {
		file: `content/events/${o.id}.yaml`,
		text: `# Made with npm run new. Replace every ${F} (comments may stay), then run npm run check.
# One dated entry on the timeline. File names start with the date, e.g. 2025-04-04-announcement-18.yaml.
date: "${F}" # YYYY, YYYY-MM or YYYY-MM-DD, as precisely as sources allow
title: "${F}: what happened, in one short plain sentence"
jurisdiction: ${F} # CN, US, NL, JP, EU, AU or multilateral
sources: [${F}-source-id] # ids of sources in content/sources/ that report it
# detail: "One or two more sentences of context"
# measures: [cn-2025-18] # ids of the measures in content/measures/ it concerns
`,
		steps: [
			'date, title and jurisdiction: when it happened, what happened, who acted.',
			'sources: the ids of the sources that report it.',
			CHECK_STEP,
		],
	};
}

/** A new status period, to add at the end of a measure's statusHistory (measures record their history; nothing is overwritten). */
export function statusPeriodYaml(): string {
	return `  - status: ${F} # announced, in-force, partly-in-force, suspended, partly-suspended, lifted or superseded
    from: "${F}" # YYYY-MM-DD, the first day this status applied
    sources: [${F}-source-id] # ids of the sources that confirm it
    # until: "YYYY-MM-DD" # only if a text fixes the last day, e.g. a suspension "until 10 November 2026"
    # by: measure-id # the measure that brought this status about, e.g. the announcement that suspended it
    # detail: "One sentence on what this period means"
`;
}

/** Inserts a status period at the end of statusHistory and marks lastVerified to be updated. */
export function addStatusPeriod(measureYaml: string, measureId: string): Scaffold {
	const lines = measureYaml.split('\n');
	const start = lines.findIndex((l) => /^statusHistory:/.test(l));
	if (start < 0) throw new Error(`content/measures/${measureId}.yaml has no statusHistory: field.`);
	let end = start + 1;
	while (end < lines.length && (lines[end]!.startsWith(' ') || lines[end]!.trim() === '')) end++;
	while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
	const period = statusPeriodYaml().replace(/\n$/, '').split('\n');
	lines.splice(end, 0, ...period);
	const text = lines
		.join('\n')
		.replace(/^lastVerified:.*$/m, `lastVerified: "${F}" # YYYY-MM-DD: the latest date a source confirmed the status`);
	return {
		file: `content/measures/${measureId}.yaml`,
		text,
		steps: [
			'status and from: the new status and the first day it applied (add until only if a text fixes the last day).',
			'sources: the ids of the sources that confirm it.',
			'lastVerified: the latest date on which a source confirmed this status.',
			CHECK_STEP,
		],
	};
}
