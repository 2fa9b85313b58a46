import { Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../common/src/roles';
import { translateIfKnown } from '../i18n/dynamic';
import { DataTable, type Column } from '../ui/DataTable';
import { DateText } from '../ui/DateText';
import { accessLogQuery } from './api';
import { EmergencyBadge, PartBadges } from './Badges';
import { Section } from './layout';
import type { AccessLogEntry } from './types';

/** Who looked at or changed the case, from the audit trail; emergency accesses stand out. */
export function AccessLogPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useQuery(accessLogQuery(caseId));
  const items = query.data?.items;
  const emergencies = items?.filter((e) => e.emergency).length ?? 0;

  const columns: Column<AccessLogEntry>[] = [
    { key: 'at', header: t('audit.field.at'), render: (e) => <DateText value={e.at} withTime />, sortValue: (e) => e.at, nowrap: true },
    {
      key: 'action',
      header: t('audit.field.action'),
      render: (e) => (
        <Group gap={6} wrap="nowrap">
          {e.emergency && <EmergencyBadge />}
          <Text span size="sm" fw={e.emergency ? 700 : undefined}>
            {translateIfKnown(`cases.log.action.${e.action.replace(/\./g, '_')}`) ?? e.action}
          </Text>
        </Group>
      ),
      sortValue: (e) => e.action,
    },
    { key: 'user', header: t('audit.field.user'), render: (e) => e.user ?? t('audit.system'), sortValue: (e) => e.user },
    { key: 'organisation', header: t('audit.field.organisation'), render: (e) => e.organisation ?? '—', sortValue: (e) => e.organisation },
    { key: 'role', header: t('audit.field.role'), render: (e) => (e.role && isRole(e.role) ? t(`role.${e.role}`) : (e.role ?? '—')) },
    { key: 'parts', header: t('cases.log.parts'), render: (e) => (e.parts ? <PartBadges parts={e.parts} /> : '—') },
  ];

  return (
    <Section id="access-log" title={t('cases.log.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('cases.log.hint')}
      </Text>
      {emergencies > 0 && (
        <Text size="sm" c="red.9" fw={600} mb="sm" role="status">
          {t('cases.log.emergencies', { count: emergencies })}
        </Text>
      )}
      <DataTable
        caption={t('cases.log.title')}
        columns={columns}
        rows={items}
        rowKey={(e) => e.seq}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={t('cases.log.none')}
      />
    </Section>
  );
}
