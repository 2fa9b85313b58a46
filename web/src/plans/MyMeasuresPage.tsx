import { Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { organisationName } from '../organisations/names';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { useUrlFilters, type UrlFilters } from '../ui/useUrlFilters';
import { measureListQuery } from './api';
import { trimCode } from './format';
import { MeasureTable } from './MeasureTable';
import { FILTER_ROLES, periodFilterOptions } from './measureFilters';
import type { Measure } from './types';
import { usePlanNames } from './usePlanNames';

const FILTER_KEYS = ['planId', 'period', 'q'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Role = (typeof FILTER_ROLES)[number];

function RoleGroup({ role, url }: { role: Role; url: UrlFilters<FilterKey> }) {
  const { t } = useTranslation();
  const plans = usePlanNames();
  const query = useQuery(measureListQuery({ ...url.filters, mine: true, role }));
  const headingId = `my-measures-${role}`;
  const groupOf = (m: Measure) => ({
    key: `${m.planId}:${m.section.code}`,
    label: (
      <>
        <span title={plans.title(m.planId)}>{t('plans.my.planLabel', { plan: plans.short(m.planId) })}</span> · {trimCode(m.section.code)}. {m.section.title}
      </>
    ),
  });
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {t(`plans.my.role.${role}`)}
        </Title>
        {query.data && (
          <Badge variant="light" tt="none">
            <span aria-hidden>{query.data.total}</span>
            <VisuallyHidden>{t('plans.measures.count', { count: query.data.total })}</VisuallyHidden>
          </Badge>
        )}
      </Group>
      {query.data && query.data.total === 0 && !query.isFetching ? (
        <Text size="sm" c="dimmed">
          {url.filtered ? t('table.noMatches') : t('plans.my.noneInRole')}
        </Text>
      ) : (
        <MeasureTable
          caption={t(`plans.my.role.${role}`)}
          measures={query.data?.items}
          loading={query.isFetching}
          error={query.error}
          onRetry={() => void query.refetch()}
          emptyTitle={url.filtered ? t('table.noMatches') : t('plans.my.noneInRole')}
          query={url.filters.q}
          groupOf={groupOf}
        />
      )}
    </section>
  );
}

/** Measures in which the person's organisation takes part, as executor, involved party or recommended participant. */
export function MyMeasuresPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const url = useUrlFilters(FILTER_KEYS);
  const plans = usePlanNames();

  const fields: FilterField<FilterKey>[] = [
    { key: 'q', label: t('filters.search'), type: 'text', search: true },
    { key: 'planId', label: t('plans.filter.plan'), type: 'select', options: plans.plans.map((p) => ({ value: p.id, label: p.title })) },
    { key: 'period', label: t('plans.measure.period'), type: 'select', options: periodFilterOptions(t) },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('nav.myMeasures')} />
      <Text size="sm" c="dimmed">
        {t('plans.my.intro', { organisation: organisationName(user.organisation, i18n.language) })}
      </Text>
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      {FILTER_ROLES.map((role) => (
        <RoleGroup key={role} role={role} url={url} />
      ))}
    </Stack>
  );
}
