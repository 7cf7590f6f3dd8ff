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

/**
 * The same in Chinese: "约69%", "27万吨（稀土氧化物当量）", "约50万". Large tonnages and counts in 万 (ten thousand),
 * as Chinese writers do, with as many decimals as the value needs (62,585 t is 6.2585万吨, not a rounded 6.26万吨).
 */
const UNIT_SUFFIX_ZH: Record<Figure['unit'], (v: string) => string> = {
	percent: (v) => `${v}%`,
	tonnes: (v) => `${v}吨`,
	'tonnes REO': (v) => `${v}吨（稀土氧化物当量）`,
	kg: (v) => `${v}千克`,
	'USD/kg': (v) => `每千克${v}美元`,
	count: (v) => v,
};

/** A number as the Chinese text writes it: tonnages and counts of 10,000 or more in 万 ("27万"), others as they are. */
export function zhNumber(value: number, unit: Figure['unit']): string {
	if ((unit === 'tonnes' || unit === 'tonnes REO' || unit === 'count') && Math.abs(value) >= 10_000) {
		return `${(value / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 6, useGrouping: false })}万`;
	}
	return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'approx'>, locale: 'en' | 'zh-cn' = 'en'): string {
	if (locale === 'zh-cn') return `${figure.approx ? '约' : ''}${UNIT_SUFFIX_ZH[figure.unit](zhNumber(figure.value, figure.unit))}`;
	const number = figure.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
	return `${figure.approx ? 'about ' : ''}${UNIT_SUFFIX[figure.unit](number)}`;
}
