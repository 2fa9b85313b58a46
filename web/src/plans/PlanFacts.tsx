import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../common/src/dates';
import { translateIfKnown } from '../i18n/dynamic';
import { actKindKey, yearSpan } from './format';
import type { Act } from './types';

/** "Prezidentin Sərəncamı № 2173, 22.07.2020": a known kind is translated, another is shown as written. */
export function ActText({ act }: { act: Act | null }) {
  const { t } = useTranslation();
  if (!act) return <span>—</span>;
  const key = actKindKey(act.kind);
  const kind = (key && translateIfKnown(`plans.actKind.${key}`)) || act.kind;
  const values = { kind, number: act.number, date: formatDate(act.date) };
  return <span>{act.date ? t('plans.act', values) : t('plans.actNoDate', values)}</span>;
}

/** The years a plan covers: "2020–2024". */
export function PlanPeriodText({ period }: { period: { from: string; to: string } | null }) {
  return <span>{period ? yearSpan(period.from, period.to) : '—'}</span>;
}
