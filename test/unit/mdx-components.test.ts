import { describe, expect, it } from 'vitest';
import { componentUses } from '../../src/lib/mdx-components';

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

describe('componentUses', () => {
	it('finds components with their literal props and line numbers, skipping code', () => {
		expect(componentUses(page)).toEqual([
			{ name: 'Cite', props: { id: 'iea-gcmo-2024' }, line: 6 },
			{ name: 'Figure', props: { id: 'china-mining-share' }, line: 6 },
			{ name: 'Term', props: { id: 'ndfeb' }, line: 12 },
			{ name: 'MeasureStatus', props: { id: 'cn-2025-70' }, line: 12 },
		]);
	});
});
