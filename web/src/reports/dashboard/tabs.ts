/** The tabs of a period for reviewers; the open one lives in the URL (`?tab=`), so a link, a reload and the back button keep it. */
export const PERIOD_TABS = ['overview', 'dashboard', 'needs'] as const;
export type PeriodTab = (typeof PERIOD_TABS)[number];

export const periodTabSearch = (tab: PeriodTab) => (tab === 'overview' ? '' : `?tab=${tab}`);

export const periodTabOf = (value: string | null): PeriodTab => ((PERIOD_TABS as readonly string[]).includes(value ?? '') ? (value as PeriodTab) : 'overview');
