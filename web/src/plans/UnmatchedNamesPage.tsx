import { Anchor, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable, type Column } from '../ui/DataTable';
import { PageHeader } from '../ui/PageHeader';
import { fieldErrors } from '../ui/problem';
import { useUrlFilters } from '../ui/useUrlFilters';
import { unmatchedNamesQuery, useMapName } from './api';
import { trimCode } from './format';
import type { UnmatchedName } from './types';
import { usePlanNames } from './usePlanNames';

const NO_FILTERS = [] as const;
/** Links to this many measures per name; the count says how many there are. */
const SHOWN_MEASURES = 8;

function MapAction({ item }: { item: UnmatchedName }) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState('');
  const map = useMapName();
  return (
    <ConfirmButton
      label={t('plans.unmatched.map')}
      buttonProps={{ size: 'xs', 'aria-label': t('plans.unmatched.mapNamed', { name: item.name }) }}
      title={t('plans.unmatched.mapTitle', { name: item.name })}
      confirmLabel={t('plans.unmatched.map')}
      confirmDisabled={!organisationId}
      fields={['organisationId']}
      onOpen={() => {
        setOrganisationId('');
        map.reset();
      }}
      onConfirm={async () => {
        const { updated } = await map.mutateAsync({ name: item.name, organisationId });
        notifications.show({ color: 'teal', message: t('plans.unmatched.mapped', { name: item.name, count: updated }) });
      }}
    >
      <Text size="sm">{t('plans.unmatched.mapMessage', { count: item.count })}</Text>
      <OrganisationSelect
        label={t('plans.edit.organisation')}
        value={organisationId}
        onChange={setOrganisationId}
        required
        error={fieldErrors(map.error).organisationId}
      />
    </ConfirmButton>
  );
}

/** Names in plans no organisation was recognised for; an administrator maps each to an organisation once. */
export function UnmatchedNamesPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(NO_FILTERS);
  const query = useQuery(unmatchedNamesQuery);
  const plans = usePlanNames();

  const columns: Column<UnmatchedName>[] = [
    { key: 'name', header: t('plans.unmatched.name'), render: (n) => <Text size="sm" lang="az">{n.name}</Text>, sortValue: (n) => n.name },
    { key: 'count', header: t('plans.unmatched.count'), render: (n) => n.count, sortValue: (n) => n.count, align: 'right', nowrap: true },
    {
      key: 'measures',
      header: t('plans.unmatched.measures'),
      render: (n) => (
        <Group gap={6}>
          {n.measures.slice(0, SHOWN_MEASURES).map((m) => (
            <Anchor key={m.id} component={Link} to={`/measures/${m.id}`} size="sm" title={plans.title(m.planId)}>
              {t('plans.unmatched.measureLink', { code: trimCode(m.code), plan: plans.short(m.planId) })}
            </Anchor>
          ))}
          {n.measures.length > SHOWN_MEASURES && (
            <Text size="sm" c="dimmed">
              {t('plans.unmatched.more', { count: n.measures.length - SHOWN_MEASURES })}
            </Text>
          )}
        </Group>
      ),
    },
    { key: 'actions', header: t('table.actions'), render: (n) => <MapAction item={n} />, nowrap: true },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('plans.unmatched.title')} />
      <Text size="sm" c="dimmed" maw={800}>
        {t('plans.unmatched.intro')}
      </Text>
      <DataTable
        caption={t('plans.unmatched.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(n) => n.nameKey}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={t('plans.unmatched.none')}
        sort={url.sort}
        onSortChange={url.setSort}
      />
    </Stack>
  );
}
