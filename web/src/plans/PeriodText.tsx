import { useTranslation } from 'react-i18next';
import { periodText } from './format';
import type { Period } from './types';

/** A measure's period: "2020–2022", "İyun 2004", or the translated "on a regular basis". */
export function PeriodText({ period }: { period: Period | null | undefined }) {
  const { t } = useTranslation();
  const text = periodText(period, t('plans.period.ongoing'));
  if (!text) return <span>—</span>;
  return <span title={period && period.text !== text ? period.text : undefined}>{text}</span>;
}
