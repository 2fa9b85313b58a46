import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import type { PlanDetail } from './types';

type PlanImport = PlanDetail['imports'][number];

/** The documents this plan was imported from, newest first as the server lists them. */
export function PlanImportsTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const columns: Column<PlanImport>[] = [
    { key: 'fileName', header: t('plans.imports.fileName'), render: (i) => i.fileName, sortValue: (i) => i.fileName },
    { key: 'appliedAt', header: t('plans.imports.appliedAt'), render: (i) => <DateText value={i.appliedAt} withTime />, sortValue: (i) => i.appliedAt, nowrap: true },
    { key: 'by', header: t('plans.imports.by'), render: (i) => i.by ?? t('audit.system'), sortValue: (i) => i.by },
  ];
  return (
    <DataTable
      caption={t('plans.tabs.imports')}
      columns={columns}
      rows={plan.imports}
      rowKey={(i) => i.id}
      loading={false}
      error={null}
      emptyTitle={t('plans.imports.none')}
    />
  );
}
