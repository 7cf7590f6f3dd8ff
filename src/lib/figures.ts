/** How a headline number is written in prose: "about 69%", "270,000 tonnes REO". */
import type { Figure } from '../schemas/figures';

const UNIT_SUFFIX: Record<Figure['unit'], (v: string) => string> = {
	percent: (v) => `${v}%`,
	tonnes: (v) => `${v} tonnes`,
	'tonnes REO': (v) => `${v} tonnes REO`,
	kg: (v) => `${v} kg`,
	'USD/kg': (v) => `US$${v} per kg`,
	count: (v) => v,
};

export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'approx'>): string {
	const number = figure.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
	return `${figure.approx ? 'about ' : ''}${UNIT_SUFFIX[figure.unit](number)}`;
}
