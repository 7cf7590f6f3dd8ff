/**
 * The measures grouped the way readers think about them: by who issued them, then by package. The status tracker
 * shows one group per block, with a link to jump to each; the home page shows the groups marked `home`.
 * Every measure in content/measures/ belongs to exactly one group (checked by test/unit/measure-groups.test.ts),
 * so a new measure needs a line here too.
 */

export interface MeasureGroup {
	/** Anchor on the status tracker: /rules/status-tracker/#<id>. */
	id: string;
	/** Who issued the measures: a jurisdiction code as in the measures schema, or "allies" for several. */
	jurisdiction: 'CN' | 'US' | 'allies';
	/** The group's name in plain words, as a reader would call it. */
	name: string;
	/** The group's name in Chinese, for the Chinese edition (/zh-cn/). */
	zh: string;
	/** Ids of the measures in the group (content/measures/). */
	measures: string[];
	/**
	 * The measures whose status is the group's status (for example the six October announcements, not No. 70 that
	 * suspended them). Defaults to all of `measures`.
	 */
	headline?: string[];
	/** The page that explains the group. */
	page: string;
	/** Shown on the home page, in this order (1 first). */
	home?: number;
}

export const JURISDICTION_NAMES: Record<MeasureGroup['jurisdiction'], string> = {
	CN: 'China',
	US: 'United States',
	allies: 'US allies',
};

/** The same names in Chinese, for the Chinese edition. */
export const JURISDICTION_NAMES_ZH: Record<MeasureGroup['jurisdiction'], string> = {
	CN: '中国',
	US: '美国',
	allies: '美国的盟友',
};

export const MEASURE_GROUPS: MeasureGroup[] = [
	{
		id: 'cn-october-2025',
		jurisdiction: 'CN',
		name: 'The October 2025 package of six',
		zh: '2025年10月的六份公告',
		measures: ['cn-2025-55', 'cn-2025-56', 'cn-2025-57', 'cn-2025-58', 'cn-2025-61', 'cn-2025-62', 'cn-2025-70'],
		headline: ['cn-2025-55', 'cn-2025-56', 'cn-2025-57', 'cn-2025-58', 'cn-2025-61', 'cn-2025-62'],
		page: '/rules/october-2025/',
		home: 2,
	},
	{
		id: 'cn-april-2025',
		jurisdiction: 'CN',
		name: 'The April 2025 controls on seven rare earths',
		zh: '2025年4月对七种稀土的管制',
		measures: ['cn-2025-18'],
		page: '/rules/april-2025/',
		home: 1,
	},
	{
		id: 'cn-us-bans',
		jurisdiction: 'CN',
		name: 'The US-facing bans of No. 46',
		zh: '第46号公告中针对美国的禁令',
		measures: ['cn-2024-46', 'cn-2025-72'],
		headline: ['cn-2024-46'],
		page: '/rules/suspension-and-busan/',
		home: 3,
	},
	{
		id: 'cn-japan-2026',
		jurisdiction: 'CN',
		name: 'The 2026 ban on Japanese military users',
		zh: '2026年对日本军事用户的禁令',
		measures: ['cn-2026-1'],
		page: '/rules/how-it-works/',
	},
	{
		id: 'cn-earlier-minerals',
		jurisdiction: 'CN',
		name: 'Earlier controls on other minerals and on technology',
		zh: '此前对其他矿产和技术的管制',
		measures: ['cn-2024-33', 'cn-2023-technology-catalogue', 'cn-2023-graphite', 'cn-2023-23'],
		page: '/rules/technology-controls/',
	},
	{
		id: 'cn-legal-basis',
		jurisdiction: 'CN',
		name: 'The law and regulation behind them',
		zh: '这些措施背后的法律和条例',
		measures: ['cn-dual-use-regulation-2024', 'cn-export-control-law-2020'],
		page: '/rules/how-it-works/',
	},
	{
		id: 'us-rules',
		jurisdiction: 'US',
		name: 'The US chip rules and the Affiliates Rule',
		zh: '美国芯片规则和关联公司规则',
		measures: ['us-2025-11-10-affiliates-suspension', 'us-2025-09-29-affiliates-rule', 'us-2024-12-02-fdp-rule-additions', 'us-2023-10-17-updates', 'us-2022-10-07-advanced-computing'],
		headline: ['us-2025-09-29-affiliates-rule', 'us-2024-12-02-fdp-rule-additions', 'us-2023-10-17-updates', 'us-2022-10-07-advanced-computing'],
		page: '/mirror/us-controls/',
		home: 4,
	},
	{
		id: 'us-earlier',
		jurisdiction: 'US',
		name: 'Earlier US rules',
		zh: '美国此前的规则',
		measures: ['us-2025-01-ai-diffusion', 'us-2021-03-military-intelligence-end-use', 'us-2020-08-huawei-fdp-rule-expansion', 'us-2020-05-huawei-fdp-rule', 'us-ecra-2018'],
		page: '/mirror/us-controls/',
	},
	{
		id: 'allied-equipment',
		jurisdiction: 'allies',
		name: 'Dutch and Japanese chip-equipment controls',
		zh: '荷兰和日本的芯片设备管制',
		measures: ['nl-2024-09-07-duv-expansion', 'nl-2023-09-01-duv-controls', 'jp-2023-07-23-equipment-controls'],
		page: '/mirror/us-controls/',
	},
];

/** The groups the home page shows, in order. */
export const HOME_GROUPS = MEASURE_GROUPS.filter((g) => g.home !== undefined).sort((a, b) => a.home! - b.home!);

/** The group a measure belongs to. */
export function groupOf(measureId: string): MeasureGroup | undefined {
	return MEASURE_GROUPS.find((g) => g.measures.includes(measureId));
}
