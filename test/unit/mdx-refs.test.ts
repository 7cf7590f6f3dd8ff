import { describe, expect, it } from 'vitest';
import { findRefs } from '../../src/lib/mdx-refs';

const page = `---
title: T
---
import { Cite } from '~/components';

China refines most rare earths.<Cite id="iea-gcmo-2024" /> It mines <Figure id="china-mining-share" />.

\`\`\`mdx
<Cite id="shown-as-an-example" />
\`\`\`

Use \`<Cite id="inline-example"/>\` to cite. A <Term id="ndfeb">magnet</Term> and <MeasureStatus id='cn-2025-70' />.
`;

describe('findRefs', () => {
	it('finds component ids with their line numbers, skipping code', () => {
		expect(findRefs(page)).toEqual([
			{ component: 'Cite', id: 'iea-gcmo-2024', line: 6 },
			{ component: 'Figure', id: 'china-mining-share', line: 6 },
			{ component: 'Term', id: 'ndfeb', line: 12 },
			{ component: 'MeasureStatus', id: 'cn-2025-70', line: 12 },
		]);
	});
});
