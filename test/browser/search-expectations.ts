/** Queries a reader or student might type, and the page that should answer each. */
export interface SearchExpectation {
	query: string;
	/** URL path of the page that should come up (without the base path). */
	expected: string;
	/** It must be among this many first results. */
	within: number;
}

export const SEARCH_EXPECTATIONS: SearchExpectation[] = [
	// The status tracker lists where each measure stands; the home page answers "are the controls in force?".
	{ query: 'status of each measure', expected: '/rules/status-tracker/', within: 1 },
	{ query: 'are the export controls in force', expected: '/', within: 3 },
	// China's rules (issue 4): the page that explains each appears first or second.
	{ query: '0.1%', expected: '/rules/point-one-percent-rule/', within: 2 },
	{ query: 'Announcement 61', expected: '/rules/point-one-percent-rule/', within: 2 },
	{ query: 'Busan', expected: '/rules/suspension-and-busan/', within: 2 },
	// Claims checked (issue 13): a reader asking the headline question finds the page that checks it.
	{ query: 'is china banning rare earths', expected: '/reference/claims-checked/', within: 3 },
	// The mirror (issue 5).
	{ query: 'Foreign Direct Product Rule', expected: '/mirror/us-controls/', within: 2 },
	{ query: 'de minimis', expected: '/mirror/us-controls/', within: 2 },
	{ query: 'Entity List', expected: '/mirror/us-controls/', within: 2 },
];
