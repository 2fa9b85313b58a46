import { Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { useUrlFilters } from '../ui/useUrlFilters';
import { measureListQuery } from './api';
import { ExportButtons } from './ExportButtons';
import { trimCode } from './format';
import { MeasureTable } from './MeasureTable';
import { periodFilterOptions, roleFilterOptions } from './measureFilters';
import type { PlanDetail } from './types';

const FILTER_KEYS = ['q', 'organisationId', 'section', 'period', 'role'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

export function PlanMeasuresTab({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(measureListQuery({ planId: plan.id, ...url.filters }));
  const data = query.data;

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('filters.search'), type: 'text', search: true },
    {
      key: 'organisationId',
      label: t('plans.filter.organisation'),
      type: 'custom',
      render: (value, onChange) => <OrganisationSelect label={t('plans.filter.organisation')} value={value} onChange={onChange} clearable w={240} />,
    },
    {
      key: 'section',
      label: t('plans.filter.section'),
      type: 'select',
      options: plan.sections.map((s) => ({ value: s.code, label: `${trimCode(s.code)}. ${s.title}` })),
    },
    { key: 'period', label: t('plans.measure.period'), type: 'select', options: periodFilterOptions(t) },
    { key: 'role', label: t('plans.filter.role'), type: 'select', options: roleFilterOptions(t) },
  ];

  return (
    <Stack gap="sm">
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {data ? t('plans.measures.count', { count: data.total }) : ' '}
        </Text>
        <Group gap="xs">
          <ExportButtons planId={plan.id} />
        </Group>
      </Group>
      <MeasureTable
        caption={t('plans.measures.caption', { title: plan.title })}
        measures={data?.items}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('plans.measures.none')}
        emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
        query={url.filters.q}
        groupOf={(m) => ({ key: m.section.code, label: `${trimCode(m.section.code)}. ${m.section.title}` })}
      />
    </Stack>
  );
}
