import { Anchor, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../common/src/dates';
import { trimCode } from '../plans/format';
import { DataTable, type Column } from '../ui/DataTable';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useUrlFilters } from '../ui/useUrlFilters';
import { candidatesQuery, draftListQuery, useCreateDraft } from './api';
import { IndicatorsTabs } from './IndicatorsTabs';
import { PriorityBadge, VotesText } from './RecommendationsPage';
import type { DraftSummary } from './types';

const NO_FILTERS = [] as const;
const years = (from: number | null, to: number | null) => (from && to ? `${from}–${to}` : (from ?? to ?? '—'));

/** Drafts of the next plan. */
export function DraftsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(NO_FILTERS);
  const list = useQuery(draftListQuery);
  const columns: Column<DraftSummary>[] = [
    {
      key: 'title',
      header: t('indicators.draft.title'),
      render: (d) => (
        <Anchor component={Link} to={`/indicators/drafts/${d.id}`} size="sm" fw={600}>
          {d.title}
        </Anchor>
      ),
      sortValue: (d) => d.title,
    },
    { key: 'period', header: t('indicators.draft.period'), render: (d) => years(d.periodFrom, d.periodTo), sortValue: (d) => d.periodFrom, nowrap: true },
    { key: 'basedOn', header: t('indicators.draft.basedOn'), render: (d) => d.basedOn?.title ?? '—', sortValue: (d) => d.basedOn?.title },
    { key: 'items', header: t('indicators.draft.items'), render: (d) => d.itemCount, sortValue: (d) => d.itemCount, align: 'right' },
    { key: 'updatedAt', header: t('indicators.draft.updatedAt'), render: (d) => formatDateTime(d.updatedAt), sortValue: (d) => d.updatedAt, nowrap: true },
  ];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('indicators.title')}
        actions={
          list.data?.abilities.create && (
            <Button component={Link} to="/indicators/drafts/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('indicators.draft.createTitle')}
            </Button>
          )
        }
      />
      <IndicatorsTabs />
      <Text size="sm" c="dimmed">
        {t('indicators.draft.intro')}
      </Text>
      <DataTable
        caption={t('indicators.tabs.drafts')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(d) => d.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        emptyTitle={t('indicators.draft.none')}
        sort={url.sort}
        onSortChange={url.setSort}
      />
    </Stack>
  );
}

/** A new draft: the plan to continue, the years, the unfinished measures (all ticked) and the recommendations to carry. */
export function NewDraftPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? '';
  const candidates = useQuery(candidatesQuery(planId));
  const create = useCreateDraft();
  const server = fieldErrors(create.error);
  const data = candidates.data;
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState<number | string>(new Date().getFullYear() + 1);
  const [to, setTo] = useState<number | string>(new Date().getFullYear() + 5);
  const [measureIds, setMeasureIds] = useState<string[]>([]);
  const [recommendationIds, setRecommendationIds] = useState<string[]>([]);
  // Every unfinished measure of the chosen plan starts ticked.
  useEffect(() => setMeasureIds(data?.measures.map((m) => m.id) ?? []), [data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        title: title.trim(),
        planId: data?.plan?.id ?? null,
        periodFrom: from === '' ? null : Number(from),
        periodTo: to === '' ? null : Number(to),
        measureIds,
        recommendationIds,
      },
      {
        onSuccess: ({ id }) => {
          notifications.show({ color: 'teal', message: t('indicators.draft.created') });
          void navigate(`/indicators/drafts/${id}`);
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('indicators.draft.createTitle')} />
      <IndicatorsTabs />
      {candidates.isPending && <Skeleton height={300} />}
      {candidates.isError && <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />}
      {data && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NativeSelect
                label={t('indicators.draft.basedOn')}
                value={data.plan?.id ?? ''}
                onChange={(e) => setParams(new URLSearchParams(e.currentTarget.value ? { planId: e.currentTarget.value } : {}))}
                data={data.plans.map((p) => ({ value: p.id, label: p.title }))}
                w={420}
              />
              <NumberInput label={t('indicators.draft.from')} value={from} onChange={setFrom} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} w={120} error={server.periodFrom} />
              <NumberInput label={t('indicators.draft.to')} value={to} onChange={setTo} min={2000} max={2100} allowDecimal={false} thousandSeparator={false} w={120} error={server.periodTo} />
            </Group>
            <TextInput label={t('indicators.draft.title')} description={t('indicators.draft.titleHint')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={server.title} />

            <Paper withBorder p="sm">
              <Checkbox.Group label={<Title order={2} size="h5">{t('indicators.draft.unfinished', { n: data.measures.length })}</Title>} description={t('indicators.draft.unfinishedHint')} value={measureIds} onChange={setMeasureIds}>
                <Stack gap={6} mt="xs">
                  {data.measures.length === 0 && <Text size="sm" c="dimmed">{t('indicators.draft.noUnfinished')}</Text>}
                  {data.measures.map((m) => (
                    <Checkbox
                      key={m.id}
                      value={m.id}
                      label={
                        <Text size="sm" lang="az" component="span">
                          <b>{trimCode(m.code)}</b> {m.text}
                        </Text>
                      }
                      description={[m.periodText, ...m.reasons.map((r) => t(`indicators.draft.reason.${r}`))].filter(Boolean).join(' · ')}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Paper>

            <Paper withBorder p="sm">
              <Checkbox.Group label={<Title order={2} size="h5">{t('indicators.draft.recommendations')}</Title>} description={t('indicators.draft.recommendationsHint')} value={recommendationIds} onChange={setRecommendationIds}>
                <Stack gap={6} mt="xs">
                  {data.recommendations.map((r) => (
                    <Checkbox
                      key={r.id}
                      value={r.id}
                      label={
                        <Text size="sm" lang="az" component="span">
                          {r.code && <b>{r.code} </b>}
                          {r.text}
                        </Text>
                      }
                      description={
                        <Group gap={6} component="span">
                          <span>{r.source}</span>
                          <PriorityBadge priority={r.priority} />
                          <VotesText votes={r.votes} />
                        </Group>
                      }
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Paper>
            {create.isError && <ProblemAlert error={create.error} fields={['title', 'periodFrom', 'periodTo']} />}
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/indicators/drafts">
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('indicators.draft.create', { n: measureIds.length + recommendationIds.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
