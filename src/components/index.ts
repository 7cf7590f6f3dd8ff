/**
 * The one place MDX pages import components from: `import { Cite } from '~/components';`.
 * The content check allows imports from this module only. Every component here escapes its string props
 * (Astro escapes {expressions}; none uses set:html on a prop).
 */
export { default as Cite } from './Cite.astro';
export { default as Figure } from './Figure.astro';
export { default as Term } from './Term.astro';
export { default as MeasureStatus } from './MeasureStatus.astro';
export { default as Period } from './Period.astro';
export { default as ControlItems } from './ControlItems.astro';
export { default as ControlCount } from './ControlCount.astro';
export { default as Claim } from './Claim.astro';
export { default as StatusTable } from './StatusTable.astro';
export { default as StatusList } from './StatusList.astro';
export { default as StatusGroups } from './StatusGroups.astro';
export { default as StatusBadge } from './StatusBadge.astro';
// Starlight's components that render no prop as HTML and copy no prop onto an element, as they are.
export { Aside, CardGrid, Steps, Tabs, TabItem } from '@astrojs/starlight/components';
// Starlight's Card, LinkCard and Badge render props as HTML or copy any prop onto an element: wrapped so they do not.
export { default as Card } from './Card.astro';
export { default as LinkCard } from './LinkCard.astro';
export { default as Badge } from './Badge.astro';
export { default as ThresholdCalculator } from './ThresholdCalculator.astro';
export { default as Timeline } from './Timeline.astro';
export { default as BarChart } from './BarChart.astro';
export { default as PeriodicTable } from './PeriodicTable.astro';
export { default as Comparison } from './Comparison.astro';
export { default as Glossary } from './Glossary.astro';
export { default as SourceList } from './SourceList.astro';
export { default as DataDownloads } from './DataDownloads.astro';
export { default as ChangeLog } from './ChangeLog.astro';
export { default as SearchButton } from './SearchButton.astro';
export { default as DatesToWatch } from './DatesToWatch.astro';
