import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REGIONS, SHELTER_KINDS } from '../../../common/src/shelters';
import { activeOptions } from '../ui/activeOptions';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar, type FilterField } from '../ui/FilterBar';
import { PageHeader } from '../ui/PageHeader';
import { ActiveBadge } from '../ui/StatusBadge';
import { useUrlFilters } from '../ui/useUrlFilters';
import { shelterListQuery, type Shelter } from './api';
import { careKindLabel, shelterLabel, shelterOptions } from './labels';
import { OccupancyBadges } from './Occupancy';
import { ShelterForm } from './ShelterForm';

const FILTER_KEYS = ['region', 'kind', 'active'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const placesTaken = (s: Shelter) => s.occupancy.female + s.occupancy.male + s.occupancy.children;

/** The registry of shelters and the state assistance centre, with today's occupancy. */
export function SheltersPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTER_KEYS);
  const query = useQuery(shelterListQuery(url.filters));
  const [creating, setCreating] = useState(false);
  const data = query.data;

  const fields: FilterField<FilterKey>[] = [
    { key: 'region', label: t('shelters.field.region'), type: 'select', options: shelterOptions(t, 'region', REGIONS) },
    { key: 'kind', label: t('shelters.field.kind'), type: 'select', options: shelterOptions(t, 'kind', SHELTER_KINDS) },
    { key: 'active', label: t('filters.status'), type: 'select', options: activeOptions(t) },
  ];

  const columns: Column<Shelter>[] = [
    {
      key: 'name',
      header: t('shelters.field.name'),
      render: (s) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/shelters/${s.id}`} size="sm" fw={600}>
            {s.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {shelterLabel(t, 'kind', s.kind)}
          </Text>
        </Stack>
      ),
      sortValue: (s) => s.name,
    },
    { key: 'region', header: t('shelters.field.region'), render: (s) => shelterLabel(t, 'region', s.region), sortValue: (s) => shelterLabel(t, 'region', s.region) },
    { key: 'operator', header: t('shelters.field.operator'), render: (s) => <span title={s.operator.nameAz}>{s.operator.shortName}</span>, sortValue: (s) => s.operator.shortName },
    {
      key: 'occupancy',
      header: t('shelters.field.occupancy'),
      render: (s) => <OccupancyBadges capacity={s.capacity} occupancy={s.occupancy} nearPercent={s.nearCapacityPercent} stacked />,
      sortValue: placesTaken,
    },
    {
      key: 'services',
      header: t('shelters.field.services'),
      render: (s) => (
        <Text size="xs" lineClamp={3} title={s.services.map((k) => careKindLabel(t, k)).join(', ')}>
          {s.services.length ? s.services.map((k) => careKindLabel(t, k)).join(', ') : '—'}
        </Text>
      ),
    },
    { key: 'active', header: t('filters.status'), render: (s) => <Box miw="max-content"><ActiveBadge active={s.active} /></Box>, nowrap: true },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('shelters.title')}
        actions={
          <Group gap="sm">
            {data?.abilities.manageChecklist && (
              <Button variant="default" component={Link} to="/shelters/checklist" leftSection={<IconChecklist size={16} aria-hidden />}>
                {t('shelters.checklist.title')}
              </Button>
            )}
            {data?.abilities.create && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                {t('shelters.create')}
              </Button>
            )}
          </Group>
        }
      />
      <Text size="sm" c="dimmed">
        {t('shelters.intro')}
      </Text>
      <FilterBar label={t('filters.label')} fields={fields} state={url} />
      <DataTable
        caption={t('shelters.title')}
        columns={columns}
        rows={data?.items}
        rowKey={(s) => s.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        emptyTitle={url.filtered ? t('table.noMatches') : t('shelters.none')}
        emptyDescription={url.filtered ? t('table.noMatchesHint') : undefined}
        sort={url.sort}
        onSortChange={url.setSort}
      />
      {creating && <ShelterForm shelter={null} opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
