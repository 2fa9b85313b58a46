import { Anchor, Badge, Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable, type Column } from '../ui/DataTable';
import { FormDrawer } from '../ui/FormDrawer';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useFormState } from '../ui/useFormState';
import { useUrlFilters } from '../ui/useUrlFilters';
import { cycleListQuery, useCreateCycle } from './api';
import { IndicatorsTabs } from './IndicatorsTabs';
import { RatingBadge } from './RatingBadge';
import { RATINGS, type Cycle } from './types';

const NO_FILTERS = [] as const;
const FIELDS = ['title', 'year', 'description'] as const;

export function CycleStatusBadge({ status }: { status: Cycle['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'published' ? 'teal' : 'gray'} variant={status === 'published' ? 'filled' : 'outline'} size="sm" tt="none">
      {t(`indicators.cycle.status.${status}`)}
    </Badge>
  );
}

/** Counts by rating as small badges: "✓ Met 3", … */
export function CountsLine({ counts }: { counts: Cycle['counts'] }) {
  return (
    <Group gap={6}>
      {RATINGS.filter((r) => counts[r] > 0).map((r) => (
        <Group key={r} gap={2} wrap="nowrap">
          <RatingBadge rating={r} size="xs" />
          <Text size="xs" fw={700}>
            {counts[r]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

function NewCycleDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCycle();
  const { values, set } = useFormState({ title: '', year: new Date().getFullYear() as number | string, description: '' });
  const [checked, setChecked] = useState(false);
  const server = fieldErrors(create.error);
  const submit = () => {
    setChecked(true);
    if (!values.title.trim()) return;
    create.mutate(
      { title: values.title.trim(), year: values.year === '' ? null : Number(values.year), description: values.description },
      {
        onSuccess: ({ id }) => {
          notifications.show({ color: 'teal', message: t('indicators.cycle.created', { title: values.title.trim() }) });
          onClose();
          void navigate(`/indicators/cycles/${id}`);
        },
      },
    );
  };
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('indicators.cycle.createTitle')} submitLabel={t('indicators.cycle.create')} pending={create.isPending} onSubmit={submit}>
      <Text size="sm" c="dimmed">
        {t('indicators.cycle.createHint')}
      </Text>
      <TextInput
        label={t('indicators.cycle.title')}
        placeholder={t('indicators.cycle.titlePlaceholder')}
        value={values.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        required
        data-autofocus
        error={(checked && !values.title.trim() ? t('form.required') : undefined) ?? server.title}
      />
      <NumberInput
        label={t('indicators.cycle.year')}
        value={values.year}
        onChange={(v) => set('year', v)}
        min={2000}
        max={2100}
        allowDecimal={false}
        thousandSeparator={false}
        error={server.year}
      />
      <Textarea label={t('indicators.cycle.description')} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} error={server.description} />
      {create.isError && <ProblemAlert error={create.error} fields={FIELDS} />}
    </FormDrawer>
  );
}

/** Assessment cycles: the office sees all (and opens new ones), everyone else the published ones. */
export function CyclesPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(NO_FILTERS);
  const list = useQuery(cycleListQuery);
  const [creating, { open, close }] = useDisclosure(false);

  const columns: Column<Cycle>[] = [
    {
      key: 'title',
      header: t('indicators.cycle.title'),
      render: (c) => (
        <Anchor component={Link} to={`/indicators/cycles/${c.id}`} size="sm" fw={600}>
          {c.title}
        </Anchor>
      ),
      sortValue: (c) => c.title,
    },
    { key: 'year', header: t('indicators.cycle.year'), render: (c) => c.year ?? '—', sortValue: (c) => c.year, nowrap: true },
    { key: 'status', header: t('indicators.cycle.statusLabel'), render: (c) => <CycleStatusBadge status={c.status} />, sortValue: (c) => c.status, nowrap: true },
    { key: 'counts', header: t('indicators.cycle.counts'), render: (c) => <CountsLine counts={c.counts} /> },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('indicators.title')}
        actions={
          list.data?.abilities.createCycle && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t('indicators.cycle.createTitle')}
            </Button>
          )
        }
      />
      <IndicatorsTabs />
      <Text size="sm" c="dimmed">
        {list.data?.abilities.createCycle ? t('indicators.cycle.introOffice') : t('indicators.cycle.intro')}
      </Text>
      <DataTable
        caption={t('indicators.tabs.cycles')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(c) => c.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        emptyTitle={t('indicators.cycle.none')}
        emptyDescription={list.data?.abilities.createCycle ? t('indicators.cycle.noneHintOffice') : t('indicators.cycle.noneHint')}
        sort={url.sort}
        onSortChange={url.setSort}
      />
      {creating && <NewCycleDrawer opened={creating} onClose={close} />}
    </Stack>
  );
}
