import { Badge, Button, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trimCode } from '../plans/format';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DataTable, type Column } from '../ui/DataTable';
import { FilterBar } from '../ui/FilterBar';
import { FormDrawer } from '../ui/FormDrawer';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { fieldErrors } from '../ui/problem';
import { useUrlFilters } from '../ui/useUrlFilters';
import { frameworkQuery, recommendationListQuery, useDeleteRecommendation, useSaveRecommendation } from './api';
import { IndicatorsTabs } from './IndicatorsTabs';
import { MeasurePicker, type PickedMeasure } from './MeasurePicker';
import {
  PRIORITIES,
  RECOMMENDATION_STATUSES,
  SOURCE_KINDS,
  type Priority,
  type Recommendation,
  type RecommendationInput,
  type RecommendationStatus,
  type SourceKind,
  type Votes,
} from './types';

const FILTERS = ['sourceKind', 'status', 'priority', 'q'] as const;
const FIELDS = ['sourceKind', 'source', 'code', 'theme', 'context', 'text', 'areaId', 'priority', 'status', 'votes', 'measureIds'] as const;

const PRIORITY_COLOUR: Record<Priority, string> = { high: 'red', medium: 'orange', low: 'gray' };

export function PriorityBadge({ priority }: { priority: Priority | null }) {
  const { t } = useTranslation();
  if (!priority) return <Text size="xs" c="dimmed">{t('indicators.recommendation.priority.none')}</Text>;
  return (
    <Badge color={PRIORITY_COLOUR[priority]} variant="light" size="sm" tt="none">
      {t(`indicators.recommendation.priority.${priority}`)}
    </Badge>
  );
}

/** "Survey 3 · seminar 3", or the marks whose column the source copy lost. */
export function VotesText({ votes }: { votes: Votes }) {
  const { t } = useTranslation();
  const parts = [
    votes.survey !== null && t('indicators.recommendation.votes.survey', { n: votes.survey }),
    votes.seminar !== null && t('indicators.recommendation.votes.seminar', { n: votes.seminar }),
    votes.unplaced > 0 && t('indicators.recommendation.votes.unplaced', { n: votes.unplaced }),
  ].filter(Boolean);
  if (!parts.length) return <span>—</span>;
  return <Text size="xs">{parts.join(' · ')}</Text>;
}

const emptyInput = (): RecommendationInput => ({
  sourceKind: 'greta',
  source: '',
  code: null,
  theme: '',
  context: '',
  text: '',
  areaId: null,
  priority: null,
  status: 'open',
  votes: { survey: null, seminar: null, unplaced: 0 },
  measureIds: [],
});

function RecommendationDrawer({ recommendation, onClose }: { recommendation: Recommendation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveRecommendation();
  const remove = useDeleteRecommendation();
  const framework = useQuery(frameworkQuery);
  const [input, setInput] = useState<RecommendationInput>(() =>
    recommendation
      ? {
          sourceKind: recommendation.sourceKind,
          source: recommendation.source,
          code: recommendation.code,
          theme: recommendation.theme,
          context: recommendation.context,
          text: recommendation.text,
          areaId: recommendation.area?.id ?? null,
          priority: recommendation.priority,
          status: recommendation.status,
          votes: recommendation.votes,
          measureIds: recommendation.measures.map((m) => m.id),
        }
      : emptyInput(),
  );
  const [measures, setMeasures] = useState<PickedMeasure[]>(recommendation?.measures ?? []);
  const set = <K extends keyof RecommendationInput>(key: K, value: RecommendationInput[K]) => setInput((v) => ({ ...v, [key]: value }));
  const server = fieldErrors(save.error);
  const votes = (key: keyof Votes, value: number | string) => set('votes', { ...input.votes, [key]: value === '' ? (key === 'unplaced' ? 0 : null) : Number(value) });
  const submit = () =>
    save.mutate(
      { id: recommendation?.id ?? null, input: { ...input, code: input.code?.trim() || null, measureIds: measures.map((m) => m.id) } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('indicators.recommendation.saved') });
          onClose();
        },
      },
    );

  return (
    <FormDrawer
      opened
      onClose={onClose}
      title={recommendation ? t('indicators.recommendation.editTitle') : t('indicators.recommendation.createTitle')}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onSubmit={submit}
      footer={
        recommendation &&
        !recommendation.fromSource && (
          <ConfirmButton
            label={t('common.delete')}
            danger
            title={t('indicators.recommendation.deleteTitle')}
            confirmLabel={t('common.delete')}
            onConfirm={() => remove.mutateAsync(recommendation.id).then(onClose)}
          >
            <Text size="sm">{t('indicators.recommendation.deleteMessage')}</Text>
          </ConfirmButton>
        )
      }
    >
      {recommendation?.fromSource && (
        <Text size="xs" c="dimmed">
          {t('indicators.recommendation.fromSourceHint')}
        </Text>
      )}
      <Group grow align="flex-start">
        <NativeSelect
          label={t('indicators.recommendation.sourceKindLabel')}
          value={input.sourceKind}
          onChange={(e) => set('sourceKind', e.currentTarget.value as SourceKind)}
          data={SOURCE_KINDS.map((k) => ({ value: k, label: t(`indicators.recommendation.sourceKind.${k}`) }))}
          error={server.sourceKind}
        />
        <TextInput label={t('indicators.recommendation.code')} value={input.code ?? ''} onChange={(e) => set('code', e.currentTarget.value)} error={server.code} />
      </Group>
      <TextInput
        label={t('indicators.recommendation.source')}
        placeholder={t('indicators.recommendation.sourcePlaceholder')}
        value={input.source}
        onChange={(e) => set('source', e.currentTarget.value)}
        required
        data-autofocus
        error={server.source}
      />
      <Textarea label={t('indicators.recommendation.text')} value={input.text} onChange={(e) => set('text', e.currentTarget.value)} autosize minRows={3} required error={server.text} />
      <TextInput label={t('indicators.recommendation.theme')} value={input.theme} onChange={(e) => set('theme', e.currentTarget.value)} error={server.theme} />
      {input.context && (
        <Text size="xs" c="dimmed" lang="az">
          {input.context}
        </Text>
      )}
      <Group grow align="flex-start">
        <NativeSelect
          label={t('indicators.recommendation.priorityLabel')}
          value={input.priority ?? ''}
          onChange={(e) => set('priority', (e.currentTarget.value || null) as Priority | null)}
          data={[{ value: '', label: t('indicators.recommendation.priority.none') }, ...PRIORITIES.map((p) => ({ value: p, label: t(`indicators.recommendation.priority.${p}`) }))]}
        />
        <NativeSelect
          label={t('indicators.recommendation.statusLabel')}
          value={input.status}
          onChange={(e) => set('status', e.currentTarget.value as RecommendationStatus)}
          data={RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`indicators.recommendation.status.${s}`) }))}
        />
      </Group>
      <NativeSelect
        label={t('indicators.recommendation.area')}
        value={input.areaId ?? ''}
        onChange={(e) => set('areaId', e.currentTarget.value || null)}
        data={[{ value: '', label: t('indicators.recommendation.noArea') }, ...(framework.data?.areas ?? []).map((a) => ({ value: a.id, label: `${a.code} ${a.title}` }))]}
      />
      <Group grow align="flex-start">
        <NumberInput label={t('indicators.recommendation.votes.surveyLabel')} value={input.votes.survey ?? ''} onChange={(v) => votes('survey', v)} min={0} allowDecimal={false} />
        <NumberInput label={t('indicators.recommendation.votes.seminarLabel')} value={input.votes.seminar ?? ''} onChange={(v) => votes('seminar', v)} min={0} allowDecimal={false} />
        <NumberInput label={t('indicators.recommendation.votes.unplacedLabel')} value={input.votes.unplaced} onChange={(v) => votes('unplaced', v)} min={0} allowDecimal={false} />
      </Group>
      <MeasurePicker label={t('indicators.recommendation.measures')} value={measures} onChange={setMeasures} />
      {save.isError && <ProblemAlert error={save.error} fields={FIELDS} />}
    </FormDrawer>
  );
}

/** Recommendations of assessments and monitors: source, priority and votes, status, and the measures that answer them. */
export function RecommendationsPage() {
  const { t } = useTranslation();
  const url = useUrlFilters(FILTERS);
  const filters = Object.fromEntries(Object.entries(url.filters).filter(([, v]) => v)) as Record<string, string>;
  const list = useQuery(recommendationListQuery(filters));
  const [editing, setEditing] = useState<Recommendation | 'new' | null>(null);
  const canEdit = list.data?.abilities.edit ?? false;

  const columns: Column<Recommendation>[] = [
    { key: 'code', header: t('indicators.recommendation.code'), render: (r) => <Text fw={700} size="sm">{r.code ?? '—'}</Text>, nowrap: true, sortValue: (r) => r.code },
    {
      key: 'text',
      header: t('indicators.recommendation.text'),
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm" lang="az" lineClamp={4}>
            {r.text}
          </Text>
          <Text size="xs" c="dimmed">
            {r.source}
            {r.theme ? ` · ${r.theme}` : ''}
          </Text>
        </Stack>
      ),
      sortValue: (r) => r.text,
    },
    { key: 'votes', header: t('indicators.recommendation.votes.label'), render: (r) => <VotesText votes={r.votes} />, sortValue: (r) => (r.votes.survey ?? 0) + (r.votes.seminar ?? 0) + r.votes.unplaced },
    { key: 'priority', header: t('indicators.recommendation.priorityLabel'), render: (r) => <PriorityBadge priority={r.priority} />, sortValue: (r) => (r.priority ? PRIORITIES.indexOf(r.priority) : 9), nowrap: true },
    { key: 'status', header: t('indicators.recommendation.statusLabel'), render: (r) => t(`indicators.recommendation.status.${r.status}`), sortValue: (r) => r.status, nowrap: true },
    {
      key: 'measures',
      header: t('indicators.recommendation.measures'),
      render: (r) => (r.measures.length ? r.measures.map((m) => trimCode(m.code)).join(', ') : '—'),
      sortValue: (r) => r.measures.length,
    },
    ...(canEdit
      ? [
          {
            key: 'edit',
            header: '',
            render: (r: Recommendation) => (
              <Button size="compact-xs" variant="subtle" leftSection={<IconEdit size={12} aria-hidden />} onClick={() => setEditing(r)} aria-label={t('indicators.recommendation.editNamed', { code: r.code ?? r.text.slice(0, 40) })}>
                {t('common.edit')}
              </Button>
            ),
            nowrap: true,
          },
        ]
      : []),
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('indicators.title')}
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('indicators.recommendation.createTitle')}
            </Button>
          )
        }
      />
      <IndicatorsTabs />
      <FilterBar
        label={t('indicators.recommendation.filters')}
        state={url}
        fields={[
          { key: 'q', label: t('filters.search'), type: 'text', search: true },
          { key: 'sourceKind', label: t('indicators.recommendation.sourceKindLabel'), type: 'select', options: SOURCE_KINDS.map((k) => ({ value: k, label: t(`indicators.recommendation.sourceKind.${k}`) })) },
          { key: 'priority', label: t('indicators.recommendation.priorityLabel'), type: 'select', options: [...PRIORITIES, 'none' as const].map((p) => ({ value: p, label: t(`indicators.recommendation.priority.${p}`) })) },
          { key: 'status', label: t('indicators.recommendation.statusLabel'), type: 'select', options: RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`indicators.recommendation.status.${s}`) })) },
        ]}
      />
      <DataTable
        caption={t('indicators.tabs.recommendations')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        emptyTitle={t('indicators.recommendation.none')}
        sort={url.sort}
        onSortChange={url.setSort}
        renderExpanded={(r) => (
          <Stack gap={4}>
            {r.context && (
              <Text size="sm" c="dimmed" lang="az">
                {r.context}
              </Text>
            )}
            {r.area && (
              <Text size="sm">
                {t('indicators.recommendation.area')}: {r.area.code} {r.area.title}
              </Text>
            )}
            {r.measures.map((m) => (
              <Text key={m.id} size="sm" lang="az">
                <b>{trimCode(m.code)}</b> {m.text}
              </Text>
            ))}
          </Stack>
        )}
      />
      {editing && <RecommendationDrawer recommendation={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
