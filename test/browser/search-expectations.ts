/** Queries a reader or student might type, and the page that should answer each. */
export interface SearchExpectation {
	query: string;
	/** URL path of the page that should come up (without the base path). */
	expected: string;
	/** It must be among this many first results. */
	within: number;
}

export const SEARCH_EXPECTATIONS: SearchExpectation[] = [
	{ query: 'status of each measure', expected: '/', within: 3 },
];
